import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { ABBREVIATED_TITLE_ENDS } from './discover';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) => findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(ABBREVIATED_TITLE_ENDS.id, () => {
  it('reads the words before "Gov.", "Sen." as the title\'s place, the name after it as the person (its example)', () => {
    const found = names([ABBREVIATED_TITLE_ENDS.example, 'Later, Tomas Vell and Mara Quist met the envoys.']);
    expect(found.filter((n) => /\b(?:Gov|Sen)$/.test(n))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Tomas Vell', 'Mara Quist']));
  });
  it('a title word closing a name without its dot is left to the other rules', () => {
    expect(ABBREVIATED_TITLE_ENDS.test({ text: 'Gov', low: 'gov', start: 0, end: 3 }, ' said')).toBe(false);
    expect(ABBREVIATED_TITLE_ENDS.test({ text: 'Gov', low: 'gov', start: 0, end: 3 }, '. Tomas Vell')).toBe(true);
  });
});
