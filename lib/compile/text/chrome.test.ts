import { describe, expect, it } from 'vitest';
import { isAllCapsLine } from './chrome';
import { randomTexts, realLines } from './fuzz-texts';

describe('isAllCapsLine', () => {
  it.each([
    ['CLICK HERE TO READ MORE FROM OUR PARTNERS', true],
    ['ÉTATS-UNIS ET RUSSIE', true],
    ['Click here to read more', false],
    ['NATO', false],
    ['BREAKING NEWS: talks resume', false],
  ])('%j → %j', (line, caps) => expect(isAllCapsLine(line)).toBe(caps));

  it('equals its definition (8+ letters, unchanged when upper-cased, changed when lower-cased, 2+ words) on real and random lines', () => {
    const definition = (line: string) => {
      const letters = line.replace(/[^\p{L}]/gu, '');
      if (letters.length < 8) return false;
      return letters === letters.toUpperCase() && letters !== letters.toLowerCase() && line.trim().split(/\s+/).length >= 2;
    };
    const lines = [...realLines(process.cwd()), ...randomTexts(3000, 30)];
    for (const l of [...lines, ...lines.map((x) => x.toUpperCase())]) expect(isAllCapsLine(l)).toBe(definition(l));
  });
});
