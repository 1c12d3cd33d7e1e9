/**
 * Organisations no data file lists, found by the shape of their names: armies, militias, fronts, movements,
 * parties, councils, unions, ministries (EN_ORG rows and ORG_HEADS in lang/en-who.ts). Like the gazetteer's
 * countries (who/countries.ts) they become actors of the who stage's setup, so every later stage sees them:
 *   - "the Nordvik Liberation Front (NLF)": a capitalised name ending in a head noun of a body, its acronym in brackets
 *   - "the Freedonian foreign ministry", "Freedonia's Ministry of Foreign Affairs": one nation's ministry
 *   - "the Palace said …": a seat of government (a venue of data/places.yaml) speaking as its institution
 * Per document (organisationHits: the document alone, cacheable) then over every document (organisationsFrom:
 * the same whatever their order). The data file wins: a name it lists is left to it.
 */
import type { ActorEntry, PlaceEntry } from '../../schema';
import type { SentencedDoc } from '../types';
import { EN_ORG, ORG_CONNECTORS, ORG_GENERIC_QUALIFIERS, ORG_HEADS } from '../lang/en-who';
import { countryIndex } from '../places/gazetteer';
import { COMMON_WORDS, DAY_MONTH, ROLE_WORDS, fold, nationCode, nationForms } from './text';
import { slugify } from './slug';

/** One naming of an organisation in a document. */
export interface OrgHit {
  /** the name as written, without a leading "the" or a nation's possessive */
  form: string;
  /** the nation the name or its possessive names (a code), or null */
  nation: string | null;
  /** the canonical name when the hit fixes one ("<Demonym> Foreign Ministry"), else null */
  canonical: string | null;
  /** an acronym defined in brackets right after it */
  acronym: string | null;
  /** 'name': a name by its head noun; 'ministry': a nation's ministry; 'seat': a seat of government as a speaker */
  via: 'name' | 'ministry' | 'seat';
  sentence: number;
}

/** The organisation names written in one document (reading order): depends on the document alone. */
export function organisationHits(doc: SentencedDoc): OrgHit[] {
  const out: OrgHit[] = [];
  for (const s of doc.sentences) {
    const taken: [number, number][] = [];
    const ministry = EN_ORG.nationMinistry.pattern;
    ministry.lastIndex = 0;
    for (const m of /[Mm]inistry/.test(s.text) ? s.text.matchAll(ministry) : []) {
      const hit = nationMinistryHit(m, s.index);
      if (!hit) continue;
      out.push(hit);
      taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
    // only sentences holding a capitalised head noun can name a body by its head
    for (const m of HEAD_WORD().test(s.text) ? s.text.matchAll(CAP_PHRASE) : []) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => a < end && start < b)) continue;
      // "the Alder Forces and the Birch Front": two names coordinated, each ending in its head noun
      const parts = m[0].split(/\s+and\s+(?:the\s+)?/);
      for (let k = 0; k < parts.length; k++) {
        const last = k === parts.length - 1;
        if (!last && !headKind(parts[k].split(/\s+/).pop() ?? '')) {
          parts[k + 1] = `${parts[k]} and ${parts[k + 1]}`;
          continue;
        }
        const hit = namedBody(parts[k], last ? s.text.slice(end) : '', s.index);
        if (hit) out.push(hit);
      }
    }
    for (const m of s.text.matchAll(SEAT_SUBJECT)) {
      if (!EN_ORG.seatSpeaker.pattern.test(s.text.slice((m.index ?? 0) + m[0].length))) continue;
      out.push({ form: m[1], nation: null, canonical: null, acronym: null, via: 'seat', sentence: s.index });
    }
  }
  return out;
}

