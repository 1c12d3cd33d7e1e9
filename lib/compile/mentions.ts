/**
 * The "who" stage: actor mentions, places and discovered people.
 *   1. exact names, aliases and dated titles from data/actors.yaml (longest match wins)
 *   2. places from data/places.yaml
 *   3. fuzzy / phonetic surnames, decided with context (who/fuzzy.ts)
 *   4. unknown places, then discovery of people in no data file (who/discover.ts)
 *   5. bare surnames of discovered people; titles directly followed by a name are dropped
 *   6. pronouns, role words and "counterpart" references (who/coref.ts)
 * Pure: no filesystem; deterministic order.
 */
import { KeptSums } from './kept-sums';
import { placeOnlyCountryMentions } from './who/countries';
import { countryHits, gazetteerCountriesFrom, type CountryHits } from './who/countries';
import { organisationHits, organisationsFrom, type OrgHit } from './who/organisations';
import type { ActorEntry, Lexicon, PlaceEntry, Problem } from '../schema';
import type { ActorInfo, MediaMention, Mention, MentionsResult, PlaceMention, SentencedDoc } from './types';
import { findMediaPeople, markMedia, mediaIndex, type MediaIndex, type MediaPerson } from './who/media';
import { addMention, freeWholeWords, isOccupied, makeDocCtx, personKeys, type DocCtx, type PersonKey } from './who/context';
import { corefPass, type CorefActor, type CorefLookup } from './who/coref';
import { discoverPeople, isCreditLine, isLowerCaseDoc, type Discovery } from './who/discover';
import { actorForms, placeForms, resolveOverlaps, scan, titleValidOn, type Form, type Hit } from './who/forms';
import { docsOfActors, familyNameOwner, sameSurnameForm, withoutMiddleInitial, type DocsOfActor } from './who/family';
import { fuzzyPass, nameVariantRemap } from './who/fuzzy';
import { addFileJoins, addJoins, joinPeople } from './who/join-people';
import { withoutOutlets } from './who/org-outlets';
import { officeHolders, peopleByName, type OfficeHolders, type PeopleByName } from './who/offices';
import { placePass, unknownPlaces } from './who/places';
import { slugify } from './who/slug';
import { SurnameIndex, firstNamesAgree, shortSurnameVariant, skeleton, surnamesMatch } from './who/namekeys';
import { NAME_PARTICLES, fold, foldMarks, isCommonWord, nationCode, tokenize } from './who/text';
import { linkKnownAs } from './who/known-as';
import { distance } from 'fastest-levenshtein';

export function findMentions(docs: SentencedDoc[], fileActors: ActorEntry[], places: PlaceEntry[], lexicon: Lexicon): MentionsResult {
  const prep = whoPrepare(docs, fileActors, places, lexicon);
  const cx = whoContext(prep.setup);
  return whoFinish(prep, (dc) => runFirstPass(dc, cx));
}

/**
 * What the per-document first pass needs besides the document: plain data (structured-clone safe,
 * JSON-hashable for the cache), the same for every document of a compile.
 */
export interface WhoSetup {
  /** data-file actors, then the gazetteer's countries named in the documents */
  actors: ActorEntry[];
  places: PlaceEntry[];
  lexicon: Lexicon;
  /** hosts, anchors and reporters named anywhere in the documents */
  media: MediaPerson[];
}

/** The cross-document start of the who stage: the documents in the order they are linked. */
export interface WhoPrep {
  setup: WhoSetup;
  problems: Problem[];
  /** documents with capitals first, then lower-case transcripts (each by id) */
  order: SentencedDoc[];
  /** working contexts already made (by document id), taken by whoLink; the others are made there */
  ctxs: Map<string, DocCtx>;
}

/** What the who stage's setup needs of one document: whether it is a lower-case transcript, the hosts and reporters it names. */
export interface DocFacts {
  lowerCase: boolean;
  media: MediaPerson[];
  /** the gazetteer's country names it writes (who/countries.ts), aggregated over every document by whoPrepare */
  countries: CountryHits;
  /** the organisation names it writes (who/organisations.ts), aggregated like the countries */
  organisations: OrgHit[];
}

export function docFacts(doc: SentencedDoc, outlets: Set<string>, dc: DocCtx = makeDocCtx(doc)): DocFacts {
  return { lowerCase: isLowerCaseDoc(dc), media: findMediaPeople(dc, outlets), countries: countryHits(doc), organisations: organisationHits(doc) };
}

/**
 * `facts`, when given, supplies each document's facts (made elsewhere: workers, cache) and no
 * working context is made here; otherwise they are made here and the contexts kept for whoLink.
 */
export function whoPrepare(
  docs: SentencedDoc[],
  fileActors: ActorEntry[],
  places: PlaceEntry[],
  lexicon: Lexicon,
  facts?: (doc: SentencedDoc) => DocFacts,
): WhoPrep {
  const problems: Problem[] = checkActors(fileActors, lexicon);
  // documents with capitals first: a name discovered in a cased text gives the spelling a
  // lower-case transcript's variant then joins ("janos" joins "Janis")
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // hosts, anchors and reporters named anywhere are kept out of every document
  const outlets = outletNames(lexicon, docs);
  const ctxs = new Map<string, DocCtx>();
  const factsOf = new Map<string, DocFacts>();
  for (const doc of sorted) {
    if (facts) factsOf.set(doc.id, facts(doc));
    else {
      const dc = makeDocCtx(doc);
      ctxs.set(doc.id, dc);
      factsOf.set(doc.id, docFacts(doc, outlets, dc));
    }
  }
  const found = foundActors(sorted, factsOf, fileActors, places);
  // countries the data file does not list, from the gazetteer (who/countries.ts)
  const withCountries = [...fileActors, ...found.countries];
  // organisations no data file lists, by the shape of their names (who/organisations.ts)
  const actors = [...withCountries, ...found.organisations];
  actors.splice(withCountries.length, Infinity, ...withoutOutlets(actors.slice(withCountries.length), outlets)); // who/org-outlets.ts
  const order = [...sorted.filter((d) => !factsOf.get(d.id)!.lowerCase), ...sorted.filter((d) => factsOf.get(d.id)!.lowerCase)];
  const media = order.flatMap((d) => factsOf.get(d.id)!.media);
  return { setup: { actors, places, lexicon, media }, problems, order, ctxs };
}

/**
 * The countries (gazetteerCountriesFrom) and organisations (organisationsFrom) the documents name that no data file
 * lists: pure functions of the documents' ids in order, each one's country and organisation hits, the data file's actors
 * and the places. The last answer is kept (any process) with what it read — the hits by reference, the rest as JSON — and
 * given again when that reads the same: a document whose facts are other objects (an edit, a cache read from disk) is
 * compared by its hits' JSON. The entries are handed out as they were made (nothing changes an actor entry later).
 */
function foundActors(
  sorted: SentencedDoc[],
  factsOf: Map<string, DocFacts>,
  fileActors: ActorEntry[],
  places: PlaceEntry[],
): { countries: ActorEntry[]; organisations: ActorEntry[] } {
  const ids = sorted.map((d) => d.id);
  const countries = sorted.map((d) => factsOf.get(d.id)!.countries);
  const organisations = sorted.map((d) => factsOf.get(d.id)!.organisations);
  const data = JSON.stringify([fileActors, places]);
  const last = lastFound;
  const same =
    !!last &&
    last.data === data &&
    last.ids.length === ids.length &&
    ids.every((id, i) => last.ids[i] === id) &&
    countries.every((c, i) => c === last.countries[i] || JSON.stringify(c) === JSON.stringify(last.countries[i])) &&
    organisations.every((o, i) => o === last.organisations[i] || JSON.stringify(o) === JSON.stringify(last.organisations[i]));
  const out = same
    ? last.out
    : (() => {
        const c = gazetteerCountriesFrom(
          sorted.map((d, i) => ({ id: d.id, hits: countries[i] })),
          fileActors,
        );
        const o = organisationsFrom(
          sorted.map((d, i) => ({ id: d.id, hits: organisations[i] })),
          [...fileActors, ...c],
          places,
        );
        return { countries: c, organisations: o };
      })();
  lastFound = { ids, countries, organisations, data, out };
  return { countries: [...out.countries], organisations: [...out.organisations] };
}
let lastFound: {
  ids: string[];
  countries: CountryHits[];
  organisations: OrgHit[][];
  data: string;
  out: { countries: ActorEntry[]; organisations: ActorEntry[] };
} | null = null;

/** The setup made ready for matching (forms, keys, indexes): built once per thread. */
export interface WhoContext {
  aForms: Form[];
  pForms: Form[];
  keys: PersonKey[];
  byId: Map<string, ActorEntry>;
  blockedWords: Set<string>;
  placeWords: Set<string>;
  media: MediaIndex;
}

