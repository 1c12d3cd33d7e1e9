/**
 * Speech-recognition damage, deterministic (seeded): replaces some occurrences
 * of the given surnames with phonetic misspellings (a consonant dropped or
 * doubled, a vowel swapped, a sound-alike consonant), doubles some
 * punctuation and lower-cases some sentence starts. Pure: documents in,
 * damaged copies out (no files).
 */
import type { SourceDoc } from '../compile/types';

/** FNV-1a 32-bit hash of a string, for seeding. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

import { rng } from '../rng';
export { rng };

const VOWEL_SWAPS: Record<string, string[]> = {
  a: ['e', 'o'],
  e: ['i', 'a'],
  i: ['y', 'e'],
  o: ['u', 'a'],
  u: ['o'],
  y: ['i'],
};
const CONSONANT_SWAPS: [RegExp, string][] = [
  [/k/, 'c'],
  [/c(?=[aou])/, 'k'],
  [/v/, 'w'],
  [/w/, 'v'],
  [/s/, 'z'],
  [/z/, 's'],
  [/ph/, 'f'],
  [/ff/, 'ph'],
  [/th/, 't'],
  [/sch/, 'sh'],
];
const isVowel = (ch: string) => /[aeiouy]/i.test(ch);
const isConsonant = (ch: string) => /[a-z]/i.test(ch) && !isVowel(ch);

function keepCase(orig: string, repl: string): string {
  if (orig === orig.toUpperCase() && orig.length > 1) return repl.toUpperCase();
  return orig[0] === orig[0].toUpperCase() ? repl[0].toUpperCase() + repl.slice(1) : repl;
}

/** One phonetic misspelling of `word`, never equal to it (case-insensitive). */
export function misspell(word: string, rand: () => number): string {
  const lower = word.toLowerCase();
  const candidates: string[] = [];
  // drop one letter of a doubled consonant / double a single consonant (not the first letter)
  for (let i = 1; i < lower.length; i++) {
    const ch = lower[i];
    if (!isConsonant(ch)) continue;
    if (lower[i - 1] === ch) candidates.push(lower.slice(0, i) + lower.slice(i + 1));
    else if (lower[i + 1] !== ch && isVowel(lower[i - 1] ?? '')) candidates.push(lower.slice(0, i) + ch + lower.slice(i));
  }
  // swap a vowel (not the first letter)
  for (let i = 1; i < lower.length; i++) {
    for (const v of VOWEL_SWAPS[lower[i]] ?? []) candidates.push(lower.slice(0, i) + v + lower.slice(i + 1));
  }
  for (const [re, to] of CONSONANT_SWAPS) {
    const m = re.exec(lower.slice(1));
    if (m) candidates.push(lower[0] + lower.slice(1, 1 + m.index) + to + lower.slice(1 + m.index + m[0].length));
  }
  const distinct = [...new Set(candidates)].filter((c) => c !== lower);
  if (distinct.length === 0) return word + word[word.length - 1];
  return keepCase(word, distinct[Math.floor(rand() * distinct.length)]);
}

export interface DamageOptions {
  seed?: number;
  /** share of surname occurrences replaced */
  nameRate?: number;
  /** share of , . ? doubled */
  punctRate?: number;
  /** share of sentence starts lower-cased */
  lowerRate?: number;
}

/** The surname of a full name: its last capitalised word of 4+ letters ("Anna Berg" → "Berg"; none for "JD Li"). */
export function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^[A-Z][a-z]{3,}$/.test(w));
  return words.length ? words[words.length - 1] : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Damages one text (see the module comment). */
export function damageText(text: string, surnames: string[], seedKey: string, opts: DamageOptions = {}): string {
  const rand = rng(hashString(`${opts.seed ?? 1}:${seedKey}`));
  const nameRate = opts.nameRate ?? 0.5;
  const punctRate = opts.punctRate ?? 0.2;
  const lowerRate = opts.lowerRate ?? 0.5;
  let out = text;
  const names = [...new Set(surnames)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (names.length) {
    const re = new RegExp(`\\b(${names.map(escapeRe).join('|')})\\b`, 'g');
    out = out.replace(re, (m) => (rand() < nameRate ? misspell(m, rand) : m));
  }
  out = out.replace(/([,.?])(?=\s)/g, (m) => (rand() < punctRate ? m + m : m));
  // a sentence start heard without its capital ("US" → "us", not "uS")
  out = out.replace(/(^|[.?!]\s+)([A-Z](?:[A-Za-z]|\.(?=[A-Z]))*)/gm, (_m, pre: string, word: string) => {
    if (rand() >= lowerRate) return pre + word;
    return pre + (/^[A-Z.]+$/.test(word) ? word.toLowerCase() : word[0].toLowerCase() + word.slice(1));
  });
  return out;
}

/** Damaged copies of the documents (bodies only; ids and front matter kept). */
export function damageDocuments(docs: SourceDoc[], names: string[], opts: DamageOptions = {}): SourceDoc[] {
  const surnames = names.map(surnameOf).filter((s): s is string => s != null);
  return docs.map((d) => ({ ...d, body: damageText(d.body, surnames, d.id, opts) }));
}
