/**
 * normalizeText: a copy of a text of the SAME LENGTH for matching: doubled
 * punctuation blanked (",," → ", "), curly quotes and apostrophes straightened,
 * dashes made ASCII, every kind of whitespace made a plain space.
 */
const CHAR_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const REPEATABLE = new Set([',', '?', '!', '.', ';', ':']);

export function normalizeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c) || c === '\u200b' || c === '\ufeff') {
      out += ' ';
    } else if (REPEATABLE.has(c) && i > 0 && text[i - 1] === c) {
      out += ' ';
    } else {
      out += CHAR_MAP[c] ?? c;
    }
  }
  return out;
}
