/**
 * The written forms the "who" stage looks for, built from the data files:
 * actor names, aliases and titles (with nationality variants), place names and
 * aliases, and blockers (outlets, not-people phrases) that keep their words
 * from being read as anything else.
 */
import type { ActorEntry, Lexicon, PlaceEntry } from '../../schema';
import { escapeRegExp } from '../text/norm';
import { isAllCaps, isCommonWord, nationCode, nationForms, NATION_NOUNS, tokenize, type Token } from './text';

export type FormKind = 'name' | 'alias' | 'title' | 'place' | 'block';

export interface Form {
  text: string;
  kind: FormKind;
  actorId?: string;
  /** for a place form: the canonical place */
  place?: PlaceEntry;
  /** for a title: when it designates the actor */
  from?: string;
  to?: string;
}

export interface Hit {
  /** offsets in the sentence */
  start: number;
  end: number;
  form: Form;
  surface: string;
}

/** Name, aliases and titles (with nation variants) of each actor, plus blockers. */
export function actorForms(actors: ActorEntry[], lexicon: Lexicon): Form[] {
  const forms: Form[] = [];
  for (const a of actors) {
    forms.push({ text: a.name, kind: 'name', actorId: a.id });
    for (const al of a.aliases) forms.push({ text: al, kind: 'alias', actorId: a.id });
    for (const t of a.titles ?? [])
      for (const v of titleVariants(t.title)) forms.push({ text: v, kind: 'title', actorId: a.id, from: t.from, to: t.to });
  }
  return [...forms, ...blockers(lexicon)];
}

export function placeForms(places: PlaceEntry[], lexicon: Lexicon): Form[] {
  const forms: Form[] = [];
  for (const p of places) {
    forms.push({ text: p.name, kind: 'place', place: p });
    for (const al of p.aliases) forms.push({ text: al, kind: 'place', place: p });
  }
  return [...forms, ...blockers(lexicon)];
}

function blockers(lexicon: Lexicon): Form[] {
  return [...lexicon.outlets, ...lexicon.notPeople].map((t) => ({ text: t, kind: 'block' as const }));
}

/**
 * "Russian president" → also "Russia's president", "president of Russia";
 * "US secretary of state" → "U.S. secretary of state", "American secretary of state" …
 */
export function titleVariants(title: string): string[] {
  const out = new Set<string>([title]);
  const words = title.split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const head = words.slice(0, n).join(' ');
    const code = nationCode(head);
    if (!code) continue;
    const rest = words.slice(n).join(' ');
    for (const f of nationForms(code)) out.add(`${f} ${rest}`);
    for (const noun of NATION_NOUNS[code] ?? []) out.add(`${rest} of ${noun}`);
    break;
  }
  return [...out];
}

/** Whether a form is matched ignoring case in this document. */
export function ignoresCase(form: Form, transcript: boolean): boolean {
  if (form.kind === 'block') return false;
  if (form.kind === 'title') return true;
  if (/^\p{Ll}/u.test(form.text)) return true;
  if (!transcript) return false;
  if (form.text.length < 4 || isAllCaps(form.text.replace(/[.\s]/g, ''))) return false;
  if (!/\s/.test(form.text) && isCommonWord(form.text)) return false;
  return true;
}

