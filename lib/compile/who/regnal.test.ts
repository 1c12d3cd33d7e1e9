import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { REGNAL_NUMBER, isRegnalNumber } from './regnal';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(REGNAL_NUMBER.id, () => {
  it('keeps the regnal number in a monarch’s name after a title (the example)', () => {
    expect(names([REGNAL_NUMBER.example])).toContain('Haakar III');
  });
  it('needs a title before it, and a numeral only', () => {
    expect(names(['The Alder Group ABC signed.'])).toEqual([]);
    expect(isRegnalNumber('II')).toBe(true);
    expect(isRegnalNumber('UN')).toBe(false);
    expect(isRegnalNumber('I')).toBe(false);
  });
});