export function whoContext(setup: WhoSetup): WhoContext {
  const { actors, places, lexicon } = setup;
  const blockedWords = new Set<string>();
  for (const p of places) for (const f of [p.name, ...p.aliases]) if (!/\s/.test(f)) blockedWords.add(fold(f));
  for (const f of [...lexicon.outlets, ...lexicon.notPeople]) if (!/\s/.test(f)) blockedWords.add(fold(f));
  return {
    aForms: actorForms(actors, lexicon),
    pForms: placeForms(places, lexicon),
    keys: personKeys(actors),
    byId: new Map(actors.map((a) => [a.id, a])),
    blockedWords,
    // names of cities and venues: a country or organisation named by one ("Moscow said") is a metonym, a little less sure
    placeWords: new Set(places.filter((p) => p.kind === 'city' || p.kind === 'venue').flatMap((p) => [p.name, ...p.aliases].map((f) => f.toLowerCase()))),
    media: mediaIndex(setup.media),
  };
}

/** What the first pass finds in one document besides the mentions it adds to it. */
export interface FirstPass {
  places: PlaceMention[];
  media: MediaMention[];
  /** people in no data file, to be linked across documents */
  found: Discovery[];
}

/** Known names, places, misspellings and discoveries in one document: depends on the document and the setup only. */
export function runFirstPass(dc: DocCtx, cx: WhoContext): FirstPass {
  const places = placePass(dc, cx.pForms);
  // places must not stop actor matching (a capital is both a place and its government), so keep place spans apart
  const placeSpans = dc.sents.map((sc) => sc.occupied.splice(0));
  for (const sc of dc.sents) if (sc.chrome) sc.occupied.push(...sc.chrome);
  exactPass(dc, cx.aForms, cx.byId, cx.placeWords);
  const media = markMedia(dc, cx.media);
  fuzzyPass(dc, cx.keys);
  dc.sents.forEach((sc, i) => sc.occupied.push(...placeSpans[i]));
  places.push(...unknownPlaces(dc));
  return { places, media, found: discoverPeople(dc, { blockedWords: cx.blockedWords }) };
}

/** What a first pass can read of one key of the media index (who/media.ts markMedia), as JSON. */
export interface MediaKeyView {
  /** a name written in full: the first person of each name (its name and role; the later ones of the same name never win) */
  shared: string;
  /** a bare surname where the document names the person as media: by document, the first of the key's people it names */
  own: Map<string, string>;
}

/**
 * The media people as a first pass reads them (who/media.ts markMedia: only `idx.get` of a token's fold), by key. A
 * document's first pass reads, of the keys its tokens hold, each key's shared part and its own entry: nothing else.
 */
export function mediaKeysJson(media: MediaPerson[]): Map<string, MediaKeyView> {
  const out = new Map<string, MediaKeyView>();
  for (const [k, list] of mediaIndex(media)) {
    const firsts = new Map<string, MediaPerson>();
    const own = new Map<string, string>();
    for (const p of list) {
      const w = p.words.join(' ');
      if (!firsts.has(w)) firsts.set(w, p);
      if (!own.has(p.docId)) own.set(p.docId, JSON.stringify([p.words, p.name, p.role]));
    }
    out.set(k, { shared: JSON.stringify([...firsts.values()].map((p) => [p.words, p.name, p.role])), own });
  }
  return out;
}

/**
 * What differs between two mediaKeysJson: the keys whose shared part was added, removed or changed, and the documents
 * whose own entry under some key was.
 */
export function mediaKeysChanged(before: Map<string, MediaKeyView>, after: Map<string, MediaKeyView>): { keys: string[]; docs: Set<string> } {
  const keys: string[] = [];
  const docs = new Set<string>();
  const none: MediaKeyView = { shared: '', own: new Map() };
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(k) ?? none;
    const b = after.get(k) ?? none;
    if (a === b) continue;
    if (a.shared !== b.shared) keys.push(k);
    for (const [id, v] of a.own) if (b.own.get(id) !== v) docs.add(id);
    for (const [id, v] of b.own) if (a.own.get(id) !== v) docs.add(id);
  }
  return { keys, docs };
}

/** fold (who/text.ts) of a whole text, final sigma as any sigma: a token's fold, so sigma'd, is a part of it */
function looseFold(s: string): string {
  const t = /[^\x00-\x7f]/.test(s) ? foldMarks(s) : s.toLowerCase();
  return t.includes('\u03c2') ? t.replace(/\u03c2/g, '\u03c3') : t;
}

/**
 * Whether a document (its body) could hold a token whose fold is one of `keys`: a superset test. A token is letter runs
 * joined by hyphens, each run taken from the body as written (the matching text changes only marks that are no letters);
 * each run of the key folded is then a part of the body folded as a whole (NFD never reorders across a letter's start,
 * lower case differs only for a final sigma, made any sigma on both sides). A body whose letters are all ASCII is searched
 * as it is, ignoring case (its fold is its lower case), for keys of ASCII letters: no folded copy made.
 */
export function mayHoldTokens(body: string, keys: string[]): boolean {
  if (!keys.length) return false;
  const runs = keys.map((k) => k.split('-').map((run) => run.replace(/\u03c2/g, '\u03c3')));
  if (runs.every((rs) => rs.every((run) => ASCII_LETTERS.test(run))) && !WIDE_LETTER.test(body))
    return runs.some((rs) => rs.every((run) => caseless(run).test(body)));
  const text = looseFold(body);
  return runs.some((rs) => rs.every((run) => text.includes(run)));
}
const ASCII_LETTERS = /^[a-z]+$/;
const WIDE_LETTER = /(?![\x00-\x7f])[\p{L}\p{M}]/u;
const caselessMemo = new Map<string, RegExp>();
function caseless(run: string): RegExp {
  let re = caselessMemo.get(run);
  if (!re) {
    if (caselessMemo.size >= 10_000) caselessMemo.clear();
    caselessMemo.set(run, (re = new RegExp(run, 'i')));
  }
  return re;
}

/** A first pass as plain data (what a worker sends back and the cache keeps): spans by sentence position. */
export interface FirstPassData {
  occupied: number[][];
  mentions: Mention[];
  places: PlaceMention[];
  media: MediaMention[];
  /** discoveries by sentence position (`sent`) and sentence number (`index`: the linking order needs no document) */
  found: (Omit<Discovery, 'sc'> & { sent: number; index: number })[];
}

export function firstPassData(doc: SentencedDoc, cx: WhoContext): FirstPassData {
  const dc = makeDocCtx(doc);
  return exportFirstPass(dc, runFirstPass(dc, cx));
}

/** A first pass run on `dc` as plain data. */
export function exportFirstPass(dc: DocCtx, fp: FirstPass): FirstPassData {
  const pos = new Map(dc.sents.map((sc, i) => [sc, i]));
  return {
    occupied: dc.sents.map((sc) => sc.occupied.flatMap((o) => [o.start, o.end])),
    mentions: dc.mentions,
    places: fp.places,
    media: fp.media,
    found: fp.found.map(({ sc, ...d }) => ({ ...d, sent: pos.get(sc)!, index: sc.s.index })),
  };
}

/** Puts a first pass made elsewhere into this thread's context of the same document. */
export function applyFirstPass(dc: DocCtx, data: FirstPassData): FirstPass {
  restoreState(dc, data.occupied, data.mentions);
  return { places: data.places, media: data.media, found: data.found.map(({ sent, index: _index, ...d }) => ({ ...d, sc: dc.sents[sent] })) };
}

/** Links the first passes across documents (one actor per discovered person), then the second pass and the final ids. */
export function whoFinish(prep: WhoPrep, first: (dc: DocCtx) => FirstPass): MentionsResult {
  const linked = whoLink(prep, first);
  // second pass: people discovered anywhere are found by full name everywhere, then references
  const sp = secondPassContext(prep.setup.actors, linked.discovered);
  const mentions: Mention[] = [];
  for (const dc of linked.ctxs) {
    runSecondPass(dc, sp);
    mentions.push(...dc.mentions);
  }
  return whoConclude(prep, linked, mentions);
}

/** The first passes linked across documents: discovered people (in discovery order) and what else the documents named. */
export interface WhoLinked {
  discovered: Map<string, ActorInfo>;
  variants: SurnameIndex<ActorInfo>;
  places: PlaceMention[];
  media: MediaMention[];
  /** the documents' contexts in linking order (empty when `linked` took them) */
  ctxs: DocCtx[];
}

/**
 * One document after another (in prep.order): its first pass, then its discoveries joined to
 * the people discovered so far. `linked(dc)`, when given, receives each document once it is linked
 * (its context no longer changes before the second pass) and keeps it; otherwise the contexts are returned.
 */
export function whoLink(prep: WhoPrep, first: (dc: DocCtx) => FirstPass, linked?: (dc: DocCtx, i: number) => void): WhoLinked {
  const out: WhoLinked = { discovered: new Map(), variants: new SurnameIndex<ActorInfo>(), places: [], media: [], ctxs: [] };
  const bySurname: SurnameMap = new Map();
  prep.order.forEach((doc, i) => {
    let dc = prep.ctxs.get(doc.id);
    if (dc) prep.ctxs.delete(doc.id);
    else dc = makeDocCtx(doc);
    const fp = first(dc);
    out.places.push(...fp.places);
    out.media.push(...fp.media);
    linkDiscoveries(dc, fp.found, out.discovered, bySurname, out.variants);
    if (linked) linked(dc, i);
    else out.ctxs.push(dc);
  });
  return out;
}

