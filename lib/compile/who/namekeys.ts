/**
 * Name keys for people found in no data file, so that spelling variants of
 * one person meet without comparing every pair of names:
 *   skeleton   folded, letters only, doubled letters single ("Ko-Zanboov" → "kozanbov")
 *   deletions  every string a skeleton gives by deleting up to k letters (k by length):
 *              two surnames within k edits share one (symmetric deletion)
 *   sound      the double-metaphone codes of the skeleton
 * An index lookup costs the size of these key sets, not the number of people.
 */
import { distance } from 'fastest-levenshtein';
import { soundCodes } from './phonetic';
import { fold } from './text';

/** "Ko-Zanboov" → "kozanbov"; "Paton Walsh" → "patonwalsh". */
export function skeleton(s: string): string {
  return fold(s)
    .replace(/[^a-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Edits two surname skeletons may differ by and still be one person's: none under 5 letters, 1 from 5, 2 from 9. */
export function surnameBudget(len: number): number {
  return len < 5 ? 0 : len < 9 ? 1 : 2;
}

function deletions(w: string, k: number, out: Set<string>): Set<string> {
  out.add(w);
  if (k > 0) for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    if (!out.has(d)) deletions(d, k - 1, out);
  }
  return out;
}

/** Whether two written surnames (or everything after the first name) are one surname written two ways. */
export function surnamesMatch(a: string, b: string, extra = 0): boolean {
  const x = skeleton(a);
  const y = skeleton(b);
  if (x === y) return x.length > 0;
  const len = Math.min(x.length, y.length);
  // "Petrov" / "Petrova": a feminine form is another person
  if (x === `${y}a` || y === `${x}a`) return false;
  if (x[0] !== y[0] && distance(x, y) > 0 && soundCodes(x)[0] !== soundCodes(y)[0]) return false;
  const d = distance(x, y);
  if (d <= surnameBudget(len) + (len >= 6 ? extra : 0)) return true;
  // one sound written two ways by two transliterations ("Araghchi"/"Araqchi", gh/q): same
  // initial, the same sound codes (all of them, four sounds or more), one edit more
  return len >= 6 && x[0] === y[0] && d <= surnameBudget(len) + 1 && sameSounds(x, y);
}

export const TRANSLITERATION_RULE = {
  id: 'transliteration-variant',
  pattern: 'two surnames of six letters or more, same initial, identical sound codes, one edit beyond the spelling budget',
  effect: 'one surname (with an agreeing first name: one person)',
  example: 'Abbas Araghchi / Abbas Araqchi',
};

function sameSounds(x: string, y: string): boolean {
  const a = soundCodes(x);
  const b = soundCodes(y);
  return a.length === b.length && a[0].length >= 4 && a.every((c, i) => c === b[i]);
}

/** People by surname keys; `near` returns the candidates a surname can match, in insertion order. */
export class SurnameIndex<T> {
  private byKey = new Map<string, number[]>();
  private items: { surname: string; item: T }[] = [];

  add(surname: string, item: T, extra = 0): void {
    const i = this.items.length;
    this.items.push({ surname, item });
    for (const k of this.keys(surname, extra)) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }

  private keys(surname: string, extra: number): Set<string> {
    const sk = skeleton(surname);
    const out = deletions(sk, surnameBudget(sk.length) + (sk.length >= 6 ? extra : 0), new Set());
    for (const c of soundCodes(sk)) if (c) out.add(`#${c}`);
    return out;
  }

  near(surname: string, extra = 0): { surname: string; item: T }[] {
    const seen = new Set<number>();
    for (const k of this.keys(surname, extra)) for (const i of this.byKey.get(k) ?? []) seen.add(i);
    return [...seen].sort((a, b) => a - b).map((i) => this.items[i]);
  }
}

/**
 * The first names of two forms agree: equal, one an initial of the other
 * ("A. Kovac"), or one transliteration of the other ("Sergei"/"Sergey",
 * "Dmitri"/"Dmitry": same initial, five letters or more, one letter apart).
 */
export function firstNamesAgree(a: string, b: string): boolean {
  const x = fold(a).replace(/\.$/, '');
  const y = fold(b).replace(/\.$/, '');
  if (x === y) return true;
  if ((x.length === 1 || y.length === 1) && x[0] === y[0]) return true;
  const sx = skeleton(x);
  const sy = skeleton(y);
  return sx[0] === sy[0] && Math.min(sx.length, sy.length) >= 5 && distance(sx, sy) <= 1;
}

export const SHORT_SURNAME_RULE = {
  id: 'short-surname-variant',
  pattern: 'the same first name (four letters or more) and two short surnames one edit apart with the same sound codes',
  effect: 'one person (short surnames have no spelling budget of their own)',
  example: 'Irfaan Ali / Irfaan Ally',
};

/** "Irfaan Ali" / "Irfaan Ally": the first names equal, the surnames one edit apart and sounding alike. */
export function shortSurnameVariant(firstA: string, firstB: string, a: string, b: string): boolean {
  const fa = fold(firstA).replace(/\.$/, '');
  if (fa.length < 4 || fa !== fold(firstB).replace(/\.$/, '')) return false;
  const x = skeleton(a);
  const y = skeleton(b);
  if (x.length < 3 || y.length < 3 || x[0] !== y[0] || distance(x, y) > 1) return false;
  const sa = soundCodes(x);
  const sb = soundCodes(y);
  return sa.length === sb.length && sa.every((c, i) => c === sb[i]);
}


export const FIRST_NAME_BUDGET_RULE = {
  id: 'first-name-spelling-budget',
  pattern: 'two first names (folded) with the same initial: up to two edits apart, but a name of four letters or fewer only one edit or one swap of neighbouring letters',
  effect: 'the two spellings may be one person’s first name (a surname match still decides)',
  example: 'Mao / Moa (one swap) agree; Ana / Ali (two edits of three letters) do not; Irfaan / Irfan agree',
};

/** Whether two first names may be spellings of one name (same initial; short names get a budget of one edit or swap). */
export function firstNameSpellingsAgree(a: string, b: string): boolean {
  const x = fold(a.split(/\s+/)[0]).replace(/\.$/, '');
  const y = fold(b.split(/\s+/)[0]).replace(/\.$/, '');
  if (x === y) return true;
  if (x[0] !== y[0]) return false;
  if (x.length === 1 || y.length === 1) return true;
  const d = distance(x, y);
  if (Math.min(x.length, y.length) > 4) return d <= 2;
  return d <= 1 || (x.length === y.length && isOneSwap(x, y));
}

/** the same letters with two neighbours swapped once ("mao" / "moa") */
function isOneSwap(x: string, y: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}
