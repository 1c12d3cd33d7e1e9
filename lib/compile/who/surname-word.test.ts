import { describe, expect, it } from 'vitest';
import { SURNAME_WORD_RULE, surnameAlsoAWord } from './surname-word';

describe(SURNAME_WORD_RULE.id, () => {
  it('a given name then a month or a place word is a person (the example\'s shapes)', () => {
    expect(surnameAlsoAWord(['Maria', 'May'], ', the Nordvik prime minister, arrived')).toBe(true);
    // a town's name as a surname (a place word of the gazetteer)
    expect(surnameAlsoAWord(['Anna', 'Carlisle'], ' said')).toBe(true);
  });
  it('never a weekday, a nation, a name that runs on, or a first word that is no given name', () => {
    expect(surnameAlsoAWord(['Maria', 'Monday'], ' said')).toBe(false);
    expect(surnameAlsoAWord(['Maria', 'France'], ' said')).toBe(false);
    expect(surnameAlsoAWord(['Anna', 'Carlisle'], ' Street was closed')).toBe(false);
    expect(surnameAlsoAWord(['Nordvik', 'May'], ' said')).toBe(false);
    expect(surnameAlsoAWord(['Maria', 'Alderwick'], ' said')).toBe(false);
    expect(surnameAlsoAWord(['Anna', 'Maria', 'May'], ' said')).toBe(false);
  });
});
