import { describe, expect, it } from 'vitest';
import { isLowerCaseText, sentenceEnds } from './boundaries';
import { randomTexts, realLines } from './fuzz-texts';

const pieces = (t: string, transcript = false) => {
  const out: string[] = [];
  let from = 0;
  for (const e of [...sentenceEnds(t, transcript), t.length]) {
    out.push(t.slice(from, e).trim());
    from = e;
  }
  return out.filter(Boolean);
};

describe('sentenceEnds', () => {
  it('does not report the end of the text', () => {
    expect(sentenceEnds('One sentence.')).toEqual([]);
  });
  it('splits after a closing quote', () => {
    expect(pieces('He said: \u201cNo.\u201d Then he left.')).toEqual(['He said: \u201cNo.\u201d', 'Then he left.']);
  });
  it('keeps decimals and dotted abbreviations', () => {
    expect(pieces('It cost $6.5bn in the U.S. economy. Fine.')).toEqual(['It cost $6.5bn in the U.S. economy.', 'Fine.']);
  });
  it('handles an ellipsis followed by a capital', () => {
    expect(pieces('We appreciate it\u2026 Thank you.')).toEqual(['We appreciate it\u2026', 'Thank you.']);
  });
  it('a wrapped transcript line starting lower-case continues the sentence', () => {
    expect(pieces('between the US.\nand Russia today.', true)).toEqual(['between the US.\nand Russia today.']);
  });
});

describe('isLowerCaseText equals its definition (capitals under 0.2 % of 200+ letters, counted in UTF-16 units)', () => {
  const definition = (text: string) => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length < 200) return false;
    return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length < 0.002;
  };
  it('on the real documents, their lower-cased copies and random strings', () => {
    const lines = realLines(process.cwd());
    const texts = [lines.join('\n'), lines.join('\n').toLowerCase(), ...randomTexts(2000, 400)];
    for (let i = 0; i < lines.length; i += 40) texts.push(lines.slice(i, i + 40).join(' '), lines.slice(i, i + 40).join(' ').toLowerCase() + ' A');
    for (const t of texts) expect(isLowerCaseText(t)).toBe(definition(t));
    expect(texts.filter((t) => definition(t)).length).toBeGreaterThan(10);
  });
});
