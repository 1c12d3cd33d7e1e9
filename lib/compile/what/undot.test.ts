/** undot keeps its last answer (the callers ask it of one sentence per trigger): equal to its definition in any order. */
import { describe, expect, it } from 'vitest';
import { EN } from '../lang/en';
import { undot } from './participants';
import { randomTexts, realLines } from '../text/fuzz-texts';

const plain = (s: string) => (s.indexOf('.') < 0 ? s : s.replace(EN.abbreviationDot.pattern, (m) => m.replace(/\./g, '_')));

describe('undot (last answer kept)', () => {
  it('equals its definition on every real line and random strings, asked repeatedly and interleaved', () => {
    const texts = [...realLines(process.cwd()), ...randomTexts(3000, 40, ['U.S.', 'Dr.', ' ', 'A.', 'B', 'Mr.', '.', 'x', 'St.', ' J. ', 'İ.', 'ǅ.'], 9)];
    let changed = 0;
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      const want = plain(t);
      expect(undot(t)).toBe(want);
      expect(undot(t)).toBe(want);
      // the same text as a new string object, and a different text in between
      expect(undot(t.slice(0, 0) + t)).toBe(want);
      const other = texts[(i * 7919) % texts.length];
      expect(undot(other)).toBe(plain(other));
      expect(undot(t)).toBe(want);
      if (want !== t) changed++;
    }
    expect(changed).toBeGreaterThan(100);
  });
});
