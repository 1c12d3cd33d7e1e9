import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { ROLE_OF_PLACE_RULE } from './titles';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const people = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => [a.name, a.role, a.affiliation]);

describe(ROLE_OF_PLACE_RULE.id, () => {
  it('finds people named after "<role> to/of/for <place or portfolio>"', () => {
    expect(
      people(['Also present at the meeting were US Ambassador to Malaysia Edgard Kagan and Chinese Ambassador to Malaysia Ouyang Yujing, with the US as co-organiser.']),
    ).toEqual([
      ['Edgard Kagan', 'Ambassador to Malaysia', 'US'],
      ['Ouyang Yujing', 'Ambassador to Malaysia', 'CN'],
    ]);
  });

  it('never takes the portfolio itself for a name', () => {
    expect(people(['The delegation includes the Secretary of the Security Council and the Minister of High-Tech Industry.'])).toEqual([]);
  });
});

describe('speaker of parliament is a title', () => {
  it('finds "parliament speaker X" and "Parliament Speaker X"', () => {
    const found = people([
      'The envoy held a second round of talks in Beirut with Lebanese parliament speaker Nabih Berri on Tuesday.',
      'Meanwhile, officials said the envoy informed Parliament Speaker Tomas Varga of his decision.',
    ]).map((p) => p[0]);
    expect(found).toEqual(['Nabih Berri', 'Tomas Varga']);
  });
});
