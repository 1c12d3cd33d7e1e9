/**
 * Texts for tests that check a fast function against the plain definition it replaces: the real documents of
 * the repository (samples and eval sets), line by line, plus seeded random strings of the characters such
 * functions treat apart (whitespace kinds, zero-width, repeated marks, curly quotes, dashes, accents, astral
 * letters, lone surrogates, letters whose case mapping is odd).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PIECES = [
  'a', 'B', 'z', 'Q', ' ', '  ', '\u00a0', '\u200b', '\ufeff', '\u2028', ',', ',', '.', '?', '!', ';', ':', '\u2019', '\u201c', '\u2014', '`',
  '\u00e9', '\u00c9', '\ud835\udc00', '\ud835\udc1a', '\ud83d\ude00', '\ud800', 'ß', 'ĸ', '\n', '\t', '-', 'İ', 'ǅ', '1', 'Word', 'CAPS', 'lower ',
];

/** every `.md` file under data/ (the samples and the eval documents), split into lines */
export function realLines(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of existsSync(dir) ? readdirSync(dir) : []) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.md')) out.push(...readFileSync(p, 'utf8').split('\n'));
    }
  };
  walk(join(root, 'data'));
  return out;
}

/** `n` seeded random strings of up to `len` pieces, each also upper- and lower-cased */
export function randomTexts(n: number, len = 80, pieces: string[] = PIECES, seed = 7): string[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let t = '';
    const m = Math.floor(rnd() * len);
    for (let i = 0; i < m; i++) t += pieces[Math.floor(rnd() * pieces.length)];
    out.push(t, t.toUpperCase(), t.toLowerCase());
  }
  return out;
}
