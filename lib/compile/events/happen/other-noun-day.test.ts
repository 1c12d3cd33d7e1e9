import { describe, expect, it } from 'vitest';
import { dayOfAnotherNoun } from './other-noun-day';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('day-of-another-noun', () => {
  it('reads the possessive day of a noun that names no diplomatic happening', () => {
    const t = 'said Mara Quist, wrapping a summit in Nordvik jolted by Thursday’s bus and subway attacks.';
    expect(dayOfAnotherNoun(t, at(t, 'Thursday’s'))).toBe(true);
    expect(dayOfAnotherNoun(t, at(t, 'Thursday'))).toBe(true);
    const u = "Tomas Vell was sworn in after Sunday's presidential election in Avalon.";
    expect(dayOfAnotherNoun(u, at(u, 'Sunday'))).toBe(true);
  });

  it('keeps a possessive day of a happening, and a day that is no possessive', () => {
    const t = "At Monday's meeting, the leaders of Avalon and Nordvik agreed to talk again.";
    expect(dayOfAnotherNoun(t, at(t, "Monday's"))).toBe(false);
    const u = 'During Thursday’s remarks, Mara Quist said the attacks must stop.';
    expect(dayOfAnotherNoun(u, at(u, 'Thursday’s'))).toBe(false);
    const v = 'Alder met Birch on Thursday after the attacks.';
    expect(dayOfAnotherNoun(v, at(v, 'Thursday'))).toBe(false);
  });
});
