/**
 * discover.ts countLowerCase (is a document written without capitals?) is isLowerCaseText of the sentences joined by
 * a space: tested equal to its definition of before (two `replace` copies per sentence) on every real document's
 * lines and seeded random documents.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLowerCaseText } from '../text/boundaries';
import { randomTexts } from '../text/fuzz-texts';

function plain(texts: string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const t of texts) {
    const ls = t.replace(/[^\p{L}]/gu, '');
    letters += ls.length;
    upper += ls.replace(/[^\p{Lu}]/gu, '').length;
  }
  return letters >= 200 && upper / letters < 0.002;
}

function documents(dir: string): string[][] {
  const out: string[][] = [];
  for (const e of existsSync(dir) ? readdirSync(dir) : []) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...documents(p));
    else if (e.endsWith('.md')) out.push(readFileSync(p, 'utf8').split('\n'));
  }
  return out;
}

describe('countLowerCase as isLowerCaseText of the joined sentences', () => {
  it('equals the definition of before on every real document, lower-cased too, and random documents', () => {
    const docs = documents(join(process.cwd(), 'data'));
    const all = [...docs, ...docs.map((d) => d.map((l) => l.toLowerCase()))];
    // random documents: sentences with astral letters and lone surrogates at their ends, mostly lower case
    const pieces = ['a', 'b', 'ß', 'é', ' ', 'Z', '\ud835\udc1a', '\ud835\udc00', '\ud800', '\udc00', '\ud835', 'ǅ', '1', '.'];
    const rnd = randomTexts(4000, 30, pieces, 13);
    for (let i = 0; i + 40 <= rnd.length; i += 40) all.push(rnd.slice(i, i + 40).map((s, k) => (k % 3 === 2 ? s : s.toLowerCase())));
    let lower = 0;
    for (const d of all) {
      const want = plain(d);
      expect(isLowerCaseText(d.join(' ')), d.slice(0, 3).join('|')).toBe(want);
      if (want) lower++;
    }
    expect(lower).toBeGreaterThan(10);
  });
});
