/**
 * Countries no data file lists: a UN member state named in a document
 * ("Thailand and Cambodia agreed …") is an actor like the data file's
 * countries, from the maintained gazetteer (world-countries). The data file
 * wins: a state it already lists (by id, name, alias or affiliation) is left
 * to it; a country name that is also a first name ("Chad", "Jordan") is left out.
 */
import { createRequire } from 'node:module';
import type { ActorEntry } from '../../schema';
import type { SentencedDoc } from '../types';
import { countryIndex } from '../places/gazetteer';
import { fold, isFirstNameWord } from './text';
import { slugify } from './slug';

export const GAZETTEER_COUNTRY_RULE = {
  id: 'gazetteer-country',
  pattern: 'the common name of a UN member state, capitalised, in a document',
  effect: 'a country actor (kind country, affiliation its code) unless the data file lists it',
  example: 'Freedonia and Sylvania agreed to a ceasefire',
};

/** A country named in fewer sentences is named in passing. */
export const MIN_SENTENCES = 2;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  unMember: boolean;
}
const req = createRequire(import.meta.url);
let forms: { code: string; form: string }[] | null = null;

/** Every name of each UN member state: common, official, alternatives (words with lower-case letters, no codes). */
function countryForms(): { code: string; form: string }[] {
  if (forms) return forms;
  const list = (req('world-countries') as WorldCountry[]).filter((c) => c.unMember);
  forms = [];
  for (const c of list)
    for (const f of uniqStr([c.name.common, c.name.official, ...c.altSpellings]))
      if (f.length >= 4 && /\p{Ll}/u.test(f) && /^\p{Lu}/u.test(f) && !isFirstNameWord(f)) forms.push({ code: c.cca2, form: f });
  forms.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  return forms;
}
let scanner: { codeOf: Map<string, string>; byHead: Map<string, string[]> } | null = null;
/** Every name with its code, and the names by their first two characters (in the order they are tried: longest first). */
function countryScanner(): { codeOf: Map<string, string>; byHead: Map<string, string[]> } {
  if (scanner) return scanner;
  const codeOf = new Map<string, string>();
  for (const f of countryForms()) if (!codeOf.has(f.form)) codeOf.set(f.form, f.code);
  const byHead = new Map<string, string[]>();
  for (const form of codeOf.keys()) {
    const list = byHead.get(form.slice(0, 2));
    if (list) list.push(form);
    else byHead.set(form.slice(0, 2), [form]);
  }
  scanner = { codeOf, byHead };
  return scanner;
}
/**
 * What countryMatches finds, as one regular expression: every name, longest first, not inside a word (tests: the
 * scan equals it; an alternation of ~600 names is several times slower than looking up the capitals' next letters).
 */
export function countryRegex(): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...countryScanner().codeOf.keys()].map(esc).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
}
const WORD_START = /(?<![\p{L}\p{N}-])\p{Lu}/gu;
const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** The country names in a text, left to right, the longest at each place, not inside a word ("Nigerian" names no Niger). */
export function countryMatches(text: string): string[] {
  const { byHead } = countryScanner();
  const out: string[] = [];
  // every name starts with a capital: only a capital not inside a word can start one
  const re = new RegExp(WORD_START);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const p = m.index;
    for (const form of byHead.get(text.slice(p, p + 2)) ?? []) {
      if (!text.startsWith(form, p)) continue;
      const e = p + form.length;
      if (e < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(e)!))) continue;
      out.push(form);
      re.lastIndex = e;
      break;
    }
  }
  return out;
}
const uniqStr = (xs: string[]) => [...new Set(xs)];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The country names written in one document, as [form, sentence index] in reading order: depends on the document alone (cacheable, on the workers). */
export type CountryHits = [form: string, sentence: number][];

/** One pass per sentence over every name, longest first: a name inside a longer one found there is not found ("Republic of the Congo" in "Democratic Republic of the Congo"). */
export function countryHits(doc: SentencedDoc): CountryHits {
  const out: CountryHits = [];
  for (const s of doc.sentences) for (const form of countryMatches(s.text)) out.push([form, s.index]);
  return out;
}

export function gazetteerCountries(docs: SentencedDoc[], actors: ActorEntry[]): ActorEntry[] {
  return gazetteerCountriesFrom(
    docs.map((d) => ({ id: d.id, hits: countryHits(d) })),
    actors,
  );
}

/** The country actors from every document's hits (countryHits): the same whatever the documents' order. */
export function gazetteerCountriesFrom(docs: Iterable<{ id: string; hits: CountryHits }>, actors: ActorEntry[]): ActorEntry[] {
  const ix = countryIndex();
  const taken = new Set<string>();
  const listed = new Set<string>();
  for (const a of actors) {
    taken.add(a.id);
    for (const f of [a.name, ...a.aliases]) listed.add(fold(f));
    if (a.kind === 'country' && a.affiliation) listed.add(`#${a.affiliation}`);
  }
  const found = new Map<string, string[]>();
  const sentencesOf = new Map<string, Set<string>>();
  const { codeOf } = countryScanner();
  for (const d of docs)
    for (const [form, sentence] of d.hits) {
      const code = codeOf.get(form);
      if (!code || listed.has(`#${code}`) || listed.has(fold(form))) continue;
      const list = found.get(code) ?? [];
      if (!list.includes(form)) list.push(form);
      found.set(code, list);
      sentencesOf.set(code, (sentencesOf.get(code) ?? new Set()).add(`${d.id}:${sentence}`));
    }
  const out: ActorEntry[] = [];
  for (const code of [...found.keys()].sort()) {
    // named in passing (one sentence of the whole set): no actor of the story
    if ((sentencesOf.get(code)?.size ?? 0) < MIN_SENTENCES) continue;
    const names = found.get(code)!.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // the id and name: the common name, spelled out ("DR Congo" → the longest name found, "Democratic Republic of the Congo")
    const common = ix.name.get(code) ?? names[0];
    const main = /\b\p{Lu}{2,}\b/u.test(common) ? names[0] : common;
    const id = slugify(main);
    if (!id || taken.has(id)) continue;
    taken.add(id);
    out.push({ id, name: main, kind: 'country', affiliation: code, aliases: uniqStr([...names, common]).filter((n) => n !== main), titles: [] });
  }
  return out;
}
