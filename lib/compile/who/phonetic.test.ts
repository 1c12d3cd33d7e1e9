import { describe, expect, it } from 'vitest';
import { CLOSENESS_RANK, closenessOf, prepareWord, closeness, similarity } from './phonetic';

describe('closeness of a token to a surname', () => {
  it('finds near-identical spellings strong in transcripts', () => {
    expect(closeness('Zelinski', 'Zelensky', true)).toBe('strong');
    expect(closeness('Whitcoff', 'Witkoff', true)).toBe('strong');
  });
  it('needs context for the same spelling in articles', () => {
    expect(closeness('Whitcoff', 'Witkoff', false)).toBe('medium');
  });
  it('rates garbled forms medium or loose, never strong', () => {
    expect(closeness('Zelenskyky', 'Zelensky', true)).toBe('medium');
    expect(closeness('Zelenenksy', 'Zelensky', true)).toBe('medium');
    expect(closeness('Zaleski', 'Zelensky', true)).toBe('loose');
    expect(closeness('Heath', 'Hegseth', true)).toBe('loose');
    expect(closeness('Ruby', 'Rubio', false)).not.toBe('strong');
  });
  it('never rates a longer word form strong (Petrova is not Petrov)', () => {
    expect(closeness('Dmitrieva', 'Dmitriev', false)).toBe('medium');
    expect(closeness('Dmitrieva', 'Dmitriev', true)).toBe('medium');
  });
  it('rejects unrelated words', () => {
    expect(closeness('Minister', 'Zelensky', true)).toBe('none');
    expect(closeness('Paris', 'Hegseth', false)).toBe('none');
  });
  it('reports sound and spelling', () => {
    const s = similarity('Zelinski', 'Zelensky');
    expect(s.soundEqual).toBe(true);
    expect(s.dist).toBe(2);
  });
});

describe('closenessOf (prepared words)', () => {
  it('gives closeness and similarity\'s distance of every pair, as closeness and similarity do', () => {
    const words = ['Kovač', 'Kovac', 'kovach', 'Kovacs', 'Petrov', 'Petrova', 'Korvani', 'Korvanni', 'Corvani', 'Birchet', 'Birchett', 'Saldor', 'Salder',
      'Lolaann', 'Lolamann', 'al', 'Ab', 'Abe', 'Abel', 'Kowalski', 'Kowalska', 'Müller', 'Mueller', 'Dervani', 'Tervani', 'Nordvik', 'Smith', 'Schmidt', 'İnce', 'Ince'];
    for (const x of words)
      for (const y of words)
        for (const transcript of [false, true]) {
          const cd = closenessOf(prepareWord(x), prepareWord(y), transcript);
          const c = closeness(x, y, transcript);
          expect([cd >> 10, CLOSENESS_RANK[c]]).toEqual([CLOSENESS_RANK[c], CLOSENESS_RANK[c]]);
          if (c !== 'none') expect(cd & 1023).toBe(similarity(x, y).dist);
        }
  });
});
