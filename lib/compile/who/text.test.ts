import { describe, expect, it } from 'vitest';
import { clearWordMemos, fold, isCommonWord, isCommonWordOf, nationCode, nationCodeOf, tokenize } from './text';
import { randomTexts, realLines } from '../text/fuzz-texts';

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

describe('fold: the ASCII fast path and the memo of the others give what fold gave', () => {
  const plain = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());
  it('on every line and word of the real documents and on seeded random strings', () => {
    const texts = [...realLines(process.cwd()), ...randomTexts(20000)];
    let n = 0;
    for (const t of texts) {
      expect(fold(t)).toBe(plain(t));
      for (const w of tokenize(t)) {
        n++;
        if (fold(w.text) !== plain(w.text)) expect(fold(w.text), w.text).toBe(plain(w.text));
      }
    }
    expect(n).toBeGreaterThan(100000);
  }, 180_000);
});

describe('isCommonWord and nationCode memoised give what their definitions give', () => {
  it('on every token of the real documents (as written, lower-cased, with a possessive) and on seeded random strings, asked twice', () => {
    const words = new Set<string>();
    for (const line of realLines(process.cwd())) for (const t of tokenize(line)) words.add(t.text).add(t.low).add(`${t.text}'s`);
    for (const t of randomTexts(3000, 12)) words.add(t).add(t.trim());
    expect(words.size).toBeGreaterThan(10000);
    const folded = new Map([...words].map((w) => [w, fold(w)]));
    for (const round of [1, 2, 3]) {
      // round 3: after the memos are let go (a worker's events stage), the same answers
      if (round === 3) clearWordMemos();
      for (const w of words) {
        if (round === 3 && fold(w) !== folded.get(w)) expect({ w, fold: fold(w) }).toEqual({ w, fold: folded.get(w) });
        if (isCommonWord(w) !== isCommonWordOf(w)) expect({ w, round, common: isCommonWord(w) }).toEqual({ w, round, common: isCommonWordOf(w) });
        if (nationCode(w) !== nationCodeOf(w)) expect({ w, round, nation: nationCode(w) }).toEqual({ w, round, nation: nationCodeOf(w) });
      }
    }
  }, 180_000);
});
