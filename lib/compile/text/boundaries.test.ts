import { describe, expect, it } from 'vitest';
import { sentenceEnds } from './boundaries';

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