/** capitalised words joined by spaces and lower-case connectors ("Ministry of Foreign Affairs") */
const CAP_PHRASE = /(?<![\p{L}\p{M}\d'’-])\p{Lu}[\p{L}\p{M}’'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*\p{Lu}[\p{L}\p{M}’'-]*)*/gu;
/** "the Palace", "The Palace" right before a verb (checked with EN_ORG.seatSpeaker) */
const SEAT_SUBJECT = /(?<![\p{L}])[Tt]he\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})(?=\s)/gu;

const headKind = (w: string) => ORG_HEADS[fold(w)];
let headWord: RegExp | null = null;
/** any head noun of ORG_HEADS, capitalised, as a word */
const HEAD_WORD = (): RegExp =>
  (headWord ??= new RegExp(`(?<![\\p{L}])(?:${Object.keys(ORG_HEADS).map((h) => h.charAt(0).toUpperCase() + h.slice(1)).join('|')})(?![\\p{L}])`, 'u'));
const possessive = (w: string) => /['’]s$/.test(w);
const bare = (w: string) => w.replace(/['’]s$/, '');

/** A capitalised phrase that ends in a body's head noun (or has one before "of/on/for …"), as a hit; null otherwise. */
export function namedBody(phrase: string, after: string, sentence: number): OrgHit | null {
  let words = phrase.split(/\s+/);
  // the name ends at its last head noun, or runs on through "of/on/for …" after it
  let head = -1;
  for (let i = words.length - 1; i >= 0; i--) if (headKind(words[i]) && !possessive(words[i])) { head = i; break; }
  if (head < 0) return null;
  const runsOn = head < words.length - 1 && ORG_CONNECTORS.has(words[head + 1]) && words[head + 1] !== 'and';
  // "the Nordvik Council Summit", "Avalon Front Declaration": the body only names something else
  if (head < words.length - 1 && !runsOn) return null;
  // "Deputy Supreme Commander of the Avalon Armed Forces": a person's office, no body's name (org-title-of-body)
  if (lastTitleOf(words) >= 0) return null;
  // words that open a sentence or a date before the name are no part of it
  while (words.length && (COMMON_WORDS.has(fold(words[0])) || DAY_MONTH.has(fold(words[0])) || ORG_CONNECTORS.has(words[0]))) words = words.slice(1);
  // a nation's possessive before the name: the nation it belongs to, not part of the name
  let nation: string | null = null;
  if (words.length && possessive(words[0])) {
    nation = nationCode(bare(words[0]));
    if (!nation) return null;
    words = words.slice(1);
  }
  if (words.length < 2 || !headKind(words[words.length - 1]) && !runsOn) return null;
  const content = words.filter((w) => !ORG_CONNECTORS.has(w));
  const own = nationCode(content[0]) ?? (content.length > 2 ? nationCode(`${content[0]} ${content[1]}`) : null);
  nation = own ?? nation;
  // only portfolio words besides the head ("Foreign Ministry", "Armed Forces"): one nation's body, or nobody's
  const qualifiers = content.filter((w) => !headKind(w)).map(fold);
  if (!own && qualifiers.every((q) => ORG_GENERIC_QUALIFIERS.has(q)) && !nation) return null;
  // a person's office ("the Prime Minister's Office", "Alder's Party"): a title's or a name's, no body of its own
  if (content.some((w, i) => possessive(w) && (i === 0 || ROLE_WORDS.has(fold(bare(w)))))) return null;
  const form = words.join(' ');
  const acr = EN_ORG.acronym.pattern.exec(after);
  const acronym = acr && initialsFit(acr[1], content) ? acr[1] : null;
  return { form, nation, canonical: !own && nation && qualifiers.every((q) => ORG_GENERIC_QUALIFIERS.has(q)) ? `${demonymOf(nation)} ${portfolioName(content)}` : null, acronym, via: 'name', sentence };
}

export const TITLE_OF_BODY = {
  id: 'org-title-of-body',
  pattern: 'a title word (ROLE_WORDS: commander, prince, president, head, chairman …; not "justice") right before "of" inside a body\'s capitalised name',
  effect: 'the phrase names a person\'s office, no body: no organisation hit (the body after "of" is found, or not, by its own mentions)',
  example: 'Crown Prince of Alder and Deputy Supreme Commander of the Avalon Armed Forces',
};

/** the index of the last title word followed by "of" in a name's words (TITLE_OF_BODY), or -1 */
function lastTitleOf(words: string[]): number {
  for (let i = words.length - 2; i >= 0; i--) if (words[i + 1] === 'of' && ROLE_WORDS.has(fold(words[i])) && fold(words[i]) !== 'justice') return i;
  return -1;
}

/** The acronym's letters in order through the name's words, starting with the first word's initial. */
function initialsFit(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[&-]/g, '').toLowerCase();
  const text = fold(words.join(' '));
  if (letters[0] !== text[0]) return false;
  // each word's initial that is a capital must be used, in order
  const initials = words.map((w) => fold(w)[0]).join('');
  if (initials === letters) return true;
  let k = 0;
  for (const c of text) if (c === letters[k]) k++;
  return k === letters.length && letters.length >= Math.min(words.length, 2);
}

function nationMinistryHit(m: RegExpMatchArray, sentence: number): OrgHit | null {
  const nationWords = m[1].split(/\s+/);
  // "the Freedonian foreign ministry", "Southern Freedonia's": the nation is the phrase's last word or the whole
  const nation = nationCode(m[1]) ?? nationCode(nationWords[nationWords.length - 1]);
  if (!nation) return null;
  const written = nationCode(m[1]) ? m[1] : nationWords[nationWords.length - 1];
  const form = m[2] ? `${written}${m[2]} ${m[3]}` : `${written} ${m[3]}`;
  return { form, nation, canonical: `${demonymOf(nation)} ${portfolioName(m[3].split(/\s+/))}`, acronym: null, via: 'ministry', sentence };
}

/** "foreign ministry", "Ministry of Foreign Affairs" → "Foreign Ministry"; other heads keep their words. */
function portfolioName(words: string[]): string {
  const low = words.map(fold);
  if (low.includes('ministry')) {
    const portfolio = low.filter((w) => w !== 'ministry' && w !== 'of' && w !== 'affairs' && w !== 'the');
    const name = portfolio.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    return `${name === 'External' ? 'External Affairs' : name} Ministry`;
  }
  return words.filter((w) => w !== 'the').join(' ');
}

const demonyms = new Map<string, string>();
/** The adjective of a nation ("HR" → "Croatian"): the language table first, then the gazetteer's demonyms. */
export function demonymOf(code: string): string {
  const had = demonyms.get(code);
  if (had) return had;
  let d = nationForms(code).find((w) => /(?:an|ese|ish|i|ch)$/.test(w) && !/['’]/.test(w));
  if (!d) for (const [k, c] of countryIndex().byDemonym) if (c === code) { d = k.charAt(0).toUpperCase() + k.slice(1); break; }
  d ??= countryIndex().name.get(code) ?? code;
  demonyms.set(code, d);
  return d;
}

/** A body named in fewer sentences, with no acronym defined for it and never speaking, is named in passing. */
export const MIN_ORG_SENTENCES = 2;
/** A body named by its own name's shape (no acronym, no nation's ministry) must be named by this many documents. */
export const MIN_ORG_DOCUMENTS = 2;

/** The organisation actors from every document's hits (organisationHits), the data file's names left to it. */
export function organisationsFrom(docs: Iterable<{ id: string; hits: OrgHit[] }>, actors: ActorEntry[], places: PlaceEntry[]): ActorEntry[] {
  const taken = new Set(actors.map((a) => a.id));
  const listed = new Set<string>();
  for (const a of actors) for (const f of [a.name, ...a.aliases]) listed.add(fold(f).replace(/^the\s+/, ''));
  const listedBodies = new Set(actors.filter((a) => a.kind === 'organization').flatMap((a) => [a.name, ...a.aliases]).filter((f) => !/\s/.test(f)).map(fold));
  const venues = new Map<string, PlaceEntry>();
  for (const p of places) if (p.kind === 'venue') for (const f of [p.name, ...p.aliases]) venues.set(fold(f).replace(/^the\s+/, ''), p);
  interface Acc { key: string; kind: 'group' | 'organization'; nation: string | null; canonical: string | null; forms: Map<string, number>; acronyms: Set<string>; sentences: Set<string>; seat: PlaceEntry | null }
  const byKey = new Map<string, Acc>();
  for (const d of docs)
    for (const h of d.hits) {
      const f = fold(h.form);
      // "the Nordvik Union Commission" (the data file lists the Nordvik Union): a body of a listed organisation is left to it
      if (h.via === 'name' && listedBodies.has(fold(h.form.split(/\s+/)[0]))) continue;
      // a venue by its own name ("the Palace Office") is a place, unless it speaks as its institution
      if (h.via !== 'seat' && venues.has(f)) continue;
      if (listed.has(f) || (h.acronym && listed.has(fold(h.acronym)))) continue;
      let seat: PlaceEntry | null = null;
      if (h.via === 'seat') {
        seat = venues.get(f) ?? null;
        if (!seat) continue;
      }
      const key = seat ? `seat:${fold(seat.name)}` : h.canonical ? `${h.nation}:${fold(h.canonical)}` : `${h.nation ?? ''}:${f}`;
      let acc = byKey.get(key);
      if (!acc) {
        const headWord = fold((h.canonical ?? h.form).split(/\s+/).filter((w) => ORG_HEADS[fold(w)]).pop() ?? '');
        acc = { key, kind: seat ? 'organization' : (ORG_HEADS[headWord] ?? 'organization'), nation: seat ? (seat.country ?? null) : h.nation, canonical: seat ? seat.name : h.canonical, forms: new Map(), acronyms: new Set(), sentences: new Set(), seat };
        byKey.set(key, acc);
      }
      acc.forms.set(h.form, (acc.forms.get(h.form) ?? 0) + 1);
      if (h.acronym) acc.acronyms.add(h.acronym);
      acc.sentences.add(`${d.id}:${h.sentence}`);
    }
  const out: ActorEntry[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const acc = byKey.get(key)!;
    // named in passing: fewer sentences, no acronym defined, no seat speaking; a name of its own shape (no nation's
    // ministry) also needs two documents that name it
    const docsNaming = new Set([...acc.sentences].map((k) => k.slice(0, k.lastIndexOf(':')))).size;
    if (!acc.seat && !acc.acronyms.size && (acc.sentences.size < MIN_ORG_SENTENCES || (!acc.canonical && docsNaming < MIN_ORG_DOCUMENTS))) continue;
    const forms = [...acc.forms.keys()].sort((a, b) => acc.forms.get(b)! - acc.forms.get(a)! || b.length - a.length || (a < b ? -1 : 1));
    const name = acc.canonical ?? forms[0];
    const id = slugify(name);
    if (!id || taken.has(id)) continue;
    taken.add(id);
    const aliases = new Set<string>([...forms, ...acc.acronyms, ...(acc.seat?.aliases ?? [])]);
    aliases.delete(name);
    out.push({ id, name, kind: acc.kind, affiliation: acc.nation, aliases: [...aliases].filter((a) => !listed.has(fold(a))).sort(), titles: [] });
  }
  return out;
}