const reCache = new Map<string, RegExp>();
/** The form as a regular expression: global, or sticky (to try it at one position). */
function formRegex(text: string, ci: boolean, sticky: boolean): RegExp {
  const key = `${ci ? 'i' : 's'}${sticky ? 'y' : 'g'}:${text}`;
  let re = reCache.get(key);
  if (!re) {
    const body = text
      .replace(/[’‘]/g, "'")
      .split(/\s+/)
      .map(escapeRegExp)
      .join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{M}\\d])${body}(?![\\p{L}\\p{M}\\d])`, `${sticky ? 'y' : 'g'}${ci ? 'i' : ''}u`);
    reCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

interface IndexedForm {
  form: Form;
  /** the form's first folded word: where its matches start */
  first: string;
  /** the form's position in its list: candidates are tried in the order of their first word in the sentence, then this */
  ord: number;
  /** the form's folded words (hyphenated words in parts): all must be in a sentence for it to match */
  words: string[];
  /** starts with a letter or digit, so a match starts where a word of the sentence does */
  anchored: boolean;
  /** the form's regular expressions, made on first use: [case-sensitive, ignoring case] (sticky; global when not anchored) */
  res?: [RegExp | undefined, RegExp | undefined];
  /** a one-word form of letters only (hyphens inside), compared without a regular expression */
  single?: string;
  singleLow?: string;
  /** an anchored form's words as its regular expression holds them (`formParts`): matched by `formEndAt`, no regular expression */
  parts?: string[];
}

const WORD_CHAR = /[\p{L}\p{M}\d]/u;

const indexCache = new WeakMap<Form[], Map<string, IndexedForm[]>>();
/**
 * Forms by the rarest of the words a sentence must hold for them to match (the first word, and for a form of several
 * words each of them), so a sentence's common words ("president", "minister") do not pull hundreds of forms to check;
 * built once per list of forms (one compile).
 */
function formIndex(forms: Form[]): Map<string, IndexedForm[]> {
  let idx = indexCache.get(forms);
  if (!idx) {
    idx = new Map();
    const entries: { entry: IndexedForm; keys: string[] }[] = [];
    const count = new Map<string, number>();
    forms.forEach((f, ord) => {
      const toks = tokenize(f.text.replace(/[’‘]/g, "'"));
      const first = toks[0]?.low ?? '';
      const words = [...new Set(toks.flatMap((t) => t.low.split('-')))];
      const text = f.text.replace(/[’‘]/g, "'");
      const entry: IndexedForm = { form: f, first, ord, words, anchored: /^[\p{L}\p{M}\d]/u.test(text) };
      // letters (and inner hyphens) only, and lower-casing keeps the length: safe to compare in place
      if (/^[\p{L}]+(?:-[\p{L}]+)*$/u.test(text) && text.toLowerCase().length === text.length) {
        entry.single = text;
        entry.singleLow = text.toLowerCase();
      } else if (entry.anchored) entry.parts = formParts(f.text) ?? undefined;
      // the words that must all be in the sentence: the first, and the others only when the form has several
      const keys = words.length > 1 ? [...new Set([first, ...words])] : [first];
      for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
      entries.push({ entry, keys });
    });
    for (const { entry, keys } of entries) {
      let key = keys[0];
      for (const k of keys) if (count.get(k)! < count.get(key)!) key = k;
      const list = idx.get(key);
      if (list) list.push(entry);
      else idx.set(key, [entry]);
    }
    indexCache.set(forms, idx);
  }
  return idx;
}

const caseCache = new WeakMap<Form, [boolean, boolean]>();
function ignoresCaseCached(form: Form, transcript: boolean): boolean {
  let c = caseCache.get(form);
  if (!c) {
    c = [ignoresCase(form, false), ignoresCase(form, true)];
    caseCache.set(form, c);
  }
  return c[transcript ? 1 : 0];
}

/**
 * Where each word (and each part and run of parts of a hyphenated word) of a sentence starts, ascending, in the order
 * the words come: read-only once made, so a sentence's tokens keep theirs (places, then actors, scan the same tokens).
 */
const startsByTokens = new WeakMap<Token[], Map<string, number[]>>();
function wordStartsOf(tokens: Token[]): Map<string, number[]> {
  let at = startsByTokens.get(tokens);
  if (!at) startsByTokens.set(tokens, (at = wordStarts(tokens)));
  return at;
}
function wordStarts(tokens: Token[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  const addAt = (w: string, pos: number) => {
    const list = at.get(w);
    if (!list) at.set(w, [pos]);
    else if (list[list.length - 1] !== pos) list.push(pos);
  };
  for (const t of tokens) {
    addAt(t.low, t.start);
    if (t.low.includes('-')) {
      // each part, and each run of parts ("Deputy-Secretary-General" holds "secretary-general")
      const parts = t.low.split('-');
      let pos = t.start;
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j <= parts.length; j++) if (j - i < parts.length) addAt(parts.slice(i, j).join('-'), pos);
        pos += parts[i].length + 1;
      }
    }
  }
  return at;
}

/**
 * Every occurrence of every form in `text` (a sentence's matching text);
 * `accept` leaves out forms that do not apply (a title out of its dates).
 */
export function scan(text: string, forms: Form[], transcript: boolean, tokens?: Token[], accept?: (f: Form) => boolean): Hit[] {
  const hits: Hit[] = [];
  const idx = formIndex(forms);
  const at = tokens ? wordStartsOf(tokens) : wordStarts(tokenize(text));
  // the forms whose words are all in the sentence, in the order of their first word in it, then of their list
  const cands: IndexedForm[] = [];
  for (const w of at.keys())
    for (const entry of idx.get(w) ?? []) {
      // a form matches only where all of its words are (ignoring case and accents)
      if (entry.first !== w && !at.has(entry.first)) continue;
      if (entry.words.length > 1 && !entry.words.every((x) => at.has(x))) continue;
      cands.push(entry);
    }
  if (cands.length > 1) {
    const rank = new Map<string, number>();
    for (const w of at.keys()) rank.set(w, rank.size);
    cands.sort((a, b) => rank.get(a.first)! - rank.get(b.first)! || a.ord - b.ord);
  }
  for (const entry of cands) {
    const form = entry.form;
    const starts = at.get(entry.first)!;
    {
      if (accept && !accept(form)) continue;
      const ci = ignoresCaseCached(form, transcript);
      if (!entry.anchored) {
        const res = (entry.res ??= [undefined, undefined]);
        const re = (res[ci ? 1 : 0] ??= formRegex(form.text, ci, false));
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          const start = m.index ?? 0;
          hits.push({ start, end: start + m[0].length, form, surface: m[0] });
        }
        continue;
      }
      // a form starting with a letter or digit can only start where its first word does: try there only
      // one word: compared in place, no regular expression ("Kovac" at a word start, a boundary after)
      if (entry.single !== undefined) {
        const len = entry.single.length;
        let lastEnd = -1;
        for (const pos of starts) {
          if (pos < lastEnd) continue;
          const piece = text.slice(pos, pos + len);
          if (ci ? piece.toLowerCase() !== entry.singleLow : piece !== entry.single) continue;
          if (WORD_CHAR.test(text[pos + len] ?? '') || WORD_CHAR.test(text[pos - 1] ?? '')) continue;
          hits.push({ start: pos, end: pos + len, form, surface: piece });
          lastEnd = pos + len;
        }
        continue;
      }
      // several words (or signs): compared in place (formEndAt), the regular expression only where that cannot decide
      let lastEnd = -1;
      for (const pos of starts) {
        if (pos < lastEnd) continue;
        let end = entry.parts ? formEndAt(text, pos, entry.parts, ci) : undefined;
        if (end === undefined) {
          const res = (entry.res ??= [undefined, undefined]);
          const re = (res[ci ? 1 : 0] ??= formRegex(form.text, ci, true));
          re.lastIndex = pos;
          const m = re.exec(text);
          end = m ? pos + m[0].length : -1;
        }
        if (end < 0) continue;
        hits.push({ start: pos, end, form, surface: text.slice(pos, end) });
        lastEnd = end;
      }
    }
  }
  return hits.filter((h) => !namedFurther(text, h)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A form's words as `formRegex` puts them in its regular expression (curly apostrophes straightened, split at white
 * space), or null when `formEndAt` cannot stand for that expression: an empty word (white space at either end) or a
 * surrogate (a character outside the Basic Multilingual Plane, compared by code point under the `u` flag).
 */
export function formParts(text: string): string[] | null {
  const parts = text.replace(/[’‘]/g, "'").split(/\s+/);
  if (parts.some((w) => !w || /[\ud800-\udfff]/.test(w))) return null;
  return parts;
}

/**
 * Where the sticky `formRegex(text, ci, true)` matching at `pos` ends (-1: no match), without the regular expression:
 * no letter, mark or digit before, the words in order with white space between (the expression's `\s+`: all of it is
 * taken, a word never starts with white space), no letter, mark or digit after; under `ci` two characters are equal as
 * the `iu` flags compare them (Unicode simple case folding: "K" and the Kelvin sign, "s" and "ſ"). undefined where a
 * surrogate would have to be read (the `u` flag reads code points there): the caller runs the expression instead.
 */
export function formEndAt(text: string, pos: number, parts: string[], ci: boolean): number | undefined {
  const n = text.length;
  if (pos > 0) {
    const c = text.charCodeAt(pos - 1);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if (inClass(ci ? 1 : 0, c)) return -1;
  }
  let p = pos;
  for (let k = 0; k < parts.length; k++) {
    if (k > 0) {
      const q = p;
      for (; p < n; p++) {
        const c = text.charCodeAt(p);
        if (c >= 0xd800 && c <= 0xdfff) return undefined;
        if (!inClass(ci ? 3 : 2, c)) break;
      }
      if (p === q) return -1;
    }
    const w = parts[k];
    if (p + w.length > n) {
      // too short: a surrogate in what is left would not make it longer in code points read
      for (let j = p; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c >= 0xd800 && c <= 0xdfff) return undefined;
      }
      return -1;
    }
    for (let j = 0; j < w.length; j++) {
      const a = text.charCodeAt(p + j);
      const b = w.charCodeAt(j);
      if (a === b) continue;
      if (a >= 0xd800 && a <= 0xdfff) return undefined;
      if (!ci || !sameIgnoringCase(a, b)) return -1;
    }
    p += w.length;
  }
  if (p < n) {
    const c = text.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    if (inClass(ci ? 1 : 0, c)) return -1;
  }
  return p;
}

/** `[\p{L}\p{M}\d]` (the boundaries of formRegex) and `\s`, for a code unit outside the surrogates, under the form's flags: memoised */
const CLASS_RES = [/^[\p{L}\p{M}\d]$/u, /^[\p{L}\p{M}\d]$/iu, /^\s$/u, /^\s$/iu];
const CLASSES = CLASS_RES.map(() => new Int8Array(0x10000));
function inClass(k: number, c: number): boolean {
  const t = CLASSES[k];
  let v = t[c];
  if (v === 0) t[c] = v = CLASS_RES[k].test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}
/** two different code units (outside the surrogates) equal under the `iu` flags: ASCII letters by case, the rest asked of a regular expression once */
const ciPairs = new Map<number, boolean>();
function sameIgnoringCase(a: number, b: number): boolean {
  if (a < 0x80 && b < 0x80) {
    const x = a | 0x20;
    return x === (b | 0x20) && x >= 0x61 && x <= 0x7a;
  }
  const key = a * 0x10000 + b;
  let v = ciPairs.get(key);
  if (v === undefined) {
    const pat = String.fromCharCode(b).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    v = new RegExp(`^${pat}$`, 'iu').test(String.fromCharCode(a));
    ciPairs.set(key, v);
  }
  return v;
}

/**
 * A name form ending on a given name, right before a patronymic that goes on ("Crown Prince Ali" in "… Crown Prince Ali
 * bin Zayd"): the first words of a longer name, someone else's, not a mention of the form's person.
 */
export const NAME_GOES_ON = {
  id: 'name-goes-on',
  pattern: /^[\s-]+(?:bin|ibn|bint|ben)[\s-]+\p{Lu}/iu,
  effect: 'no mention: a form without a patronymic followed by one ("bin X") names only the first words of another name',
  example: 'Crown Prince Ali (a form of Ali bin Omar) in "the Nordvik Crown Prince Ali bin Zayd said …"',
};
const HAS_PATRONYMIC = /\b(?:bin|ibn|bint|ben)\b/i;

function namedFurther(text: string, h: Hit): boolean {
  if (h.form.kind === 'place' || h.form.kind === 'block') return false;
  if (HAS_PATRONYMIC.test(h.form.text)) return false;
  return NAME_GOES_ON.pattern.test(text.slice(h.end, h.end + 12));
}

const PRIORITY: Record<FormKind, number> = { name: 0, alias: 0, place: 0, title: 1, block: 2 };

/** Longest match wins; on equal length names before titles before blockers; then leftmost. */
export function resolveOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      PRIORITY[a.form.kind] - PRIORITY[b.form.kind] ||
      a.start - b.start ||
      (a.form.actorId ?? '').localeCompare(b.form.actorId ?? ''),
  );
  const taken: Hit[] = [];
  for (const h of sorted) if (!taken.some((t) => t.start < h.end && h.start < t.end)) taken.push(h);
  return taken.sort((a, b) => a.start - b.start);
}

/** True when the title's validity covers the day. */
export function titleValidOn(form: Form, day: string): boolean {
  if (form.from && day < form.from) return false;
  if (form.to && day > form.to) return false;
  return true;
}
