/**
 * Countries no data file lists: a UN member state named in a document
 * ("Thailand and Cambodia agreed …") is an actor like the data file's
 * countries, from the maintained gazetteer (world-countries). The data file
 * wins: a state it already lists (by id, name, alias or affiliation) is left
 * to it; a country name that is also a first name ("Chad", "Jordan") is left out.
 */
import { createRequire } from 'node:module';
import type { ActorEntry } from '../../schema';
import type { Mention, SentencedDoc } from '../types';
import { countryIndex } from '../places/gazetteer';
import { fold, isFirstNameWord, isPlaceWord } from './text';
import type { DocCtx } from './context';
import { slugify } from './slug';
import { escapeRegExp } from '../text/norm';
import { asksTags, nameAsModifierByWords, nameBeforeNoun } from './name-as-modifier';

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
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...countryScanner().codeOf.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
}
const WORD_START = /(?<![\p{L}\p{N}-])\p{Lu}/gu;
const WORD_CHAR = /[\p{L}\p{N}-]/u;
/** The country names in a text, left to right, the longest at each place, not inside a word ("Nigerian" names no Niger). */
export function countryMatches(text: string): string[] {
  return countryMatchesAt(text).map((m) => m.form);
}
/** countryMatches with where each name starts in `text` */
export function countryMatchesAt(text: string): { form: string; at: number }[] {
  const { byHead } = countryScanner();
  const out: { form: string; at: number }[] = [];
  // every name starts with a capital: only a capital not inside a word can start one
  const re = new RegExp(WORD_START);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const form = formAt(text, m.index, byHead);
    if (!form) continue;
    out.push({ form, at: m.index });
    re.lastIndex = m.index + form.length;
  }
  return out;
}
/** the longest country name starting at `p` of `text` and ending at a word's end (names by their first two characters), or null */
function formAt(text: string, p: number, byHead: Map<string, string[]>): string | null {
  for (const form of byHead.get(text.slice(p, p + 2)) ?? []) {
    if (!text.startsWith(form, p)) continue;
    const e = p + form.length;
    if (e < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(e)!))) continue;
    return form;
  }
  return null;
}
const uniqStr = (xs: string[]) => [...new Set(xs)];

/** The country names written in one document, as [form, sentence index] in reading order: depends on the document alone (cacheable, on the workers). */
export type CountryHits = [form: string, sentence: number][];

export const ALT_SPELLING_CLOSES_NAME = {
  id: 'alt-spelling-closes-longer-name',
  pattern: 'a one-word alternative spelling of a state (not its common or official name: "Island", "Holland") right after a capitalised word',
  effect: 'no hit of the state: the word closes a longer name ("<Name> Island" is an island, "<Given> Holland" a person), no country named',
  example: 'Refugees held on Alder Island were moved; Iceland was not asked.',
};
let altOnly: Set<string> | null = null;
/** one-word alternative spellings that are neither a state's common nor its official name */
function altOnlyForms(): Set<string> {
  if (altOnly) return altOnly;
  const list = (req('world-countries') as WorldCountry[]).filter((c) => c.unMember);
  const main = new Set(list.flatMap((c) => [c.name.common, c.name.official]));
  altOnly = new Set(countryForms().map((f) => f.form).filter((f) => !main.has(f) && !/\s/.test(f)));
  return altOnly;
}
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}'’.-])\p{Lu}[\p{L}\p{M}'’-]*\s+$/u;

/**
 * One pass per sentence over every name, longest first: a name inside a longer one found there is not found ("Republic
 * of the Congo" in "Democratic Republic of the Congo"); a one-word alternative spelling closing a longer name is no hit
 * (ALT_SPELLING_CLOSES_NAME).
 */
export function countryHits(doc: SentencedDoc): CountryHits {
  const out: CountryHits = [];
  for (const s of doc.sentences)
    for (const { form, at } of countryMatchesAt(s.text)) {
      if (altOnlyForms().has(form) && CAPITALISED_WORD_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))) continue;
      out.push([form, s.index]);
    }
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

export const COUNTRY_AS_PLACE_ONLY = {
  id: 'country-named-as-place',
  pattern:
    'a country name after a locative or complement preposition (in, into, to, from, across, throughout, inside, within, near, off, around, towards, through, of, on, over), after "<City>, ", inside a longer capitalised name ("Gulf of …", "Northern …"), or as a modifier ("the <Country> ceasefire", "<Country>\'s king", "<Country>-backed")',
  effect: 'no actor mention of the country: a place, a topic or a modifier is no actor of the story',
  example: 'The talks in Graz, Freedonia, ended; the Sylvania issue and the war in Ruritania were discussed, and Freedonia agreed.',
};

