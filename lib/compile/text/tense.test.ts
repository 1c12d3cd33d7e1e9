import { describe, expect, it } from 'vitest';
import { tenseNear } from './tense';

const at = (s: string, w: string) => tenseNear(s, s.indexOf(w), s.indexOf(w) + w.length);

describe('tenseNear', () => {
  it.each([
    ['The two presidents will meet on Friday.', 'on Friday', 'future'],
    ['The envoy is expected to travel on Thursday.', 'on Thursday', 'future'],
    ['Zelensky met the vice president on Friday.', 'on Friday', 'past'],
    ['Rubio was expected at the meeting on Wednesday.', 'on Wednesday', 'past'],
    ['Rubio is meeting his counterpart today.', 'today', 'present'],
    ['Tuesday talks in the capital.', 'Tuesday', 'neutral'],
    ["The minister's deadline for a ceasefire expires on Friday.", 'on Friday', 'future'],
    ['The summit opens on Monday in the capital.', 'on Monday', 'future'],
    ['The summit opened on Monday in the capital.', 'on Monday', 'past'],
    ['He rejected reports that the two leaders could meet in the capital in May.', 'in May', 'future'],
    ['He said the envoy could not have met them in May.', 'in May', 'past'],
  ])('%j → %s', (s, w, t) => {
    expect(at(s, w)).toBe(t);
  });
});

describe('tenseNear: reported speech and clauses', () => {
  it.each([
    ['He said that he would travel to the capital on Monday.', 'on Monday', 'future'],
    ['She said they were to meet on Monday.', 'on Monday', 'future'],
    ['She said they would have met on Monday.', 'on Monday', 'past'],
    ['The envoy arrived on Monday and was expected to leave soon.', 'on Monday', 'past'],
    ['On Monday, the envoy will travel to the capital.', 'On Monday', 'future'],
    ['The envoy will travel to the capital and meet the minister on Monday.', 'on Monday', 'future'],
  ])('%j → %s', (s, w, t) => {
    expect(at(s, w)).toBe(t);
  });
});
