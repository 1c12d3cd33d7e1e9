import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { SYLLABLE_NAME, isSyllableName, isSyllableWord } from './syllable-names';
import { isCommonWord } from './text';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(SYLLABLE_NAME.id, () => {
  it('keeps a common word opening a three-syllable name as its family name (the example)', () => {
    const found = names([SYLLABLE_NAME.example]);
    expect(found).toContain('Moon Tae In');
    expect(found).toContain('Song Hyo Mu');
    expect(found).not.toContain('Tae In');
    expect(found).not.toContain('Hyo Mu');
  });
  it('takes such a name with an apposition after it', () => {
    expect(names(['Attending were Song Hyo Mu, minister of Defence, and others.'])).toContain('Song Hyo Mu');
  });
  it('is a shape test: one syllable each, five letters at most, exactly three words, one no ordinary word', () => {
    expect(isSyllableWord('Jong')).toBe(true);
    expect(isSyllableWord('Chan')).toBe(true);
    expect(isSyllableWord('Clamp')).toBe(false);
    expect(isSyllableWord('Avalon')).toBe(false);
    expect(isSyllableName(['Moon', 'Tae', 'In'], isCommonWord)).toBe(true);
    expect(isSyllableName(['Moon', 'Tae'], isCommonWord)).toBe(false);
    // three ordinary words are no name
    expect(isSyllableName(['Son', 'In', 'Law'], isCommonWord)).toBe(false);
  });
  it('a family name spelt with an English "rk" coda ("Park") opens the name too', () => {
    expect(isSyllableWord('Park')).toBe(true);
    const found = names(['The deal clears what Nordvik President Park Tae Hun has described as the last obstacle.']);
    expect(found).toContain('Park Tae Hun');
    expect(found).not.toContain('Tae Hun');
    expect(isSyllableName(['Park', 'Lane', 'Work'], isCommonWord)).toBe(false);
  });
  it('leaves ordinary title-case lines alone', () => {
    expect(names(['The Moon Is Red premiered in Avalon.'])).toEqual([]);
  });
});
