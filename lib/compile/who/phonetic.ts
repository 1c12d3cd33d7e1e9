/**
 * How close a written token is to a known surname, by spelling (edit
 * distance) and by sound (double metaphone). The caller decides with context:
 * sound alone never makes a match.
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { fold } from './text';

export type Closeness = 'strong' | 'medium' | 'loose' | 'none';

const codeCache = new Map<string, [string, string]>();
function codes(w: string): [string, string] {
  let c = codeCache.get(w);
  if (!c) {
    c = doubleMetaphone(w) as [string, string];
    codeCache.set(w, c);
  }
  return c;
}

/** The double-metaphone codes of a word (folded first). */
export function soundCodes(w: string): string[] {
  const [a, b] = codes(fold(w));
  return a === b ? [a] : [a, b];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export interface Similarity {
  dist: number;
  /** a metaphone code of one equals a code of the other */
  soundEqual: boolean;
  /** longest common prefix of the metaphone codes */
  soundPrefix: number;
  /** common prefix of the letters */
  letterPrefix: number;
}

export function similarity(token: string, surname: string): Similarity {
  const a = fold(token);
  const b = fold(surname);
  const [a1, a2] = codes(a);
  const [b1, b2] = codes(b);
  return {
    dist: distance(a, b),
    soundEqual: a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2,
    soundPrefix: Math.max(commonPrefix(a1, b1), commonPrefix(a2, b2), commonPrefix(a1, b2), commonPrefix(a2, b1)),
    letterPrefix: commonPrefix(a, b),
  };
}

/**
 * strong: nearly the same word (≤1 edit on a ≥6-letter surname, same sound; in
 *   a transcript ≤2 edits and same sound) — may stand without context.
 * medium: a plausible misspelling — needs context (title, first name, earlier mention).
 * loose: same initial and some sound in common — needs the first name right
 *   before or a title of the actor next to it.
 */
export function closeness(token: string, surname: string, transcript: boolean): Closeness {
  const a = fold(token);
  const b = fold(surname);
  if (a === b) return 'strong';
  if (a.length < 3 || b.length < 4) return 'none';
  const s = similarity(a, b);
  const len = b.length;
  // one word extending the other ("Petrov"/"Petrova": a feminine form, another person) is never strong
  const extended = a.startsWith(b) || b.startsWith(a);
  if (s.soundEqual && len >= 6 && !extended && (s.dist <= 1 || (transcript && s.dist <= 2))) return 'strong';
  if (s.soundEqual && s.dist <= Math.max(2, Math.round(len / 3))) return 'medium';
  if (s.dist <= Math.max(1, Math.floor(len / 4))) return 'medium';
  if (s.letterPrefix >= 5 && Math.abs(a.length - len) <= 4) return 'medium';
  if (a[0] === b[0] && (s.soundPrefix >= 2 || s.dist <= Math.ceil(len / 2))) return 'loose';
  if (s.soundEqual && s.dist <= Math.ceil(len / 2)) return 'loose';
  return 'none';
}

/** A word made ready for closenessOf: as closeness folds it (`w`), as similarity folds that again (`f`), its codes. */
export interface PreparedWord {
  w: string;
  f: string;
  c1: string;
  c2: string;
}

export function prepareWord(word: string): PreparedWord {
  const w = fold(word);
  const f = fold(w);
  const [c1, c2] = codes(f);
  return { w, f, c1, c2 };
}

/** Closeness ranks of closenessOf: none 0, loose 1, medium 2, strong 3. */
export const CLOSENESS_RANK: Record<Closeness, number> = { strong: 3, medium: 2, loose: 1, none: 0 };

/**
 * closenessDist(token, surname, transcript) of two prepared words, without folding or looking up codes again (matchesFor
 * compares a token with every surname that can be close): the closeness's rank (CLOSENESS_RANK) × 1024 + the distance.
 * The same answer by construction: the same tests in the same order on the same folded strings.
 */
export function closenessOf(t: PreparedWord, s: PreparedWord, transcript: boolean): number {
  const a = t.w;
  const b = s.w;
  if (a === b) return 3 * 1024;
  const dist = distance(t.f, s.f);
  if (a.length < 3 || b.length < 4) return dist;
  const soundEqual = t.c1 === s.c1 || t.c1 === s.c2 || t.c2 === s.c1 || t.c2 === s.c2;
  const len = b.length;
  const extended = a.startsWith(b) || b.startsWith(a);
  if (soundEqual && len >= 6 && !extended && (dist <= 1 || (transcript && dist <= 2))) return 3 * 1024 + dist;
  if (soundEqual && dist <= Math.max(2, Math.round(len / 3))) return 2 * 1024 + dist;
  if (dist <= Math.max(1, Math.floor(len / 4))) return 2 * 1024 + dist;
  if (commonPrefix(t.f, s.f) >= 5 && Math.abs(a.length - len) <= 4) return 2 * 1024 + dist;
  if (a[0] === b[0] && (Math.max(commonPrefix(t.c1, s.c1), commonPrefix(t.c2, s.c2), commonPrefix(t.c1, s.c2), commonPrefix(t.c2, s.c1)) >= 2 || dist <= Math.ceil(len / 2))) return 1024 + dist;
  if (soundEqual && dist <= Math.ceil(len / 2)) return 1024 + dist;
  return dist;
}
