/**
 * "Did you mean …?" helpers for editors' problems: closest names by edit
 * distance, and a slug suggested for a file name or an id.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Edit distance that also rewards a candidate whose beginning matches the
 * word (an id typed short: "meeting-2025-03-03-ana-kovc" is closest to
 * "meeting-2025-03-03-ana-kovac-ivo-novak").
 */
export function idDistance(word: string, candidate: string): number {
  const whole = distance(word, candidate);
  if (candidate.length <= word.length) return whole;
  const prefix = distance(word, candidate.slice(0, word.length)) + 0.5 + (candidate.length - word.length) * 0.01;
  return Math.min(whole, prefix);
}

/**
 * The candidate closest to `word`, or null when none is close enough.
 * `maxDistance`: Infinity to always answer (ids), default a third of the word.
 */
export function closest(word: string, candidates: Iterable<string>, maxDistance?: number): string | null {
  const limit = maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestScore = Infinity;
  const w = word.toLowerCase();
  for (const c of [...new Set(candidates)].sort()) {
    const s = idDistance(w, c.toLowerCase());
    if (s < bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best !== null && bestScore <= limit ? best : null;
}

/** "did you mean 'x'?" or null. */
export function didYouMean(word: string, candidates: Iterable<string>, maxDistance?: number): string | null {
  const c = closest(word, candidates, maxDistance);
  return c !== null && c !== word ? `did you mean '${c}'?` : null;
}

/** A slug (lower-case letters, digits, single hyphens) made from any name. */
export { slugify } from '../compile/who/slug';

/** Letters NFKD does not decompose into a base letter + marks. */
const LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ẞ: 'SS', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'TH', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'ng', Ŋ: 'NG', ĸ: 'k', ſ: 's', ƒ: 'f',
};

/** "Tromsø" → "Tromso", "Łódź" → "Lodz", "Straße" → "Strasse": ASCII letters for any Latin name. */
export function transliterate(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\u0000-\u007f]/g, (c) => LETTERS[c] ?? c);
}

/** A file name (without extension) suggested for any name: "Tromsø talks" → "tromso-talks". */
export function fileSlug(name: string): string {
  return transliterate(name)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