/**
 * A document linked from its first pass as plain data, with no working context (no tokens): the
 * discoveries kept, whom each names, and the people it names as they stood once it was linked
 * (their bare surnames are linked on the worker, by linkSurnames, from this copy).
 */
export interface LinkedCompact<F extends FirstPassLink = FirstPassData> {
  first: F;
  added: { sent: number; start: number; end: number; id: string }[];
  local: ActorInfo[];
}

/**
 * What linking reads of a first pass (a smaller cache entry than the whole first pass): places, hosts,
 * discoveries, and the spans taken in the sentences that hold a discovery (the others left empty).
 */
export type FirstPassLink = Pick<FirstPassData, 'places' | 'media' | 'found' | 'occupied'>;

export function firstPassLink(data: FirstPassLink): FirstPassLink {
  const sents = new Set(data.found.map((d) => d.sent));
  return { places: data.places, media: data.media, found: data.found, occupied: data.occupied.map((o, i) => (sents.has(i) ? o : [])) };
}

/**
 * whoLink on first passes as plain data: the same decisions in the same order (linkDiscoveries),
 * spans checked on the exported ones; `linked` receives each document's LinkedCompact. Reads only
 * the documents' ids (prep.order may hold documents without their sentences).
 */
export function whoLinkData<F extends FirstPassLink>(
  prep: WhoPrep,
  first: (doc: SentencedDoc) => F,
  linked: (doc: SentencedDoc, data: LinkedCompact<F>) => void,
): WhoLinked {
  const out: WhoLinked = { discovered: new Map(), variants: new SurnameIndex<ActorInfo>(), places: [], media: [], ctxs: [] };
  const bySurname: SurnameMap = new Map();
  for (const doc of prep.order) {
    const data = first(doc);
    out.places.push(...data.places);
    out.media.push(...data.media);
    const occupied = new Map<number, number[]>();
    const taken = (sent: number, start: number, end: number) => {
      const o = occupied.get(sent) ?? data.occupied[sent];
      for (let k = 0; k < o.length; k += 2) if (o[k] < end && start < o[k + 1]) return true;
      return false;
    };
    const added: LinkedCompact<F>['added'] = [];
    const local = linkInOrder(
      data.found,
      (d) => d.index,
      (d) => taken(d.sent, d.start, d.end),
      (d, actor) => {
        added.push({ sent: d.sent, start: d.start, end: d.end, id: actor.id });
        occupied.set(d.sent, [...(occupied.get(d.sent) ?? data.occupied[d.sent]), d.start, d.end]);
      },
      out.discovered,
      bySurname,
      out.variants,
    );
    linked(doc, { first: data, added, local: local.map((a) => ({ ...a, aliases: [...a.aliases] })) });
  }
  return out;
}

/**
 * What linking reads of a first pass, as one string: its discoveries and the spans taken in their sentences. Linking
 * (whoLinkData) is a fold over the documents in order that reads nothing else of them, so the same documents in the same
 * order with the same strings give the same people, the same `added` and `local` (parallel/project.ts reuses it).
 */
export function linkInputJson(data: Pick<FirstPassLink, 'found' | 'occupied'>): string {
  const sents = [...new Set(data.found.map((d) => d.sent))].sort((a, b) => a - b);
  return JSON.stringify([data.found, sents, sents.map((s) => data.occupied[s])]);
}

/** A linking's people and their spelling index as plain data, copied apart from the original (whoConclude changes the people). */
export interface LinkedPeople {
  discovered: Map<string, ActorInfo>;
  byKey: Map<string, number[]>;
  items: { surname: string; item: ActorInfo }[];
}

export function copyLinkedPeople(linked: Pick<WhoLinked, 'discovered' | 'variants'>): LinkedPeople {
  const v = linked.variants as unknown as { byKey: Map<string, number[]>; items: { surname: string; item: ActorInfo }[] };
  // one structured clone: a person in both the map and the index stays one object
  return structuredClone({ discovered: linked.discovered, byKey: v.byKey, items: v.items });
}

/**
 * A linking's result again from a copy of its people (copied again: the copy is kept for the next compile) and the
 * documents' places and hosts. Only what whoConclude may change is copied: the map of people and each person (its own
 * fields; an array or object field copied apart), one copy per person, the spelling index's entries pointing at the
 * copies. The index's keys (a person's positions by key) are shared: only linking adds to them (SurnameIndex.add).
 */
export function linkedFromCopy(people: LinkedPeople, places: PlaceMention[], media: MediaMention[]): WhoLinked {
  const copies = new Map<ActorInfo, ActorInfo>();
  const copy = (a: ActorInfo): ActorInfo => {
    let c = copies.get(a);
    if (!c) {
      c = { ...a };
      for (const k in c) {
        const v = (c as unknown as Record<string, unknown>)[k];
        if (Array.isArray(v)) (c as unknown as Record<string, unknown>)[k] = v.every((x) => typeof x !== 'object' || x === null) ? v.slice() : structuredClone(v);
        else if (typeof v === 'object' && v !== null) (c as unknown as Record<string, unknown>)[k] = structuredClone(v);
      }
      copies.set(a, c);
    }
    return c;
  };
  const discovered = new Map<string, ActorInfo>();
  for (const [id, a] of people.discovered) discovered.set(id, copy(a));
  const variants = new SurnameIndex<ActorInfo>();
  Object.assign(variants as unknown as LinkedPeople, { byKey: people.byKey, items: people.items.map((x) => ({ surname: x.surname, item: copy(x.item) })) });
  return { discovered, variants, places, media, ctxs: [] };
}

/** The second pass of a document linked by whoLinkData: its first pass and discoveries put back, its surnames linked, then runSecondPass. */
export function secondPassCompact(doc: SentencedDoc, data: LinkedCompact, sp: SecondPassContext, reads?: SecondPassReads): Mention[] {
  const dc = makeDocCtx(doc);
  applyFirstPass(dc, data.first);
  for (const a of data.added) addMention(dc, dc.sents[a.sent], a.start, a.end, a.id, 'discovered', 0.8);
  linkSurnames(dc, data.local);
  runSecondPass(dc, sp, reads);
  return dc.mentions;
}

/**
 * What one document's second pass read that the discovered people decide (runSecondPass with `reads`): the actors it
 * looked up by id (references, titles, and each discovered full name it matched on its words), the keys it looked up among
 * people by name, the countries whose office holders it listed. Its result is fixed by its first pass, what linking gave
 * it (added, local) and these reads: an edit that changes none of them (`readsTouched`) leaves it as it was.
 */
export interface SecondPassReads {
  ids: string[];
  names: string[];
  codes: string[];
}

/** What changed among the discovered people between two linkings, as the second pass reads them (`readsTouched`). */
export interface DiscoveredDiff {
  /** people added, removed, changed (their JSON), or moved in the discovery order among those in both */
  ids: Set<string>;
  /** keys of people by name (offices.ts peopleByName) that the changed people had or have */
  names: Set<string>;
  /** countries (affiliations) the changed people had or have */
  codes: Set<string>;
  /** the words of each full name (and full alias) the changed people have now, as linkKnownDiscovered matches them */
  forms: string[][];
}

/**
 * The difference between the discovered people of the last linking (`before`: id → JSON, in discovery order) and
 * this one's. Every person whose entry or place in the order differs is in `ids`: the places of those in both are
 * compared as sequences, and everyone between the first and the last place where they differ counts as moved.
 */
export function discoveredDiff(before: Map<string, string>, after: Map<string, ActorInfo>): DiscoveredDiff {
  const changed: ActorInfo[] = [];
  const diff: DiscoveredDiff = { ids: new Set(), names: new Set(), codes: new Set(), forms: [] };
  const afterJson = new Map<string, string>();
  for (const [id, a] of after) afterJson.set(id, JSON.stringify(a));
  for (const [id, j] of afterJson) if (before.get(id) !== j) diff.ids.add(id);
  for (const id of before.keys()) if (!after.has(id)) diff.ids.add(id);
  const seqBefore = [...before.keys()].filter((id) => after.has(id));
  const seqAfter = [...after.keys()].filter((id) => before.has(id));
  let first = 0;
  while (first < seqBefore.length && seqBefore[first] === seqAfter[first]) first++;
  if (first < seqBefore.length) {
    let last = seqBefore.length - 1;
    while (last > first && seqBefore[last] === seqAfter[last]) last--;
    for (let k = first; k <= last; k++) {
      diff.ids.add(seqBefore[k]);
      diff.ids.add(seqAfter[k]);
    }
  }
  for (const id of diff.ids) {
    const was = before.get(id);
    for (const a of [was === undefined ? undefined : (JSON.parse(was) as ActorInfo), after.get(id)]) {
      if (!a) continue;
      // as peopleByName keys them (whatever the kind: more keys only mean more documents checked)
      for (const form of [a.name, ...a.aliases]) {
        const f = form.toLowerCase().replace(/\s+/g, ' ').trim();
        diff.names.add(f);
        const words = f.split(' ');
        if (words.length > 1) diff.names.add(words[words.length - 1]);
      }
      if (a.affiliation) diff.codes.add(a.affiliation);
    }
    const now = after.get(id);
    if (now) changed.push(now);
  }
  diff.forms = knownDiscoveredIndex(new Map(changed.map((a) => [a.id, a]))).words;
  return diff;
}

