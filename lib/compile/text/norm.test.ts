import { describe, expect, it } from 'vitest';
import { normalizeText } from './norm';
import { randomTexts, realLines } from './fuzz-texts';

describe('normalizeText', () => {
  it.each([
    ['Essentially,, it is', 'Essentially,  it is'],
    ['conflict in Ukraine?? Is it', 'conflict in Ukraine?  Is it'],
    ['relations.. Yeah,,', 'relations.  Yeah, '],
    ['Tuesday\u2019s \u201cserious process\u201d', 'Tuesday\'s "serious process"'],
    ['U.S.\u2013Russian', 'U.S.-Russian'],
    ['between\u00a0the\nUnited\tStates', 'between the United States'],
  ])('%j → %j', (text, norm) => {
    expect(normalizeText(text)).toBe(norm);
    expect(normalizeText(text).length).toBe(text.length);
  });
});

describe('normalizeText equals its character-by-character definition', () => {
  // the definition: whitespace, zero-width space and BOM → space; a mark repeating the one before → space; CHAR_MAP
  const MAP: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '`': "'", '\u00b4': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-' };
  const definition = (text: string) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (/\s/.test(c) || c === '\u200b' || c === '\ufeff') out += ' ';
      else if (',?!.;:'.includes(c) && i > 0 && text[i - 1] === c) out += ' ';
      else out += MAP[c] ?? c;
    }
    return out;
  };
  it('on every line of the real documents and on random strings of the characters it changes', () => {
    const texts = [...realLines(process.cwd()), ...randomTexts(3000, 60, [...Object.keys(MAP), ',', ',,', '.', '!', '?', ';', ':', ' ', '\u00a0', '\u200b', '\ufeff', '\u3000', '\t', 'a', '\ud800'])];
    expect(texts.length).toBeGreaterThan(5000);
    for (const t of texts) expect(normalizeText(t)).toBe(definition(t));
  });
});
