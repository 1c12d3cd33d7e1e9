import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { makeDoc } from './test-helpers';
import { GLUED_NAME, gluedParts } from './glued-names';
import { tokenize } from './text';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(GLUED_NAME.id, () => {
  it('reads the person of its example once, without the text glued to the name', () => {
    expect(names([GLUED_NAME.example])).toEqual(['Tomas Vell']);
  });
  it('splits a glued word in two at its inner capital, offsets kept', () => {
    const [t] = tokenize('VellMara');
    const parts = gluedParts(t)!;
    expect(parts.map((p) => [p.text, p.start, p.end])).toEqual([['Vell', 0, 4], ['Mara', 4, 8]]);
  });
  it('leaves a surname prefix written with a capital inside, and short openings, as one word', () => {
    expect(gluedParts(tokenize('MacAlder')[0])).toBeNull();
    expect(gluedParts(tokenize('VanBirch')[0])).toBeNull();
    expect(gluedParts(tokenize('McCedar')[0])).toBeNull();
    expect(names(['Senator Alder MacBirch said so on Monday.'])).toEqual(['Alder MacBirch']);
  });
});
