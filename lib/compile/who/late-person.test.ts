import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { LATE_PERSON, namedAsLate } from './late-person';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(LATE_PERSON.id, () => {
  it('a person named as "the late <title> <Name>" is not discovered there (its example)', () => {
    expect(namedAsLate(LATE_PERSON.example, LATE_PERSON.example.indexOf('Tomas'))).toBe(true);
    expect(names([LATE_PERSON.example])).not.toContain('Tomas Vell');
  });
  it('ordinary words between "late" and the name, or no "the late": the name is found', () => {
    const s = 'The late afternoon meeting with Mara Quist ran long.';
    expect(namedAsLate(s, s.indexOf('Mara'))).toBe(false);
    expect(names(['President Mara Quist met the envoys in Avalon on Monday.'])).toContain('Mara Quist');
  });
});