/**
 * Whether a document's second pass could read differently after `diff`: it read a changed person, name key or country,
 * or its text holds every word of a changed person's full name (a name linkKnownDiscovered would now try; its words are
 * letters and digits, which the matching text keeps as the body has them, so the body holding them is a superset test).
 */
export function readsTouched(reads: SecondPassReads, diff: DiscoveredDiff, body: string): boolean {
  if (reads.ids.some((id) => diff.ids.has(id))) return true;
  if (reads.names.some((k) => diff.names.has(k))) return true;
  if (reads.codes.some((c) => diff.codes.has(c))) return true;
  return diff.forms.some((words) => words.every((w) => body.includes(w)));
}

/** A copy of the discovered people as `discoveredDiff` reads the last linking: id → JSON, in discovery order. */
export function discoveredJson(discovered: Map<string, ActorInfo>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, a] of discovered) out.set(id, JSON.stringify(a));
  return out;
}

/** What the second pass needs besides the document: built once per thread from the final discovered people. */
export interface SecondPassContext {
  byId: Map<string, ActorEntry>;
  discovered: Map<string, ActorInfo>;
  known: KnownDiscovered;
  coref: (day: string) => CorefLookup;
  holders: OfficeHolders;
  names: PeopleByName;
}

export function secondPassContext(actors: ActorEntry[], discovered: Map<string, ActorInfo>): SecondPassContext {
  return {
    byId: new Map(actors.map((a) => [a.id, a])),
    discovered,
    known: knownDiscoveredIndex(discovered),
    coref: corefActors(actors, discovered),
    holders: officeHolders(actors, discovered),
    names: peopleByName(actors, discovered),
  };
}

/**
 * One linked document's second pass: full names discovered anywhere, titles before names, references. With `reads`,
 * what it reads of the discovered people is recorded there (SecondPassReads): every such read goes through the
 * lookups below (discovered people and references by id, office holders by country, people by name: only `get`).
 */
export function runSecondPass(dc: DocCtx, sp: SecondPassContext, reads?: SecondPassReads): void {
  if (!reads) {
    linkKnownDiscovered(dc, sp.discovered, sp.known);
    linkKnownAs(dc);
    dropTitlesBeforeNames(dc, sp.byId, sp.discovered);
    corefPass(dc, sp.coref(dc.day), sp.holders, sp.names);
    for (const m of placeOnlyCountryMentions(dc, (id) => sp.byId.get(id)?.kind)) m.placeOnly = true;
    return;
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  const codes = new Set<string>();
  const discovered = { get: (id: string) => (ids.add(id), sp.discovered.get(id)) };
  linkKnownDiscovered(dc, discovered, sp.known, (id) => ids.add(id));
  linkKnownAs(dc);
  dropTitlesBeforeNames(dc, sp.byId, discovered);
  const coref = sp.coref(dc.day);
  corefPass(
    dc,
    { get: (id) => (ids.add(id), coref.get(id)) },
    (code, day) => (codes.add(code), sp.holders(code, day)),
    { get: (k: string) => (names.add(k), sp.names.get(k)) } as PeopleByName,
  );
  const sorted = (x: Set<string>) => [...x].sort();
  for (const m of placeOnlyCountryMentions(dc, (id) => sp.byId.get(id)?.kind)) m.placeOnly = true;
  reads.ids = sorted(ids);
  reads.names = sorted(names);
  reads.codes = sorted(codes);
}

function restoreState(dc: DocCtx, occupied: number[][], mentions: Mention[]): void {
  dc.sents.forEach((sc, i) => {
    const o = occupied[i];
    sc.occupied = [];
    for (let k = 0; k < o.length; k += 2) sc.occupied.push({ start: o[k], end: o[k + 1] });
  });
  dc.mentions = mentions;
}

/**
 * How whoConclude changed the mentions' actors: one-word discoveries joined to full names (remap), then discovered people
 * renamed to their canonical spelling (rename). A document's concluded mentions are its second pass's mentions with these
 * two applied, sorted: the same second pass and the same two maps give the same mentions (parallel/project.ts keys on it).
 */
export interface ConcludeRenames {
  remap?: Map<string, string>;
  rename?: Map<string, string>;
  /**
   * set by the caller (an empty map) with `lists`: filled with each document's mentions, renamed and in the result's
   * order, and the result's `mentions` left empty (concludedByDocument: a list kept between compiles whose actors are
   * renamed as last time gives its last answer); its places and media left empty too: the caller takes each
   * document's places from its first pass (placesByDocument), and needs no media
   */
  byDocument?: Map<string, Mention[]>;
}

/**
 * The end of the who stage over every document's mentions (in linking order, after the second
 * pass): one-word discoveries joined to full names, canonical spellings, surface forms, final order.
 */
export function whoConclude(
  prep: WhoPrep,
  linked: WhoLinked,
  /** (or a function making them: called only when read — with `lists` and `renamed.byDocument`, seldom) */
  mentionsOrMake: Mention[] | (() => Mention[]),
  renamed?: ConcludeRenames,
  /**
   * the same mentions as one list per document (`mentions` is their concatenation, in order; each list one document's,
   * no document twice; the lists left unchanged): what the stage counts of each list is kept by the list, so that a
   * list kept between compiles (a long-lived process's cache in memory) is read once (concludeDocFacts)
   */
  lists?: readonly (readonly Mention[])[],
): MentionsResult {
  const { actors } = prep.setup;
  const problems = prep.problems;
  let made = typeof mentionsOrMake === 'function' ? null : mentionsOrMake;
  const all = (): Mention[] => (made ??= (mentionsOrMake as () => Mention[])());
  const byId = new Map(actors.map((a) => [a.id, a]));
  const { discovered, variants } = linked;
  const placeMentions = linked.places;
  const mediaMentions = linked.media;
  const surfaces = new Map<string, Set<string>>();

  // "President Horvat" (one word) and "Luka Horvat" (full name) discovered apart are one person
  const remap = new Map<string, string>();
  const fullBySurname = new Map<string, ActorInfo[]>();
  for (const a of discovered.values())
    if (a.name.split(/\s+/).length > 1) {
      // by the surname's skeleton: "Mr. Kozanbov" joins "Ana Ko-Zanboov"
      const k = skeleton(a.name.split(/\s+/).pop()!);
      const list = fullBySurname.get(k);
      if (list) list.push(a);
      else fullBySurname.set(k, [a]);
    }
  // the full names each word starts, in discovery order: familyNameOwner joins a one-word name only to the one full name
  // it starts among those named in its documents (it is asked only when one starts with it: with none it finds no owner)
  const firstWords = new Map<string, ActorInfo[]>();
  for (const a of discovered.values()) {
    const parts = a.name.split(/\s+/);
    if (parts.length > 1) (firstWords.get(parts[0]) ?? firstWords.set(parts[0], []).get(parts[0])!).push(a);
  }
  // each actor's documents, made once on the first one-word name that needs them
  let docsOfActor: DocsOfActor | undefined;
  for (const single of discovered.values()) {
    if (single.name.split(/\s+/).length > 1) continue;
    const full = fullBySurname.get(skeleton(single.name)) ?? [];
    if (full.length === 1) remap.set(single.id, full[0].id);
    else if (!full.length) {
      // "President Kozanbav" alone: the one full name whose surname it spells a letter apart
      const near = new Set(variants.near(single.name).filter((v) => discovered.get(v.item.id) === v.item && surnamesMatch(v.surname, single.name)).map((v) => v.item));
      if (near.size === 1) remap.set(single.id, [...near][0].id);
      // "President Han" beside "Han Seo Yun": a family name written first (who/family.ts)
      else if (!near.size && firstWords.has(single.name.trim())) {
        const owner = familyNameOwner(single, firstWords.get(single.name.trim())!, (docsOfActor ??= docsOfActors(all())));
        if (owner) remap.set(single.id, owner.id);
      }
    }
  }
  // a variant joins its fuller spelling unless either is already joined elsewhere, or others already join it
  const targets = new Set(remap.values());
  const facts = lists ? concludeFactsOf(lists) : null;
  // (the caller takes the mentions per document: the whole list is neither renamed nor sorted)
  const byDocument = facts && renamed?.byDocument ? renamed.byDocument : null;
  // (every document's mentions as one list: read below only without byDocument)
  const mentions = byDocument ? [] : all();
  for (const [from, to] of variantRemap(discovered, all, facts))
    if (!remap.has(from) && !remap.has(to) && !targets.has(from)) {
      remap.set(from, to);
      targets.add(to);
    }
  const joined = joinPeople(discovered, facts ? all : all(), actors, remap, facts ? lists : undefined); // who/join-people.ts
  addJoins(remap, joined);
  for (const [from, to] of remap) {
    const target = discovered.get(to)!;
    const src = discovered.get(from)!;
    if (!target.role && src.role) target.role = src.role;
    if (!target.affiliation && src.affiliation) target.affiliation = src.affiliation;
    discovered.delete(from);
  }
  addFileJoins(remap, discovered, joined);
  if (!byDocument) renameMentions(mentions, remap);
  const rename = canonicalSpellings(discovered, byDocument ? [] : mentions, byId, facts && spellingCounts(facts, discovered, remap));
  if (byDocument) {
    const stamp = renamesStamp(remap, rename);
    for (const l of lists!) if (l.length) byDocument.set(l[0].docId, concludedByDocument(l, remap, rename, stamp));
  }
  if (renamed) {
    renamed.remap = remap;
    renamed.rename = rename;
  }

  if (facts)
    // (each actor's surfaces over every document, summed once and kept up to date: concludeTotals)
    for (const [raw, forms] of concludeTotals(facts).surfaces) {
      const r = remap.get(raw) ?? raw;
      const id = rename.get(r) ?? r;
      let set = surfaces.get(id);
      if (!set) surfaces.set(id, (set = new Set()));
      for (const form of forms.keys()) set.add(form);
    }
  else
    for (const m of mentions)
      if ((m.via === 'name' || m.via === 'alias' || m.via === 'fuzzy' || m.via === 'discovered') && !m.placeOnly) {
        let set = surfaces.get(m.actorId);
        if (!set) surfaces.set(m.actorId, (set = new Set()));
        set.add(MULTI_SPACE.test(m.surface) ? m.surface.replace(/\s+/g, ' ') : m.surface);
      }

  const infos: ActorInfo[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    affiliation: a.affiliation ?? null,
    aliases: [...a.aliases],
    role: a.role ?? null,
    discovered: false,
    surfaceForms: [...(surfaces.get(a.id) ?? [])].sort(),
  }));
  for (const d of discovered.values()) if (!byId.has(d.id)) infos.push({ ...d, surfaceForms: [...(surfaces.get(d.id) ?? [])].sort() });

  return {
    mentions: byDocument ? [] : sortByDocument(mentions, (a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0)),
    places: byDocument ? [] : sortByDocument(placeMentions, (a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0)),
    media: byDocument ? [] : sortByDocument(mediaMentions, () => 0),
    actors: infos.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    problems,
  };
}

