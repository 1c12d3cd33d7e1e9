import { describe, expect, it } from 'vitest';
import { isCommonWord, nationCode } from './text';

describe('ordinary words, from a general vocabulary (no list of sound-alikes)', () => {
  it('knows dictionary words that sound like surnames', () => {
    for (const w of ['kettle', 'lava', 'kelp', 'witch', 'ruby', 'heath', 'Hammer']) expect(isCommonWord(w), w).toBe(true);
  });
  it('does not take surnames, invented names or places for ordinary words', () => {
    for (const w of ['Hegseth', 'Kovac', 'Marbadzeov', 'Lavrov', 'Ukraine']) expect(isCommonWord(w), w).toBe(false);
  });
  it('keeps nation words from its own table and any UN member from the gazetteer', () => {
    expect(nationCode('Croatian')).toBe('HR');
    expect(nationCode('Slovene')).toBe('SI');
    expect(nationCode('Kettle')).toBeNull();
  });
});
