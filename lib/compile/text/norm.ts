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

/**
 * what normalizeText changes, in one pass: whitespace other than a plain space, zero-width space and BOM; a
 * repeated punctuation mark (the mark before it, in the original text, is the same); the characters of CHAR_MAP
 */
const CHANGED = /[^\S ]|[\u200b\ufeff]|(?<=([,?!.;:]))\1|[\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212]/g;

export function normalizeText(text: string): string {
  return text.replace(CHANGED, (c: string) => CHAR_MAP[c] ?? ' ');
}

/** `s` with the characters a regular expression reads as syntax escaped, to match it literally */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