/**
 * nameVariantRemap (who/fuzzy.ts) of the discovered people and the mentions, made again only when what it reads changed:
 * each person's id and name, and the mentions of discovered people by the spelling they were found under (its weights
 * count those written in full). An edit that names no one new reads the same and gets the same joins; the last
 * result is kept in this module (any process: a pure function's memo, a few thousand pairs).
 */
function variantRemap(discovered: Map<string, ActorInfo>, mentions: () => Mention[], facts: ConcludeDocFacts[] | null): Map<string, string> {
  const people: [string, string][] = [];
  for (const a of discovered.values()) people.push([a.id, a.name]);
  const counts = new Map<string, number>();
  if (facts)
    for (const [id, forms] of concludeTotals(facts).found) {
      if (!discovered.has(id)) continue;
      for (const [form, n] of forms) counts.set(`${id}\u0000${form}`, n);
    }
  else
    for (const m of mentions())
      if (m.via === 'discovered' && discovered.has(m.actorId)) {
        const k = `${m.actorId}\u0000${m.surface}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
  // (compared as they are, not as one sorted JSON string: the people in order, the counts as a set of entries)
  const last = lastVariantRemap;
  const same =
    !!last &&
    last.people.length === people.length &&
    people.every((p, i) => p[0] === last.people[i][0] && p[1] === last.people[i][1]) &&
    last.counts.size === counts.size &&
    [...counts].every(([k, n]) => last.counts.get(k) === n);
  if (!same) lastVariantRemap = { people, counts, out: nameVariantRemap(discovered.values(), mentions()) };
  return new Map(lastVariantRemap!.out);
}
let lastVariantRemap: { people: [string, string][]; counts: Map<string, number>; out: Map<string, string> } | null = null;

/**
 * What whoConclude counts of one document's mentions, as they come from the second pass (before any renaming), each
 * list in the order of first appearance:
 *   - found: the discovered-person mentions by actor and surface as written, with their counts (variantRemap);
 *   - spelled: those whose surface, white space made single spaces, has two words or more, by actor and that form, with
 *     their counts (canonicalSpellings);
 *   - surfaces: the actors' surfaces, white space made single spaces (name, alias, fuzzy, discovered; not place-only).
 * The caller renames the actors (remap, then the canonical spellings) when it adds the documents up.
 */
interface ConcludeDocFacts {
  foundIds: string[];
  found: string[];
  foundCounts: number[];
  spelledIds: string[];
  spelled: string[];
  spelledCounts: number[];
  surfaceIds: string[];
  surfaces: string[];
}

const concludeByList = new WeakMap<readonly Mention[], ConcludeDocFacts>();

/**
 * Sums over every document's facts that whoConclude reads as sets and counts (no order): each actor's surfaces (with how
 * many documents have each) and each discovered-person mention's actor and surface (with its count). The last answer is
 * kept (any process) and brought up to date by the documents' facts gone and come since (facts are kept by their list:
 * an unchanged document's are the same object), not summed again over every document. Read only.
 */
interface ConcludeTotals {
  surfaces: Map<string, Map<string, number>>;
  found: Map<string, Map<string, number>>;
}

/** whoConclude asks twice per compile for the same list: the second time is the first's answer */
const conclude = new KeptSums<ConcludeDocFacts, ConcludeTotals>(() => ({ surfaces: new Map(), found: new Map() }), addConcludeFacts, true);
const concludeTotals = (facts: ConcludeDocFacts[]): ConcludeTotals => conclude.of(facts);

function addConcludeFacts(t: ConcludeTotals, facts: readonly ConcludeDocFacts[], sign: 1 | -1): void {
  const count = (m: Map<string, Map<string, number>>, id: string, form: string, n: number) => {
    let forms = m.get(id);
    if (!forms) m.set(id, (forms = new Map()));
    const c = (forms.get(form) ?? 0) + n;
    if (c) forms.set(form, c);
    else {
      forms.delete(form);
      if (!forms.size) m.delete(id);
    }
  };
  for (const f of facts) {
    for (let i = 0; i < f.surfaceIds.length; i++) count(t.surfaces, f.surfaceIds[i], f.surfaces[i], sign);
    for (let i = 0; i < f.foundIds.length; i++) count(t.found, f.foundIds[i], f.found[i], sign * f.foundCounts[i]);
  }
}

function concludeFactsOf(lists: readonly (readonly Mention[])[]): ConcludeDocFacts[] {
  const out: ConcludeDocFacts[] = [];
  for (const l of lists) {
    if (!l.length) continue;
    let f = concludeByList.get(l);
    if (!f) concludeByList.set(l, (f = concludeDocFacts(l)));
    out.push(f);
  }
  return out;
}

function concludeDocFacts(list: readonly Mention[]): ConcludeDocFacts {
  const f: ConcludeDocFacts = { foundIds: [], found: [], foundCounts: [], spelledIds: [], spelled: [], spelledCounts: [], surfaceIds: [], surfaces: [] };
  const found = new Map<string, number>();
  const spelled = new Map<string, number>();
  const surfaces = new Set<string>();
  for (const m of list) {
    const norm = MULTI_SPACE.test(m.surface) ? m.surface.replace(/\s+/g, ' ') : m.surface;
    if (m.via === 'discovered') {
      const k = `${m.actorId}\u0000${m.surface}`;
      const at = found.get(k);
      if (at === undefined) {
        found.set(k, f.found.length);
        f.foundIds.push(m.actorId);
        f.found.push(m.surface);
        f.foundCounts.push(1);
      } else f.foundCounts[at]++;
      if (norm.includes(' ')) {
        const s = `${m.actorId}\u0000${norm}`;
        const i = spelled.get(s);
        if (i === undefined) {
          spelled.set(s, f.spelled.length);
          f.spelledIds.push(m.actorId);
          f.spelled.push(norm);
          f.spelledCounts.push(1);
        } else f.spelledCounts[i]++;
      }
    }
    if ((m.via === 'name' || m.via === 'alias' || m.via === 'fuzzy' || m.via === 'discovered') && !m.placeOnly) {
      const s = `${m.actorId}\u0000${norm}`;
      if (surfaces.has(s)) continue;
      surfaces.add(s);
      f.surfaceIds.push(m.actorId);
      f.surfaces.push(norm);
    }
  }
  return f;
}

/**
 * One document's mentions as whoConclude's result holds them: each actor renamed (remap, then rename: a renamed mention a
 * copy), sorted by start, end and actor, equals kept in their order. Kept by the list with the actor each of its actors
 * became: a list whose actors become the same ones again gives its last answer (a copy of the array).
 */
function concludedByDocument(list: readonly Mention[], remap: Map<string, string>, rename: Map<string, string>, stamp: object): Mention[] {
  let kept = concludedByList.get(list);
  if (!kept) {
    const ids = [...new Set(list.map((m) => m.actorId))];
    if (list.some((m) => m.docId !== list[0].docId)) throw new Error('whoConclude: a list of mentions names more than one document');
    concludedByList.set(list, (kept = { ids, to: [], sorted: [], stamp: null }));
  }
  // (made under renames that read the same as these: the same answer, its actors not looked up again)
  if (kept.stamp === stamp && kept.sorted.length === list.length) return [...kept.sorted];
  kept.stamp = stamp;
  const to = kept.ids.map((id) => {
    const r = remap.get(id) ?? id;
    return rename.get(r) ?? r;
  });
  if (kept.sorted.length !== list.length || to.some((x, i) => x !== kept.to[i])) {
    const final = new Map<string, string>();
    kept.ids.forEach((id, i) => final.set(id, to[i]));
    const out = list.map((m) => {
      const id = final.get(m.actorId)!;
      return id === m.actorId ? m : { ...m, actorId: id };
    });
    if (out.length > 1) out.sort((a, b) => a.start - b.start || a.end - b.end || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
    kept.to = to;
    kept.sorted = out;
  }
  return [...kept.sorted];
}
const concludedByList = new WeakMap<readonly Mention[], { ids: string[]; to: string[]; sorted: Mention[]; stamp: object | null }>();

/**
 * The renames of a whoConclude (remap, then rename) as one object: the last call's when both maps hold the same entries
 * in the same order, else a new one. A list concluded under the same object is concluded under renames that read the
 * same (concludedByDocument gives its last answer without looking its actors up).
 */
function renamesStamp(remap: Map<string, string>, rename: Map<string, string>): object {
  const last = lastRenames;
  const same = (a: Map<string, string>, b: [string, string][]) => {
    if (a.size !== b.length) return false;
    let i = 0;
    for (const [k, v] of a) {
      if (b[i][0] !== k || b[i][1] !== v) return false;
      i++;
    }
    return true;
  };
  if (last && same(remap, last.remap) && same(rename, last.rename)) return last.stamp;
  lastRenames = { remap: [...remap], rename: [...rename], stamp: {} };
  return lastRenames.stamp;
}
let lastRenames: { remap: [string, string][]; rename: [string, string][]; stamp: object } | null = null;

/**
 * One document's places (its first pass's, in their order) as whoConclude's result holds them: sorted by start, end and
 * place, equals kept in their order; null when the list names another document. Kept by the list (a copy handed out).
 */
export function placesByDocument(list: readonly PlaceMention[], docId: string): PlaceMention[] | null {
  let sorted = placesByList.get(list);
  if (sorted === undefined) {
    sorted = list.some((p) => p.docId !== docId)
      ? null
      : [...list].sort((a, b) => a.start - b.start || a.end - b.end || (a.place < b.place ? -1 : a.place > b.place ? 1 : 0));
    placesByList.set(list, sorted);
  }
  return sorted && [...sorted];
}
const placesByList = new WeakMap<readonly PlaceMention[], PlaceMention[] | null>();

/**
 * canonicalSpellings' counts from the documents' facts: each discovered person (after `remap`) by the forms of two
 * words or more its mentions were found under, in the order the forms and the people first appear in the mentions.
 */
function spellingCounts(facts: ConcludeDocFacts[], discovered: Map<string, ActorInfo>, remap: Map<string, string>): Map<string, Map<string, number>> {
  // (last call's answer when what it reads is the same: the facts in the same order, each the same object or with the
  // same spelled lists — an edit that names nobody new — the same remap, and the same people by the same ids; the
  // answer is read only, by canonicalSpellings)
  const last = lastSpellingCounts;
  if (
    last &&
    last.facts.length === facts.length &&
    last.remap.size === remap.size &&
    last.people.size === discovered.size &&
    [...remap].every(([k, v]) => last.remap.get(k) === v) &&
    [...discovered].every(([k, a]) => last.people.get(k) === a.id) &&
    facts.every((f, i) => f === last.facts[i] || sameSpelled(f, last.facts[i]))
  ) {
    last.facts = facts;
    return last.out;
  }
  const counts = new Map<string, Map<string, number>>();
  for (const f of facts)
    for (let i = 0; i < f.spelledIds.length; i++) {
      const a = discovered.get(remap.get(f.spelledIds[i]) ?? f.spelledIds[i]);
      if (!a) continue;
      let c = counts.get(a.id);
      if (!c) counts.set(a.id, (c = new Map()));
      c.set(f.spelled[i], (c.get(f.spelled[i]) ?? 0) + f.spelledCounts[i]);
    }
  const people = new Map<string, string>();
  for (const [k, a] of discovered) people.set(k, a.id);
  lastSpellingCounts = { facts, remap: new Map(remap), people, out: counts };
  return counts;
}
let lastSpellingCounts: { facts: ConcludeDocFacts[]; remap: Map<string, string>; people: Map<string, string>; out: Map<string, Map<string, number>> } | null = null;

/** whether two documents' facts hold the same spelled forms, in the same order, with the same counts */
function sameSpelled(a: ConcludeDocFacts, b: ConcludeDocFacts): boolean {
  const n = a.spelled.length;
  if (b.spelled.length !== n) return false;
  for (let i = 0; i < n; i++) if (a.spelledIds[i] !== b.spelledIds[i] || a.spelled[i] !== b.spelled[i] || a.spelledCounts[i] !== b.spelledCounts[i]) return false;
  return true;
}

/**
 * Sorts in place by document id, start, end, then `tie`, keeping the order of equals (as one stable sort would): the
 * items are put in per-document lists in their order, the documents sorted, each list sorted on its own (no document
 * ids compared inside a list, and n log(n / documents) comparisons).
 */
export function sortByDocument<T extends { docId: string; start: number; end: number }>(list: T[], tie: (a: T, b: T) => number): T[] {
  const byDoc = new Map<string, T[]>();
  for (const x of list) {
    const l = byDoc.get(x.docId);
    if (l) l.push(x);
    else byDoc.set(x.docId, [x]);
  }
  const ids = [...byDoc.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let k = 0;
  for (const id of ids) {
    const l = byDoc.get(id)!;
    if (l.length > 1) l.sort((a, b) => a.start - b.start || a.end - b.end || tie(a, b));
    for (const x of l) list[k++] = x;
  }
  return list;
}

/** white space that `replace(/\s+/g, ' ')` changes: any but a plain space, or two in a row */
const MULTI_SPACE = /[^\S ]|\s\s/;

/**
 * A discovered person known under several spellings is named by the one most
 * mentions use (the first found on a tie), so a misspelling met first does not
 * become the name; the other spellings stay as aliases.
 */
function canonicalSpellings(discovered: Map<string, ActorInfo>, mentions: Mention[], byId: Map<string, ActorEntry>, counted?: Map<string, Map<string, number>> | null): Map<string, string> {
  const counts = counted ?? new Map<string, Map<string, number>>();
  if (!counted)
    for (const m of mentions) {
      if (m.via !== 'discovered') continue;
      const a = discovered.get(m.actorId);
      if (!a) continue;
      // white space made single spaces (copied only when there is any other), one word or more
      const form = MULTI_SPACE.test(m.surface) ? m.surface.replace(/\s+/g, ' ') : m.surface;
      if (!form.includes(' ')) continue;
      let c = counts.get(a.id);
      if (!c) counts.set(a.id, (c = new Map()));
      c.set(form, (c.get(form) ?? 0) + 1);
    }
  const rename = new Map<string, string>();
  for (const [id, c] of counts) {
    const a = discovered.get(id)!;
    // also spellings joined without becoming aliases ("Nicolaz Maduro" met first, "Nicolas Maduro" everywhere after)
    const forms = [a.name, ...a.aliases, ...[...c.keys()].filter((f) => sameSurnameForm(f, a.name))];
    let best = a.name;
    for (const f of forms) if ((c.get(f) ?? 0) > (c.get(best) ?? 0)) best = f;
    const written = best;
    best = withoutMiddleInitial(best); // "Anton J. Blinkov" → "Anton Blinkov" (who/family.ts)
    if (best === a.name) continue;
    const newId = slugify(best);
    if (!newId || discovered.has(newId) || byId.has(newId)) continue;
    discovered.delete(id);
    a.aliases = [...new Set([a.name, written, ...a.aliases])].filter((x) => x !== best);
    a.name = best;
    a.id = newId;
    discovered.set(newId, a);
    rename.set(id, newId);
  }
  renameMentions(mentions, rename);
  return rename;
}

/**
 * Each mention of a renamed actor replaced by a copy naming the new id; the others left as they are (the caller's
 * objects: a long-lived process keeps the second passes' mentions in memory between compiles, unchanged).
 */
function renameMentions(mentions: Mention[], to: Map<string, string>): void {
  if (!to.size) return;
  for (let i = 0; i < mentions.length; i++) {
    const id = to.get(mentions[i].actorId);
    if (id !== undefined && id !== mentions[i].actorId) mentions[i] = { ...mentions[i], actorId: id };
  }
}

/** Folded names of outlets: the lexicon's, and each document's own ("CNN Newsroom (transcript)" → also "cnn newsroom", "cnn"). */
export function outletNames(lexicon: Lexicon, docs: { meta: { outlet?: string | null } }[]): Set<string> {
  const out = new Set(lexicon.outlets.map((o) => fold(o)));
  // most documents share their outlet with many others: each outlet as written is read once (the set gains nothing the second time)
  const seen = new Set<string>();
  for (const d of docs) {
    const raw = d.meta.outlet ?? '';
    if (seen.has(raw)) continue;
    seen.add(raw);
    const o = raw.replace(/\([^)]*\)/g, '').trim();
    if (!o) continue;
    out.add(fold(o));
    const first = o.split(/\s+/)[0];
    if (/^\p{Lu}{2,}$/u.test(first)) out.add(fold(first));
  }
  return out;
}

/** Exact names, aliases and titles valid at the document's date. */
function exactPass(dc: DocCtx, forms: Form[], byId: Map<string, ActorEntry>, placeWords: Set<string>): void {
  const usable = (f: Form) => f.kind !== 'title' || titleValidOn(f, dc.day);
  for (const sc of dc.sents) {
    const hits = scan(sc.text, forms, dc.transcript, sc.tokens, usable).filter((h) => h.form.kind !== 'title' || titleFits(sc.text, h, byId));
    sc.titleHits = hits.filter((h) => h.form.kind === 'title');
    for (const h of resolveOverlaps(hits)) {
      if (sc.occupied.length && isOccupied(sc, h.start, h.end)) continue;
      if (h.form.kind === 'block' || !h.form.actorId) {
        sc.occupied.push({ start: h.start, end: h.end });
        continue;
      }
      const via = h.form.kind === 'title' ? 'title' : h.form.kind === 'name' ? 'name' : 'alias';
      const kind = byId.get(h.form.actorId)?.kind;
      const metonym = kind !== 'person' && placeWords.has(h.surface.toLowerCase().replace(/\s+/g, ' '));
      addMention(dc, sc, h.start, h.end, h.form.actorId, via, via === 'title' ? 0.9 : metonym ? 0.8 : 1);
    }
  }
}

/** A title is not the actor's when another nation or "former" qualifies it ("Ukraine's national security adviser"). */
function titleFits(text: string, h: Hit, byId: Map<string, ActorEntry>): boolean {
  const before = text.slice(0, h.start);
  if (/\b(former|ex-|then-|late|deputy|vice|acting|first)\s*$/i.test(before)) return false;
  const prev = /([\p{L}.]+)(?:'s)?\s+$/u.exec(before);
  const aff = byId.get(h.form.actorId ?? '')?.affiliation;
  if (prev && aff) {
    const code = nationCode(prev[1]);
    if (code && code !== aff) return false;
  }
  return true;
}

/** Registers discovered people (one actor across documents) and links their bare surnames in the document. */
function linkDiscoveries(dc: DocCtx, found: Discovery[], discovered: Map<string, ActorInfo>, bySurname: SurnameMap, variants: SurnameIndex<ActorInfo>): void {
  const local = linkInOrder(
    found,
    (d) => d.sc.s.index,
    (d) => isOccupied(d.sc, d.start, d.end),
    (d, actor) => addMention(dc, d.sc, d.start, d.end, actor.id, 'discovered', 0.8),
    discovered,
    bySurname,
    variants,
  );
  linkSurnames(dc, local);
}

/**
 * One document's discoveries joined to the people discovered so far, full names first (so "Mr. Horvat"
 * can join "Luka Horvat"), each skipped when its span is taken by then; `add` records each link.
 * The same decisions for a working context (linkDiscoveries) and for plain data (whoLinkData).
 * Returns the document's own people, in the order they were linked.
 */
function linkInOrder<D extends Omit<Discovery, 'sc'>>(
  found: D[],
  sentIndex: (d: D) => number,
  taken: (d: D) => boolean,
  add: (d: D, actor: ActorInfo) => void,
  discovered: Map<string, ActorInfo>,
  bySurname: SurnameMap,
  variants: SurnameIndex<ActorInfo>,
): ActorInfo[] {
  const local: ActorInfo[] = [];
  const words = (name: string) => name.split(/\s+/).length;
  const ordered = [...found].sort((a, b) => words(b.name) - words(a.name) || sentIndex(a) - sentIndex(b) || a.start - b.start);
  for (const d of ordered) {
    if (taken(d)) continue;
    const actor = findOrCreate(d, discovered, local, bySurname, variants);
    if (!local.includes(actor)) local.push(actor);
    add(d, actor);
  }
  return local;
}

/** Full names (two words or more) of discovered people, with the words each needs, in discovery order. */
interface KnownDiscovered {
  entries: { actor: ActorInfo; form: string }[];
  /** entry positions by each word of the form (hyphenated words in parts) */
  byWord: Map<string, number[]>;
  words: string[][];
}

function knownDiscoveredIndex(discovered: Map<string, ActorInfo>): KnownDiscovered {
  const kd: KnownDiscovered = { entries: [], byWord: new Map(), words: [] };
  for (const a of discovered.values()) {
    if (a.name.split(/\s+/).length <= 1) continue;
    for (const form of [a.name, ...a.aliases].filter((f) => f.split(/\s+/).length > 1)) {
      const i = kd.entries.length;
      const words = [...new Set(tokenize(form).flatMap((t) => t.text.split('-')))];
      kd.entries.push({ actor: a, form });
      kd.words.push(words);
      for (const w of words) {
        const list = kd.byWord.get(w);
        if (!list) kd.byWord.set(w, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }
  return kd;
}

/** Full names (two words or more) of people discovered in any document, then their bare surnames here. */
function linkKnownDiscovered(dc: DocCtx, discovered: Pick<Map<string, ActorInfo>, 'get'>, kd: KnownDiscovered, read?: (id: string) => void): void {
  // only the names whose every word (as written) occurs in the document
  const docWords = new Set<string>();
  for (const sc of dc.sents)
    for (const t of sc.tokens) {
      docWords.add(t.text);
      if (t.text.includes('-')) for (const part of t.text.split('-')) docWords.add(part);
    }
  const cand = new Set<number>();
  for (const w of docWords) for (const i of kd.byWord.get(w) ?? []) if (kd.words[i].every((x) => docWords.has(x))) cand.add(i);
  const here = new Set<ActorInfo>();
  for (const i of [...cand].sort((x, y) => x - y)) {
    const { actor: a, form } = kd.entries[i];
    read?.(a.id);
    {
      for (const sc of dc.sents) {
        if (isCreditLine(sc.text)) continue;
        for (const i of freeWholeWords(sc, form)) {
          addMention(dc, sc, i, i + form.length, a.id, 'discovered', 0.8);
          here.add(a);
        }
      }
    }
  }
  for (const m of dc.mentions) if (m.via === 'discovered') {
    const a = discovered.get(m.actorId);
    if (a) here.add(a);
  }
  linkSurnames(dc, [...here].sort((x, y) => (x.id < y.id ? -1 : 1)));
}

/** Later bare surnames ("Horvat") of people named in full in this document. */
function linkSurnames(dc: DocCtx, local: ActorInfo[]): void {
  // surname → the one person it names here (a surname two people share is ambiguous: skipped)
  const bySurname = new Map<string, ActorInfo | null>();
  for (const a of local)
    for (const form of [a.name, ...a.aliases]) {
      // the spelling variants merged into the person too ("Marbadzeeov" for "Marbadzeov")
      const parts = form.split(/\s+/);
      const surname = parts[parts.length - 1];
      if (parts.length < 2 || surname.length < 3) continue;
      bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== a ? null : a);
    }
  // a two-letter family name written first ("He Taolin"), later alone mid-sentence: "met He in …"
  const familyFirst = new Map<string, ActorInfo | null>();
  for (const a of local) {
    const parts = a.name.split(/\s+/);
    if (parts.length !== 2 || !/^\p{Lu}\p{Ll}$/u.test(parts[0]) || NAME_PARTICLES.has(fold(parts[0]))) continue;
    familyFirst.set(parts[0], familyFirst.has(parts[0]) && familyFirst.get(parts[0]) !== a ? null : a);
  }
  for (const sc of dc.sents)
    sc.tokens.forEach((t, i) => {
      const a = familyFirst.get(t.text);
      if (!a || i === 0 || isOccupied(sc, t.start, t.end)) return;
      const prev = sc.tokens[i - 1];
      const next = sc.tokens[i + 1];
      if (!/^\p{Ll}/u.test(prev.text) || sc.text.slice(prev.end, t.start) !== ' ') return;
      if (next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(sc.text.slice(t.end, next.start))) return;
      addMention(dc, sc, t.start, t.end, a.id, 'discovered', 0.75);
    });
  if (!bySurname.size) return;
  for (const sc of dc.sents)
    for (const t of sc.tokens) {
      const a = bySurname.get(t.text);
      if (!a || isOccupied(sc, t.start, t.end)) continue;
      // a surname that is also a common word ("Long") only before a speech verb
      if (isCommonWord(t.text) && !/^\s+(said|says|told|added|stated|noted|warned|met|spoke)\b/.test(sc.text.slice(t.end))) continue;
      addMention(dc, sc, t.start, t.end, a.id, 'discovered', 0.75);
    }
}

function surnameOf(name: string): string {
  const p = name.split(/\s+/);
  return fold(p[p.length - 1]);
}

function compatibleFirst(a: string, b: string): boolean {
  const x = fold(a.split(/\s+/)[0]).replace(/\.$/, '');
  const y = fold(b.split(/\s+/)[0]).replace(/\.$/, '');
  if (x === y) return true;
  if (x[0] !== y[0]) return false;
  if (x.length === 1 || y.length === 1) return true;
  return distance(x, y) <= 2;
}

/**
 * A spelling variant of someone already discovered: the same first name (or its
 * initial) and a surname a letter or two away by the name keys (a doubled or
 * dropped letter, a hyphen for a space; in a lower-case transcript, one more
 * misheard letter). Only when exactly one person qualifies.
 */
function spellingVariant(name: string, variants: SurnameIndex<ActorInfo>, lowerCase: boolean): ActorInfo | undefined {
  const [first, ...rest] = name.split(/\s+/);
  if (!rest.length) return undefined;
  const sn = rest.join(' ');
  const extra = lowerCase ? 1 : 0;
  const hits = new Set<ActorInfo>();
  for (const { surname, item } of variants.near(sn, extra)) {
    const parts = item.name.split(/\s+/);
    if (parts.length < 2 || !firstNamesAgree(parts[0], first)) continue;
    if (surnamesMatch(surname, sn, extra) || shortSurnameVariant(parts[0], first, surname, sn)) hits.add(item);
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** Discovered people with a full name (two words or more), by folded surname, in discovery order. */
type SurnameMap = Map<string, ActorInfo[]>;

function findOrCreate(d: Omit<Discovery, 'sc'>, all: Map<string, ActorInfo>, local: ActorInfo[], bySurname: SurnameMap, variants: SurnameIndex<ActorInfo>): ActorInfo {
  const id = slugify(d.name);
  const single = d.name.split(/\s+/).length === 1;
  let actor = all.get(id);
  if (!actor) {
    const sn = surnameOf(d.name);
    const same = (pool: Iterable<ActorInfo>) =>
      [...pool].filter((a) => surnameOf(a.name) === sn && a.name.split(/\s+/).length > 1 && (single || compatibleFirst(a.name, d.name)));
    const here = same(local);
    const anywhere = same(bySurname.get(sn) ?? []);
    actor = here.length === 1 ? here[0] : here.length === 0 && anywhere.length === 1 ? anywhere[0] : undefined;
    if (!actor && !single) {
      actor = spellingVariant(d.name, variants, !!d.lowerCase);
      if (actor && !actor.aliases.includes(d.name.replace(/\s+/g, ' '))) actor.aliases.push(d.name.replace(/\s+/g, ' '));
    }
  }
  if (!actor) {
    actor = { id, name: d.name.replace(/\s+/g, ' '), kind: 'person', affiliation: d.affiliation, aliases: [], role: d.role, discovered: true, surfaceForms: [] };
    all.set(id, actor);
    if (actor.name.split(/\s+/).length > 1) {
      variants.add(actor.name.split(/\s+/).slice(1).join(' '), actor);
      const k = surnameOf(actor.name);
      const list = bySurname.get(k);
      if (list) list.push(actor);
      else bySurname.set(k, [actor]);
    }
  } else {
    if (!actor.role && d.role) actor.role = d.role;
    if (!actor.affiliation && d.affiliation) actor.affiliation = d.affiliation;
    if (d.name.length > actor.name.length && !single && actor.name.split(/\s+/).length < d.name.split(/\s+/).length) {
      if (!actor.aliases.includes(actor.name)) actor.aliases.push(actor.name);
    }
  }
  return actor;
}

/**
 * "Foreign Minister Ana Kovač" is one mention of the name: a title right
 * before a person's name (an honorific, or one unmatched word of a garbled name,
 * may sit between) or right after the same person's name ("Kovach, the
 * Ukrainian president") is dropped.
 */
function dropTitlesBeforeNames(dc: DocCtx, byId: Map<string, ActorEntry>, discovered: Pick<Map<string, ActorInfo>, 'get'>): void {
  const isPerson = (id: string) => (byId.get(id)?.kind ?? discovered.get(id)?.kind) === 'person';
  const drop = new Set<Mention>();
  const sentByIndex = new Map(dc.sents.map((s) => [s.s.index, s]));
  const namesBySentence = new Map<number, Mention[]>();
  for (const x of dc.mentions)
    if (x.via !== 'title' && x.via !== 'pronoun' && x.via !== 'role' && isPerson(x.actorId)) {
      const list = namesBySentence.get(x.sentence);
      if (list) list.push(x);
      else namesBySentence.set(x.sentence, [x]);
    }
  for (const m of dc.mentions) {
    if (m.via !== 'title') continue;
    const sc = sentByIndex.get(m.sentence);
    if (!sc) continue;
    const names = namesBySentence.get(m.sentence) ?? [];
    const rel = m.end - sc.s.start;
    const after = sc.text.slice(rel);
    const gaps = [
      /^[\s,]*/.exec(after)?.[0].length ?? 0,
      /^[\s,]*(?:Sir|Dame|Mr|Mrs|Ms|Dr|Prince|Princess|Sheikh|Gen|General)\.?\s+/.exec(after)?.[0].length ?? -1,
    ];
    const garbled = /^[\s,]*\p{Lu}[\p{L}'-]*\s+/u.exec(after)?.[0].length ?? -1;
    const next = names.find(
      (x) => gaps.includes(x.start - sc.s.start - rel) || (x.actorId === m.actorId && x.start - sc.s.start - rel === garbled),
    );
    const relStart = m.start - sc.s.start;
    const prev = names.find(
      (x) => x.actorId === m.actorId && x.end - sc.s.start <= relStart && /^[\s,]*(?:the[\s,]+)*$/i.test(sc.text.slice(x.end - sc.s.start, relStart)),
    );
    if (next || prev) drop.add(m);
  }
  if (drop.size) dc.mentions = dc.mentions.filter((m) => !drop.has(m));
}

/**
 * The actors as coreference sees them on a given day (titles valid then), built
 * lazily: a document only looks up the few actors it mentions.
 */
function corefActors(actors: ActorEntry[], discovered: Map<string, ActorInfo>): (day: string) => CorefLookup {
  const byId = new Map<string, ActorEntry>();
  for (const a of actors) byId.set(a.id, a);
  const fromDiscovered = new Map<string, CorefActor>();
  for (const d of discovered.values()) if (!byId.has(d.id)) fromDiscovered.set(d.id, { ...d, roleTexts: d.role ? [d.role.toLowerCase()] : [] });
  const perDay = new Map<string, Map<string, CorefActor>>();
  return (day) => {
    let made = perDay.get(day);
    if (!made) {
      if (perDay.size > 64) perDay.clear();
      perDay.set(day, (made = new Map()));
    }
    const cache = made;
    return {
      get(id: string): CorefActor | undefined {
        const hit = cache.get(id) ?? fromDiscovered.get(id);
        if (hit) return hit;
        const a = byId.get(id);
        if (!a) return undefined;
        const c = corefActor(a, day);
        cache.set(id, c);
        return c;
      },
    };
  };
}

function corefActor(a: ActorEntry, day: string): CorefActor {
  {
    const titles = (a.titles ?? []).filter((t) => (!t.from || day >= t.from) && (!t.to || day <= t.to)).map((t) => t.title.toLowerCase());
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      affiliation: a.affiliation ?? null,
      aliases: a.aliases,
      role: a.role ?? null,
      discovered: false,
      surfaceForms: [],
      roleTexts: [...(a.role && !/^former\b/i.test(a.role) ? [a.role.toLowerCase()] : []), ...titles],
    };
  }
}

/** Warnings about the data file: an alias shared by two actors is ambiguous. */
function checkActors(actors: ActorEntry[], lexicon: Lexicon): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, Set<string>>();
  for (const a of actors)
    for (const f of [a.name, ...a.aliases]) {
      const k = f.replace(/[’]/g, "'").toLowerCase();
      let s = owners.get(k);
      if (!s) owners.set(k, (s = new Set()));
      s.add(a.id);
    }
  for (const [form, ids] of [...owners.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (ids.size > 1)
      problems.push({
        severity: 'warning',
        file: 'data/actors.yaml',
        line: null,
        message: `the name or alias "${form}" belongs to several actors: ${[...ids].sort().join(', ')}`,
        hint: 'keep it on one actor, or use a fuller name',
      });
  // one title designating two actors over overlapping dates
  const titled: { key: string; id: string; from: string; to: string }[] = [];
  for (const a of actors)
    for (const t of a.titles ?? []) titled.push({ key: t.title.toLowerCase(), id: a.id, from: t.from ?? '0000-00-00', to: t.to ?? '9999-99-99' });
  const reported = new Set<string>();
  for (const x of titled)
    for (const y of titled)
      if (x.id < y.id && x.key === y.key && x.from <= y.to && y.from <= x.to && !reported.has(`${x.key}|${x.id}|${y.id}`)) {
        reported.add(`${x.key}|${x.id}|${y.id}`);
        problems.push({
          severity: 'warning',
          file: 'data/actors.yaml',
          line: null,
          message: `the title "${x.key}" designates both ${x.id} and ${y.id} over the same period`,
          hint: 'give the titles dates (from/to) that do not overlap, or make one more specific',
        });
      }
  const never = new Set([...lexicon.outlets, ...lexicon.notPeople].map((s) => s.toLowerCase()));
  for (const a of actors)
    for (const f of [a.name, ...a.aliases])
      if (never.has(f.toLowerCase()))
        problems.push({
          severity: 'warning',
          file: 'data/actors.yaml',
          line: null,
          message: `"${f}" (actor ${a.id}) is also listed in data/lexicon.yaml as never a person; it will not be matched`,
          hint: 'remove it from one of the two files',
        });
  return problems;
}
