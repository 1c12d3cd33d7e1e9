import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { KIN_BEFORE } from './kin';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(KIN_BEFORE.id, () => {
  it('finds the spouse named after "his wife" (the example)', () => {
    expect(names([KIN_BEFORE.example])).toContain('Ilsa Birchwood');
  });
  it('finds names listed after a plural kinship noun', () => {
    expect(names(['Both wives, Ilsa Birchwood and Peng Larou, toured a school.'])).toEqual(expect.arrayContaining(['Ilsa Birchwood', 'Peng Larou']));
  });
  it('takes a courtesy title between the kinship word and the name', () => {
    expect(names(['President Tomas Alder and his wife Madame Ilsa Birchwood toured a school.'])).toContain('Ilsa Birchwood');
  });
  it('needs the possessive: a kinship word alone names no one', () => {
    expect(names(['The Sons Of Liberty Hall opened.'])).toEqual([]);
  });
});
