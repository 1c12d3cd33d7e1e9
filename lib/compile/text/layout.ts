/**
 * Layout of a body: is it hard-wrapped (fixed-width lines that break inside
 * sentences), or caption-style (short unpunctuated lines, as in automatic
 * captions)? Shared by clean and sentences so that both read lines the same way.
 */

const TERMINAL = /[.!?\u2026"'\u201d\u2019»):;]\s*$/;

function proseLines(body: string): string[] {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 4);
}

function median(ns: number[]): number {
  if (!ns.length) return 0;
  const s = [...ns].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** most prose lines end without punctuation and lines are of a fixed, short width */
export function isHardWrapped(body: string): boolean {
  const ls = proseLines(body);
  if (ls.length < 6) return false;
  const open = ls.filter((l) => !TERMINAL.test(l)).length;
  const med = median(ls.map((l) => l.length));
  return open / ls.length > 0.5 && med >= 30 && med <= 110;
}

/** transcript made of short caption lines, mostly without terminal punctuation */
export function isCaptionStyle(body: string): boolean {
  const ls = proseLines(body);
  if (ls.length < 6) return false;
  const open = ls.filter((l) => !TERMINAL.test(l)).length;
  const medWords = median(ls.map((l) => l.split(/\s+/).length));
  return open / ls.length > 0.5 && medWords <= 16;
}