const PLACE_PREP = /(?:^|[^\p{L}])(?:in|into|to|from|across|throughout|inside|outside|within|near|off|around|toward|towards|through|of|on|over)\s+(?:the\s+)?$/iu;
/** "Geneva, Freedonia": a place word and a comma right before */
const CITY_COMMA = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*),\s*$/u;
/** "Gulf of Freedonia", "Northern Freedonia" */
const INSIDE_NAME_BEFORE = /(?:\p{Lu}[\p{L}'’-]+\s+of\s+(?:the\s+)?|(?:Northern|Southern|Eastern|Western|Upper|Lower|Greater|Central)\s+)$/u;
const ROLE_AFTER = /^(?:'s|’s)?\s+(?:(?:crown|deputy|foreign|prime|vice|defen[cs]e|interior|finance|supreme|grand|top|chief|former|new)\s+)*(?:king|queen|prince|princess|emir|president|minister|leader|envoy|ambassador|diplomat|spokesman|spokeswoman|spokesperson|counterpart|negotiator|sultan|monarch|official|officials)\b/iu;
const MODIFIER_AFTER = /^(?:-(?:backed|led|based|brokered|born|bound|sponsored|allied)\b|\s+(?:issue|question|conflict|war|crisis|ceasefire|truce|border|coast|file|dossier|problem|front|peninsula|situation|policy|talks|process|dispute)\b)/iu;

export const COUNTRY_AS_TOPIC_ONLY = {
  id: 'country-named-as-topic',
  pattern:
    'a country name with a possessive before a noun of a trouble ("<Country>\'s conflict", "… crisis", "… war", "… dispute") or of a power that grows ("<Country>\'s rising influence", "… ambitions", "… clout"), or in the list of examples after a plural noun of topics and "like", "such as" or "including" ("issues like <Country> and <Country>")',
  effect: 'no actor mention of the country: the country of a trouble, or one example of a kind of topic, is what the sentence is about, no party acting in it',
  example: "Talks turned to Freedonia's conflict and to issues like Avalon and Nordvik; Ruritania agreed.",
};

/** "<Country>'s conflict": a possessive, an optional adjective, a noun of trouble */
const TOPIC_POSSESSIVE_AFTER = /^['’]s\s+(?:(?:long|long-running|ongoing|bloody|frozen|simmering|escalating|deepening|internal|civil|economic|political|humanitarian|border|territorial|rising|growing|increasing|expanding|military|regional|global)\s+)?(?:conflict|conflicts|war|crisis|dispute|troubles|problems|issue|question|situation|standoff|stand-off|insurgency|influence|rise|ambitions|assertiveness|dominance|expansion|clout)\b/iu;
/** "issues like <Country>, <Country> and …": a plural noun of topics, "like", "such as" or "including", the list so far */
const TOPIC_NOUNS = ['issues', 'problems', 'questions', 'matters', 'topics', 'subjects', 'crises', 'conflicts', 'disputes', 'hotspots', 'flashpoints', 'files', 'dossiers'];
const TOPIC_LIST_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${TOPIC_NOUNS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})\s+(?:like|such\s+as|including)\s+` +
    String.raw`(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:the\s+)?$`,
  'u',
);

/**
 * COUNTRY_AS_PLACE_ONLY for one mention of a country: `text` the sentence, [start, end) the name in it. A list of
 * countries ("Freedonia, Sylvania and …") is no city and country; a day before the name is no longer name.
 */
export function countryOnlyAsPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (PLACE_PREP.test(before)) return true;
  const city = CITY_COMMA.exec(before);
  if (city && isPlaceWord(city[1]) && countryMatches(city[1]).length === 0) return true;
  if (INSIDE_NAME_BEFORE.test(before)) return true;
  if (/(?:^|\s)the\s+$/i.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return true;
  return ROLE_AFTER.test(after) || MODIFIER_AFTER.test(after) || countryAsTopic(before, after);
}

/** COUNTRY_AS_TOPIC_ONLY: `before` and `after` the words of the sentence around the country's name. */
export function countryAsTopic(before: string, after: string): boolean {
  const near = before.length > 160 ? before.slice(-160) : before;
  return TOPIC_POSSESSIVE_AFTER.test(after) || TOPIC_LIST_BEFORE.test(near);
}

/**
 * Drops a document's country mentions that name the country only as a place, a topic or a modifier
 * (COUNTRY_AS_PLACE_ONLY); their spans stay taken. `kindOf` gives an actor's kind.
 */
export function dropPlaceOnlyCountries(dc: DocCtx, kindOf: (id: string) => string | undefined): void {
  const sents = new Map(dc.sents.map((sc) => [sc.s.index, sc]));
  const drop = new Set<Mention>();
  for (const m of dc.mentions) {
    if ((m.via !== 'name' && m.via !== 'alias') || kindOf(m.actorId) !== 'country') continue;
    const sc = sents.get(m.sentence);
    if (sc && countryOnlyAsPlace(sc.text, m.start - sc.s.start, m.end - sc.s.start)) drop.add(m);
  }
  if (drop.size) dc.mentions = dc.mentions.filter((m) => !drop.has(m));
}

/**
 * The document's country mentions (by name or alias) that name the country only as a place, a topic or a modifier
 * (COUNTRY_AS_PLACE_ONLY), and the mentions of a country or a body that use its name as no actor (a modifier, part
 * of a longer name, a venue: NAME_AS_MODIFIER_RULES of who/name-as-modifier.ts), kept for the events stage but no
 * surface of the actor: the caller flags them
 * (Mention.placeOnly) and leaves them out of the actor's surface forms. `kindOf` gives an actor's kind.
 */
export function placeOnlyCountryMentions(dc: DocCtx, kindOf: (id: string) => string | undefined): Mention[] {
  const sents = new Map(dc.sents.map((sc) => [sc.s.index, sc]));
  const out: Mention[] = [];
  // the actor and surface of every mention kept as an actor's (the tags are asked only for a surface no other mention keeps:
  // a flag on one mention of a kept surface changes nothing)
  const kept = new Set<string>();
  const asks: { m: Mention; text: string; end: number }[] = [];
  for (const m of dc.mentions) {
    if (m.via !== 'name' && m.via !== 'alias') continue;
    const kind = kindOf(m.actorId);
    if (kind !== 'country' && kind !== 'organization' && kind !== 'group') continue;
    const sc = sents.get(m.sentence);
    if (!sc) continue;
    const s = m.start - sc.s.start;
    const e = m.end - sc.s.start;
    // a country as a place, topic or modifier; any body's name as a modifier, a venue, part of a longer name (who/name-as-modifier.ts)
    if ((kind === 'country' && countryOnlyAsPlace(sc.text, s, e)) || nameAsModifierByWords(sc.text, s, e, kind)) out.push(m);
    else if (asksTags(sc.text, e, kind)) asks.push({ m, text: sc.text, end: e });
    else kept.add(`${m.actorId}\u0000${m.surface}`);
  }
  for (const { m, text, end } of asks) {
    const key = `${m.actorId}\u0000${m.surface}`;
    if (kept.has(key)) continue;
    if (nameBeforeNoun(text, end)) out.push(m);
    else kept.add(key);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The UN member state whose name (any form of countryForms) starts at `pos` of `text` and ends at a word's end, or null. */
export function countryAt(text: string, pos: number): { start: number; end: number; code: string } | null {
  if (pos > 0 && WORD_CHAR.test(text[pos - 1])) return null;
  const { byHead, codeOf } = countryScanner();
  const form = formAt(text, pos, byHead);
  return form ? { start: pos, end: pos + form.length, code: codeOf.get(form)! } : null;
}

/** The longest UN member state's name ending exactly at `end` of `text` (within five words before it), or null. */
export function countryEndingAt(text: string, end: number): { start: number; end: number; code: string } | null {
  const from = Math.max(0, end - 60);
  const re = new RegExp(WORD_START);
  re.lastIndex = from;
  const { byHead, codeOf } = countryScanner();
  let m: RegExpExecArray | null;
  // the first (leftmost) start that reaches `end` is the longest
  while ((m = re.exec(text)) && m.index < end)
    for (const form of byHead.get(text.slice(m.index, m.index + 2)) ?? [])
      if (m.index + form.length === end && text.startsWith(form, m.index)) return { start: m.index, end, code: codeOf.get(form)! };
  return null;
}
