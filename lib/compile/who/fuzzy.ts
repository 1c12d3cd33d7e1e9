/**
 * Misheard and misspelt surnames ("Kovach" for Kovač, "Ana Kovack",
 * "Ivo Marich"): a token close to a known surname is linked only with
 * supporting context — the actor's first name right before it, a title of the
 * actor next to it, or an exact mention of the actor elsewhere in the document
 * — or when it is nearly identical. Common English words need the first name.
 */
import type { Mention } from '../types';
import type { DocCtx, PersonKey, SentCtx } from './context';
import type { Hit } from './forms';
import { addMention, isOccupied } from './context';
import { closeness, closenessOf, prepareWord, similarity, soundCodes, type Closeness, type PreparedWord } from './phonetic';
import { firstNamesAgree } from './namekeys';
import { royalTitleJoins } from './royal-titles';
import { distance } from 'fastest-levenshtein';
import { nationsOfTokens } from './sentence-memo';
import { DAY_MONTH, HONORIFICS, NAME_PARTICLES, PERSON_VERBS, ROLE_WORDS, fold, isAllCaps, isCap, isCommonWord, isFirstNameWord, isPlaceWord, nationCode, type Token } from './text';

/** title words that, right before a misheard surname in a caseless transcript, make it a person's name */
const PERSONAL_TITLES = new Set(['president', 'minister', 'secretary', 'chancellor', 'premier', 'envoy', 'ambassador', 'senator', 'spokesman', 'spokeswoman', 'aide', 'adviser', 'advisor', 'mr', 'mrs', 'ms']);

const RANK: Record<Closeness, number> = { strong: 3, medium: 2, loose: 1, none: 0 };
const BY_RANK: Closeness[] = ['none', 'loose', 'medium', 'strong'];

/** Distance (chars) within which a title of the actor counts as "next to" the token. */
const TITLE_NEAR = 60;

/** nationCode by a token's text, asked once per word (it is asked of every candidate token and every word of a sentence with a close surname) */
const nationMemo = new Map<string, string | null>();
function nationOf(text: string): string | null {
  let c = nationMemo.get(text);
  if (c === undefined) {
    if (nationMemo.size > 200000) nationMemo.clear();
    nationMemo.set(text, (c = nationCode(text)));
  }
  return c;
}

/** Hyphenated words are also read part by part ("Kovac-Horvat call"). */
function withParts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.text.includes('-')) {
      out.push(t);
      continue;
    }
    let pos = t.start;
    for (const part of t.text.split('-')) {
      out.push({ text: part, low: fold(part), start: pos, end: pos + part.length });
      pos += part.length + 1;
    }
  }
  return out;
}

/**
 * Two rounds: the first links what its own context supports; the second also
 * accepts plausible misspellings of people linked in the first (a document
 * whose every mention of a name is misspelt).
 */
export function fuzzyPass(dc: DocCtx, keys: PersonKey[]): void {
  const kx = keyIndex(keys);
  otherGivenName(dc, keys);
  const exact = new Set(dc.mentions.filter((m) => m.via === 'name' || m.via === 'alias' || m.via === 'title').map((m) => m.actorId));
  const round1 = fuzzyRound(dc, kx, new Set());
  const known = new Set(round1.filter((m) => m.score >= 0.7).map((m) => m.actorId));
  // a second round can only add something when the first linked someone not named exactly
  if ([...known].some((id) => !exact.has(id))) fuzzyRound(dc, kx, known);
  otherGivenName(dc, keys, true);
}

export const OTHER_GIVEN_NAME_RULE = {
  id: 'other-given-name',
  pattern: 'a known person\'s bare surname right after a given name that is none of that person\'s (a first-name word, or any name word after a title or kinship word)',
  effect: 'not that person: the surname\'s mention is dropped and its span freed, so the two words are found as another person (a spouse, a child, a sibling)',
  example: 'Tomas Kovani arrived with his wife, Ilsa Kovani.',
};

export const OTHER_GIVEN_NAME_FUZZY_RULE = {
  id: 'other-given-name-fuzzy',
  pattern: 'a word linked to a known person only as a misspelling of their surname (a fuzzy link), right after a capitalised name word that is no common word and none of that person\'s given names (nor a spelling of one)',
  effect: 'not that person: the link is dropped and the span freed, so the two words are found as another person',
  example: 'Avalonian President Kaspar Saldor arrived (Saldor is no misspelling of Tomas Salder\'s surname here)',
};

/** Words that announce a person's given name after them: a kinship noun or a courtesy title ("his wife Ilsa Alder", "first lady Ilsa Alder", "Madame Ilsa Alder"). */
const BEFORE_GIVEN = /^(?:wife|husband|spouse|widow|widower|son|daughter|brother|sister|mother|father|partner|lady|madame|madam|mme|mrs|ms|mr|miss)$/;

/**
 * "Ilsa Alder" where the data file knows "Tomas Alder" (other-given-name): the exact pass took "Alder" for Tomas Alder.
 * A first name that differs (no given name of the person, nor a spelling of one) names another person: the mention is
 * dropped and its span freed for discovery. The word before the surname must read as a given name: a first-name word of
 * the lexicon, or a capitalised name word right after a kinship noun or a courtesy title.
 */
export function otherGivenName(dc: DocCtx, keys: PersonKey[], fuzzy = false): void {
  let byActor = keysByActor.get(keys);
  if (!byActor) {
    byActor = new Map();
    for (const k of keys) if (k.givenNames.length && k.surnames.length) byActor.set(k.actorId, k);
    keysByActor.set(keys, byActor);
  }
  if (!byActor.size) return;
  const drop = new Set<Mention>();
  const sents = new Map(dc.sents.map((sc) => [sc.s.index, sc]));
  for (const m of dc.mentions) {
    if ((fuzzy ? m.via !== 'fuzzy' : m.via !== 'name' && m.via !== 'alias') || /\s/.test(m.surface)) continue;
    const key = byActor.get(m.actorId);
    if (!key || (!fuzzy && !key.surnames.some((sn) => fold(sn) === fold(m.surface)))) continue;
    const sc = sents.get(m.sentence)!;
    const rel = m.start - sc.s.start;
    const i = sc.tokens.findIndex((t) => t.start === rel);
    if (i < 1) continue;
    const prev = sc.tokens[i - 1];
    if (sc.text.slice(prev.end, rel) !== ' ' || !givenNameLike(prev) || isOccupied(sc, prev.start, prev.end)) continue;
    if (key.givenNames.some((g) => g === prev.low || firstNamesAgree(g, prev.low))) continue;
    const before = i >= 2 ? sc.tokens[i - 2] : null;
    const cued = !!before && /^[\s,]+$/.test(sc.text.slice(before.end, prev.start)) && BEFORE_GIVEN.test(before.low.replace(/\.$/, ''));
    // a misspelt surname (a fuzzy link) after any name word that is none of the person's given names: another person (OTHER_GIVEN_NAME_FUZZY_RULE)
    if (!cued && !(fuzzy && !isCommonWord(prev.text)) && (!isFirstNameWord(prev.text) || isCommonWord(prev.text))) continue;
    drop.add(m);
  }
  if (!drop.size) return;
  dc.mentions = dc.mentions.filter((m) => !drop.has(m));
  const freed = new Set<string>();
  for (const m of drop) {
    const sc = sents.get(m.sentence)!;
    const rel = m.start - sc.s.start;
    sc.occupied = sc.occupied.filter((o) => !(o.start === rel && o.end === m.end - sc.s.start));
    freed.add(`${m.sentence}:${rel}`);
  }
  freedSpans.set(dc, freed);
}

/** The surnames otherGivenName freed, by "sentence:start": no misspelling of the same person either. */
const freedSpans = new WeakMap<DocCtx, Set<string>>();

const keysByActor = new WeakMap<PersonKey[], Map<string, PersonKey>>();

/** A capitalised word that can be a given name: letters only, three or more, no title, nation, place, day or particle. */
function givenNameLike(t: Token): boolean {
  if (!isCap(t.text) || isAllCaps(t.text) || t.text.length < 3 || !/^\p{L}[\p{L}'’-]*$/u.test(t.text)) return false;
  const low = t.low;
  if (HONORIFICS.has(low) || ROLE_WORDS.has(low) || DAY_MONTH.has(low) || NAME_PARTICLES.has(low) || nationOf(t.text)) return false;
  return !(isPlaceWord(t.text) && !isFirstNameWord(t.text));
}

/** A known person's closeness to one token (the best over the person's surnames). */
interface KeyMatch {
  key: PersonKey;
  c: Closeness;
  dist: number;
  /** the key's position in the keys */
  at: number;
}

/**
 * Built once per set of keys (one compile): surnames by first letter, by
 * sound code and by deletion neighbourhood, so a token is compared only with
 * the surnames that can be close to it; and each token's matches, cached.
 */
interface KeyIndex {
  keys: PersonKey[];
  allFirst: Set<string>;
  /** every folded surname */
  surnames: Set<string>;
  firstNames: Map<PersonKey, Set<string>>;
  affiliation: Map<string, string | null>;
  /** key positions by a surname's folded first letter, sound code, or a string ≤ k deletions away */
  byInitial: Map<string, number[]>;
  /** key positions by the first five letters of a surname */
  byPrefix: Map<string, number[]>;
  bySound: Map<string, number[]>;
  byDeletion: Map<string, number[]>;
  /** the largest deletion count used for any surname */
  maxK: number;
  /** matches by word: [article, transcript] × [narrow, wide] */
  cache: [Map<string, KeyMatch[]>, Map<string, KeyMatch[]>, Map<string, KeyMatch[]>, Map<string, KeyMatch[]>];
  /** keys strong for a (joined) transcript word, by word (strongKeys) */
  strong: Map<string, PersonKey[]>;
  /** each key's surnames made ready for closenessOf, by key position */
  prepared: PreparedWord[][];
  /** key positions by a folded first name, and by actor id (the keys a wide lookup can accept by the initial alone) */
  byFirst: Map<string, number[]>;
  byActor: Map<string, number[]>;
  /** the folded surnames' first letters of each key, by key position */
  initials: Set<string>[];
}

const keyIndexCache = new WeakMap<PersonKey[], KeyIndex>();

function pushTo(map: Map<string, number[]>, k: string, i: number): void {
  const list = map.get(k);
  if (!list) map.set(k, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** Every string obtained from `w` by deleting at most `k` characters. */
function deletions(w: string, k: number, out = new Set<string>()): Set<string> {
  out.add(w);
  if (k > 0 && w.length > 0) for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    if (!out.has(d)) deletions(d, k - 1, out);
  }
  return out;
}

/** Edits within which a surname may still be "close" by spelling alone (see phonetic.closeness). */
const editBudget = (surname: string): number => Math.max(1, Math.floor(surname.length / 4));

function keyIndex(keys: PersonKey[]): KeyIndex {
  let kx = keyIndexCache.get(keys);
  if (kx) return kx;
  kx = {
    keys,
    allFirst: new Set(keys.flatMap((k) => k.firstNames.map(fold))),
    surnames: new Set(keys.flatMap((k) => k.surnames.map(fold))),
    firstNames: new Map(keys.map((k) => [k, new Set(k.firstNames.map(fold))])),
    affiliation: new Map(keys.map((k) => [k.actorId, k.affiliation])),
    byInitial: new Map(),
    byPrefix: new Map(),
    bySound: new Map(),
    byDeletion: new Map(),
    maxK: 1,
    cache: [new Map(), new Map(), new Map(), new Map()],
    strong: new Map(),
    prepared: keys.map((k) => k.surnames.map(prepareWord)),
    byFirst: new Map(),
    byActor: new Map(),
    initials: keys.map((k) => new Set(k.surnames.map((sn) => fold(sn)[0] ?? ''))),
  };
  keys.forEach((key, i) => {
    for (const f of new Set(key.firstNames.map(fold))) pushTo(kx!.byFirst, f, i);
    pushTo(kx!.byActor, key.actorId, i);
    for (const sn of key.surnames) {
      const b = fold(sn);
      pushTo(kx!.byInitial, b[0] ?? '', i);
      if (b.length >= 5) pushTo(kx!.byPrefix, b.slice(0, 5), i);
      for (const code of soundCodes(b)) pushTo(kx!.bySound, code, i);
      const k = editBudget(b);
      kx!.maxK = Math.max(kx!.maxK, k);
      for (const d of deletions(b, k)) pushTo(kx!.byDeletion, d, i);
    }
  });
  keyIndexCache.set(keys, kx);
  return kx;
}

/**
 * The keys close to a token, in key order. A surname can be close only when
 * it shares the token's first letter, a sound code, or lies within its edit
 * budget (then both reduce to a common string by that many deletions): the
 * other surnames are "none" by construction and never compared.
 */
function matchesFor(kx: KeyIndex, low: string, transcript: boolean, wide = true): KeyMatch[] {
  const cache = kx.cache[(transcript ? 1 : 0) + (wide ? 2 : 0)];
  let found = cache.get(low);
  if (found) return found;
  const cand = new Set<number>();
  // only a "loose" match comes from the initial alone, and it needs a first name or title next to it (wide)
  if (wide) for (const i of kx.byInitial.get(low[0] ?? '') ?? []) cand.add(i);
  if (low.length >= 5) for (const i of kx.byPrefix.get(low.slice(0, 5)) ?? []) cand.add(i);
  for (const code of soundCodes(low)) for (const i of kx.bySound.get(code) ?? []) cand.add(i);
  // a surname within its edit budget k = max(1, ⌊L/4⌋) of the token is at most k letters longer, so k ≤ ⌊n/3⌋ for a
  // token of n letters (k ≥ 2): deeper deletions of the token would add only surnames close by sound or by their first
  // five letters (found above) or loose by the initial, which fuzzyRound accepts only with a first name or a title near
  // (a wide lookup, which has every surname of the initial)
  for (const d of deletions(low, Math.min(kx.maxK, Math.max(1, Math.floor(low.length / 3))))) for (const i of kx.byDeletion.get(d) ?? []) cand.add(i);
  found = [];
  const tw = prepareWord(low);
  for (const i of [...cand].sort((a, b) => a - b)) {
    const key = kx.keys[i];
    const best = closestOf(tw, kx.prepared[i], transcript);
    if (best > 0) found.push({ key, c: BY_RANK[best >> 10], dist: best & 1023, at: i });
  }
  if (cache.size > 200000) cache.clear();
  cache.set(low, found);
  return found;
}

/**
 * The closest of a key's prepared surnames to the token, packed as closenessOf packs it (rank << 10 | distance): the
 * highest rank, then the smallest distance; 0 when none is close at all (a surname not close never decides).
 */
function closestOf(tw: PreparedWord, surnames: readonly PreparedWord[], transcript: boolean): number {
  let rank = 0;
  let dist = 99;
  for (const sw of surnames) {
    const cd = closenessOf(tw, sw, transcript);
    const r = cd >> 10;
    const d = cd & 1023;
    if (r === 0) continue;
    if (r > rank || (r === rank && d < dist)) {
      rank = r;
      dist = d;
    }
  }
  return rank > 0 ? (rank << 10) | dist : 0;
}

/**
 * matchesFor(kx, low, transcript, true) as fuzzyRound reads it, from the narrow lookup (`narrow`: no "same initial"
 * candidates): a key that only the initial brings can be no more than loose (strong and medium share a sound code, the
 * first five letters or a deletion neighbour with the token: the narrow indexes), and fuzzyRound accepts a loose key only
 * with the person's first name right before the token or a title of the person in the sentence. So only those keys (of
 * `prevLow`'s first name, of the actors of `hits`) are compared besides the narrow matches, instead of every surname of
 * the initial; the others could change nothing. Key order kept.
 */
function wideMatches(kx: KeyIndex, low: string, transcript: boolean, narrow: KeyMatch[], prevLow: string | null, hits: Hit[]): KeyMatch[] {
  const ctx = new Set<number>();
  if (prevLow !== null) for (const i of kx.byFirst.get(prevLow) ?? []) ctx.add(i);
  for (const h of hits) if (h.form.actorId !== undefined) for (const i of kx.byActor.get(h.form.actorId) ?? []) ctx.add(i);
  if (!ctx.size) return narrow;
  const initial = low[0] ?? '';
  let extra: KeyMatch[] | null = null;
  let tw: PreparedWord | null = null;
  for (const i of ctx) {
    if (!kx.initials[i].has(initial) || narrow.some((m) => m.at === i)) continue;
    tw ??= prepareWord(low);
    const best = closestOf(tw, kx.prepared[i], transcript);
    if (best > 0) (extra ??= []).push({ key: kx.keys[i], c: BY_RANK[best >> 10], dist: best & 1023, at: i });
  }
  if (!extra) return narrow;
  return [...narrow, ...extra].sort((a, b) => a.at - b.at);
}

/**
 * The keys with a surname "strong" for `low` in a transcript: the keys of matchesFor(kx, low, true, false)
 * whose closeness is strong, in key order. A strong surname is the same word or sounds the same, so
 * it shares a sound code with `low`: the sound index alone finds every candidate (no deletion
 * neighbourhood, the costly part of a lookup, for the many joined word pairs of a transcript).
 */
function strongKeys(kx: KeyIndex, low: string): PersonKey[] {
  let found = kx.strong.get(low);
  if (found) return found;
  const cand = new Set<number>();
  for (const code of soundCodes(low)) for (const i of kx.bySound.get(code) ?? []) cand.add(i);
  found = [];
  for (const i of [...cand].sort((a, b) => a - b)) {
    const key = kx.keys[i];
    if (key.surnames.some((sn) => closeness(low, sn, true) === 'strong')) found.push(key);
  }
  if (kx.strong.size > 200000) kx.strong.clear();
  kx.strong.set(low, found);
  return found;
}

function fuzzyRound(dc: DocCtx, kx: KeyIndex, alsoKnown: Set<string>): Mention[] {
  const added: Mention[] = [];
  const allFirst = kx.allFirst;
  const exactlyMentioned = new Set(dc.mentions.filter((m) => m.via === 'name' || m.via === 'alias' || m.via === 'title').map((m) => m.actorId));
  for (const id of alsoKnown) exactlyMentioned.add(id);
  const affiliation = kx.affiliation;
  // a transcript without capitals: a lower-case word may still be a name
  const caseless = dc.transcript && isCaseless(dc);
  const freed = freedSpans.get(dc);
  for (const sc of dc.sents) {
    const toks = withParts(sc.tokens);
    // the nations the sentence names, made on first need (most sentences have no close surname at all)
    let nationSet: Set<string> | null = null;
    const nations = () => (nationSet ??= nationsOfTokens(sc.tokens, nationOf));
    /** a person mentioned exactly in the document (or known to it), or whose nation the sentence names */
    const knownElsewhere = (id: string): boolean => {
      if (exactlyMentioned.has(id)) return true;
      const aff = affiliation.get(id);
      return !!aff && nations().has(aff);
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      // never a candidate (candidateToken's first test), whatever the case: no sentence-start test for it
      if (t.low.length < 4 || /\d/.test(t.text)) continue;
      // a lower-cased sentence start (damaged text: "tromp warned …") stands where a capital would
      // (before a speech verb, any close surname; elsewhere only a surname exactly)
      const cap = isCap(t.text);
      let verbAfter = false;
      let exactOnly = false;
      if (!cap && !dc.transcript) {
        // otherwise a lower-case word is no candidate (candidateToken: neither transcript nor capital-like): only at a
        // sentence start can it be one (away from it, neither verbAfter nor exactOnly holds), so that is asked first (most
        // words are away from a stop: atSentenceStart's first test), then whether it is a surname or before a speech verb
        if (!atSentenceStart(sc.text, t.start)) continue;
        const surname = kx.surnames.has(t.low);
        const verbNext = PERSON_VERBS.has(/^\s+([a-z]+)/.exec(sc.text.slice(t.end, t.end + 24))?.[1] ?? '');
        if (!surname && !verbNext) continue;
        verbAfter = verbNext;
        exactOnly = !verbAfter && surname;
      }
      const capLike = cap || verbAfter || exactOnly;
      if (!candidateToken(t, sc, dc.transcript, allFirst, capLike)) continue;
      if (freed?.has(`${sc.s.index}:${t.start}`)) continue;
      const prev = i > 0 ? toks[i - 1] : null;
      const prevAdjacent = prev && /^\s+$/.test(sc.text.slice(prev.end, t.start)) && !isOccupied(sc, prev.start, prev.end) ? prev : null;
      const wide = (!!prevAdjacent && allFirst.has(prevAdjacent.low)) || sc.titleHits.length > 0;
      const narrow = matchesFor(kx, t.low, dc.transcript, false);
      const matches = wide ? wideMatches(kx, t.low, dc.transcript, narrow, prevAdjacent?.low ?? null, sc.titleHits) : narrow;
      if (!matches.length) continue;
      // "Khalid bin Faris Al Korvani": the last word of another person's particle name
      const head = particleChainHead(sc, toks, i);
      const common = isCommonWord(t.text);
      let best: { key: PersonKey; rank: number; dist: number; withFirst: boolean } | null = null;
      let tie = false;
      for (const { key, c, dist } of matches) {
        if (exactOnly && dist !== 0) continue;
        if (head && ![...kx.firstNames.get(key)!].some((f) => firstNamesAgree(f, head.low))) continue;
        const withFirst = !!prevAdjacent && kx.firstNames.get(key)!.has(prevAdjacent.low);
        const titleNear = sc.titleHits.some(
          (h) => h.form.actorId === key.actorId && (Math.abs(h.end - t.start) <= TITLE_NEAR || Math.abs(t.end - h.start) <= TITLE_NEAR),
        );
        // "Petrova" for "Petrov": a feminine form names another person unless first name or title say otherwise
        const feminine = key.surnames.some((sn) => t.low === `${fold(sn)}a`);
        let ok = false;
        if (common || (!capLike && !caseless)) ok = withFirst;
        else if (feminine) ok = withFirst || titleNear;
        else if (c === 'strong') ok = true;
        // a medium match with neither: known by an exact mention elsewhere, by its nation named in the sentence (read for
        // this alone), or — a text without capitals — by a title word right before it ("president trum"), like a title hit
        else if (c === 'medium') ok = withFirst || titleNear || knownElsewhere(key.actorId) || (caseless && !!prevAdjacent && PERSONAL_TITLES.has(prevAdjacent.low));
        else if (c === 'loose') ok = withFirst || titleNear;
        if (!ok) continue;
        const rank = RANK[c] + (withFirst ? 2 : 0) + (titleNear ? 1 : 0);
        if (!best || rank > best.rank || (rank === best.rank && dist < best.dist)) {
          best = { key, rank, dist, withFirst };
          tie = false;
        } else if (rank === best.rank && dist === best.dist && key.actorId !== best.key.actorId) tie = true;
      }
      if (!best || tie) continue;
      // the whole particle name when its first word is the person's ("Yusuf bin Rashid al-Dervani")
      const start = head ? head.start : best.withFirst && prevAdjacent ? prevAdjacent.start : t.start;
      const score = best.rank >= 4 ? 0.8 : best.rank >= 2 ? 0.7 : 0.6;
      added.push(addMention(dc, sc, start, t.end, best.key.actorId, 'fuzzy', score));
    }
    if (dc.transcript) added.push(...splitSurnames(dc, sc, toks, kx));
  }
  return added;
}

/** A transcript without capitals (fewer than 3 % of its words capitalised): a lower-case word may still be a name. Once per document. */
const caselessDocs = new WeakMap<DocCtx, boolean>();
function isCaseless(dc: DocCtx): boolean {
  let c = caselessDocs.get(dc);
  if (c === undefined) {
    // the words (a letter first, not "I") and the capitalised ones among them, counted in one walk
    let all = 0;
    let caps = 0;
    for (const sc of dc.sents)
      for (const t of sc.tokens)
        if (/^\p{L}/u.test(t.text) && t.text !== 'I') {
          all++;
          if (isCap(t.text)) caps++;
        }
    c = all > 0 && caps / all < 0.03;
    caselessDocs.set(dc, c);
  }
  return c;
}

/**
 * Speech recognition splits a surname into ordinary words ("Ivan Kov ach"
 * for Ivan Kovach). Two adjacent words that together are (nearly) a known
 * surname are that person only with the strongest context: the person's first
 * name right before them, or one of the person's titles next to them.
 */
function splitSurnames(dc: DocCtx, sc: SentCtx, toks: Token[], kx: KeyIndex): Mention[] {
  const added: Mention[] = [];
  const adjacent = (a: Token, b: Token) => sc.text.slice(a.end, b.start) === ' ';
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i];
    const b = toks[i + 1];
    if (!adjacent(a, b) || /\d/.test(a.text + b.text)) continue;
    if (isOccupied(sc, a.start, b.end)) continue;
    const joined = a.low + b.low;
    if (joined.length < 5) continue;
    const prev = i > 0 && adjacent(toks[i - 1], a) && !isOccupied(sc, toks[i - 1].start, toks[i - 1].end) ? toks[i - 1] : null;
    // a key needs its first name before the pair or its title next to it: with no first name of any key there and no
    // title next to it, no key can (the surnames' lookup, a sound code of the joined pair, is skipped)
    if (!(prev && kx.allFirst.has(prev.low)) && !sc.titleHits.some((h) => Math.abs(h.end - a.start) <= 2 || Math.abs(b.end - h.start) <= 2)) continue;
    const ok: { key: PersonKey; withFirst: boolean }[] = [];
    for (const key of strongKeys(kx, joined)) {
      const withFirst = !!prev && kx.firstNames.get(key)!.has(prev.low);
      const titleNear = sc.titleHits.some((h) => h.form.actorId === key.actorId && (Math.abs(h.end - a.start) <= 2 || Math.abs(b.end - h.start) <= 2));
      if (withFirst || titleNear) ok.push({ key, withFirst });
    }
    if (new Set(ok.map((o) => o.key.actorId)).size !== 1) continue;
    const start = ok[0].withFirst && prev ? prev.start : a.start;
    added.push(addMention(dc, sc, start, b.end, ok[0].key.actorId, 'fuzzy', 0.7));
    i++;
  }
  return added;
}

export const PARTICLE_CHAIN_RULE = {
  id: 'particle-chain-name',
  pattern: 'a surname-like word ending a capitalised name joined by particles (bin, ibn, al, el, van, de…)',
  effect: 'linked to a known person only when the chain starts with that person’s first name (or a spelling of it: Yusuf/Yousef)',
  example: 'Khalid bin Faris Al Korvani (not Faris bin Nasser Al Korvani); Omar bin Rashid Al Dervani (not Saif bin Rashid)',
};

/**
 * The first word of a particle name that token i ends ("Khalid" for "Nahyan" in
 * "Khalid bin Faris Al Korvani"), or null when no particle joins it to words before.
 */
export function particleChainHead(sc: SentCtx, toks: Token[], i: number): Token | null {
  let head: Token | null = null;
  let particle = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j];
    const gap = sc.text.slice(t.end, toks[j + 1].start);
    const isParticle = NAME_PARTICLES.has(t.low);
    if (!(gap === ' ' || (gap === '-' && isParticle))) break;
    if (isParticle) {
      particle = true;
      continue;
    }
    if (!isCap(t.text) || isOccupied(sc, t.start, t.end) || HONORIFICS.has(t.low) || nationOf(t.text)) break;
    head = t;
  }
  return particle ? head : null;
}

/** True at the start of a sentence or of a sentence run into it (after a full stop or a line break). */
function atSentenceStart(text: string, pos: number): boolean {
  // past the eighth character, both patterns need a stop or a line break among the eight characters before
  if (pos > 8) {
    let stop = false;
    for (let i = pos - 8; i < pos && !stop; i++) {
      const ch = text.charCodeAt(i);
      stop = ch === 46 || ch === 33 || ch === 63 || ch === 10; // . ! ? \n
    }
    if (!stop) return false;
  }
  const before = text.slice(Math.max(0, pos - 8), pos);
  return (pos === before.length && /^\s*["'“‘]?$/.test(before)) || /(?:[.!?]["'”’)]*\s+|\n)\s*["'“‘]?$/.test(before);
}

function candidateToken(t: Token, sc: SentCtx, transcript: boolean, firstNames: Set<string>, capLike = isCap(t.text)): boolean {
  if (t.low.length < 4 || /\d/.test(t.text)) return false;
  if (!transcript && !capLike) return false;
  if (isAllCaps(t.text)) return false;
  if (isOccupied(sc, t.start, t.end)) return false;
  if (DAY_MONTH.has(t.low) || nationOf(t.text)) return false;
  if (firstNames.has(t.low)) return false;
  return true;
}

export const NAME_VARIANT_RULE = {
  id: 'discovered-name-variant',
  pattern:
    'two discovered people\'s names, particles (al-, el-, de, da, van, bin …) and quotes left out: the same first part, the shorter name\'s parts in order among the longer\'s (its first parts, or ending on the same surname), every pair the same or one letter apart (four letters or more), at most one pair not the same, and one same part of four letters or more that is no common given name',
  effect: 'one person: the spelling written in full less often (then the one with fewer parts, then the shorter) is joined to the other (only when exactly one person fits)',
  example: 'Ilsa al-Korvani / Ilsa Korvani; Marcos Amadeo Birch da Costa / Markos Amadeo (not Tomas Korvani / Ilsa Korvani)',
};

/** A name's parts for comparison: folded, letters only, particles and glued articles left out. */
export function nameParts(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.replace(/["“”«»()]/g, ' ').split(/\s+/)) {
    if (!raw) continue;
    const w = fold(raw).replace(/^(?:al|el|ad|ash|as|az|ar|an)-/, '');
    if (NAME_PARTICLES.has(w) || !w) continue;
    const sk = w.replace(/[^\p{L}]/gu, '');
    if (sk) out.push(sk);
  }
  return out;
}

const partsAgree = (a: string, b: string): boolean => a === b || (a.length >= 4 && b.length >= 4 && a[0] === b[0] && distance(a, b) <= 1);

export const NAME_VARIANT_SURNAMES_RULE = {
  id: 'discovered-name-surnames',
  pattern:
    'two discovered people\'s names, accents folded, particles and quotes left out: the shorter (two parts or more) is the longer\'s last parts, every pair the same or one letter apart, at most one not the same; its first part is no given name while the longer opens on one (the given names left out), one same part of four letters or more that is no given name; never names with a patronymic (bin, ibn, ben, bint, ould)',
  effect: 'one person under the full name and the surnames alone (joined as NAME_VARIANT_RULE, only when exactly one person fits)',
  example: 'Anna Maria Córvani Birchet / Corvani Birchet (not Tomas Corvani Birchet / Anna Corvani Birchet, not Rashid bin Faris Korvani / Faris Korvani)',
};

const PATRONYMIC = /(?:^|\s)(?:bin|ibn|ben|bint|ould)\s/i;

/** NAME_VARIANT_SURNAMES_RULE: `a` (the shorter's parts) is `b`'s surnames alone, the given names left out. */
function surnamesAlone(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length >= b.length || isFirstNameWord(a[0]) || !isFirstNameWord(b[0])) return false;
  const tail = b.slice(b.length - a.length);
  if (!a.every((p, i) => partsAgree(p, tail[i]))) return false;
  if (a.filter((p, i) => p !== tail[i]).length > 1) return false;
  return a.some((p, i) => p === tail[i] && p.length >= 4 && !isFirstNameWord(p));
}

export const NAME_VARIANT_TRANSLITERATED_RULE = {
  id: 'discovered-name-transliterated',
  pattern:
    'two discovered people\'s names of as many parts (two or more), particles (al-, el- …) left out, every part the same once written as romanisations of one sound write it alike (q and ck as k, ph as f, a doubled letter once, ou and oo as u, ee as i, a final -i or -y after a consonant left out), the surnames five letters or more; at least one part spelt otherwise, none only the other with a final -i or -y added',
  effect: 'one person (joined as NAME_VARIANT_RULE: the spelling written in full less often joins the other, only when exactly one person fits)',
  example: 'Karim Qassoum / Kareem al-Kassoumi; Tomas Vellouri / Tomas Velluri (not Karim Qassoum / Karim Qassoumov, not Karim Qassoum / Nadia Qassoum, not Karim Hassan / Karim Hassani)',
};

/** transliterationKey's answers by part: asked for every pair of candidate names at every conclusion (a dev loop's edits) */
const TRANSLITERATION_KEYS = new Map<string, string>();

/** A name part as romanisations of one sound write it alike (NAME_VARIANT_TRANSLITERATED_RULE). */
export function transliterationKey(part: string): string {
  const known = TRANSLITERATION_KEYS.get(part);
  if (known !== undefined) return known;
  const w = spellAlike(part);
  TRANSLITERATION_KEYS.set(part, w);
  return w;
}

function spellAlike(part: string): string {
  let w = part.replace(/ck/g, 'k').replace(/q/g, 'k').replace(/ph/g, 'f').replace(/ee/g, 'i').replace(/ou|oo/g, 'u').replace(/(.)\1/g, '$1');
  if (w.length >= 5 && /[^aeiouy][iy]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** NAME_VARIANT_TRANSLITERATED_RULE on two names' parts. */
function transliterated(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  if (x.length < 5 || y.length < 5) return false;
  // one the other with a final -i or -y added ("Hassan" / "Hassani"): another family name, unless spelt otherwise too
  const endingOnly = (p: string, q: string) => (p.length < q.length ? q === `${p}i` || q === `${p}y` : p === `${q}i` || p === `${q}y`);
  return a.some((p, i) => p !== b[i]) && a.every((p, i) => p === b[i] || (!endingOnly(p, b[i]) && transliterationKey(p) === transliterationKey(b[i])));
}

/** NAME_VARIANT_RULE (or NAME_VARIANT_SURNAMES_RULE, NAME_VARIANT_TRANSLITERATED_RULE) for two names (either order). */
export function sameNameVariant(x: string, y: string): boolean {
  let a = nameParts(x);
  let b = nameParts(y);
  if (a.length > b.length) [a, b] = [b, a];
  if (transliterated(a, b)) return true;
  if (a.length >= 2 && !partsAgree(a[0], b[0])) return !PATRONYMIC.test(x) && !PATRONYMIC.test(y) && surnamesAlone(a, b);
  if (a.length < 2) return false;
  // the shorter's parts in order among the longer's: the first ones, or ending on the longer's last part
  const pairs: [string, string][] = [];
  let j = 0;
  for (const p of a) {
    while (j < b.length && !partsAgree(p, b[j])) j++;
    if (j === b.length) return false;
    pairs.push([p, b[j++]]);
  }
  const prefix = pairs.every(([, q], i) => q === b[i] && i < a.length);
  const sameEnd = pairs[pairs.length - 1][1] === b[b.length - 1];
  if (!prefix && !sameEnd) return false;
  if (pairs.filter(([p, q]) => p !== q).length > 1) return false;
  return pairs.some(([p, q]) => p === q && p.length >= 4 && !isFirstNameWord(p)) || misspeltSurname(a, b);
}

export const NAME_VARIANT_MISSPELT_SURNAME_RULE = {
  id: 'discovered-name-misspelt-surname',
  pattern:
    'two discovered people\'s names of as many parts, particles left out: every part the same but the last, the surnames six letters or more and one letter apart (a letter dropped or doubled, or another letter of the same sound), neither the other with a new letter added at its end',
  effect: 'one person (joined as NAME_VARIANT_RULE: the spelling written in full less often joins the other, only when exactly one person fits), though the parts they share are given names only',
  example: 'Anna Korvanni / Anna Korvani; Tomas Birchett / Tomas Birchet; Ana Lolaann / Ana Lolamann (not Ana Korvanov / Ana Korvanova, not Anna Korvani / Anna Korvaci)',
};

/** NAME_VARIANT_MISSPELT_SURNAME_RULE, on the names' parts (`a`, `b` as sameNameVariant pairs them: the same count here). */
function misspeltSurname(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  if (x === y || x.length < 6 || y.length < 6 || distance(x, y) !== 1) return false;
  // one the other with a letter added at its end: another person ("Korvanova"), unless the letter is doubled ("Birchett")
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.startsWith(short) && long[long.length - 1] !== short[short.length - 1]) return false;
  return x.length !== y.length || similarity(x, y).soundEqual;
}

/**
 * What two names that can be variants share (nameVariantRemap's candidates): a part of four letters or more, or, for
 * NAME_VARIANT_MISSPELT_SURNAME_RULE, the parts before the surname with the surname or a string one letter shorter.
 */
function variantKeys(name: string): Set<string> {
  const parts = nameParts(name);
  const out = new Set(parts.filter((p) => p.length >= 4));
  const last = parts[parts.length - 1];
  // NAME_VARIANT_TRANSLITERATED_RULE: every part as romanisations write it alike
  if (parts.length >= 2 && last.length >= 5) out.add(`\u0001${parts.map(transliterationKey).join(' ')}`);
  if (parts.length >= 2 && last.length >= 6) {
    const head = parts.slice(0, -1).join(' ');
    for (const d of deletions(last, 1)) out.add(`${head}\u0000${d}`);
  }
  return out;
}

/**
 * The discovered people that are spellings of another discovered person (NAME_VARIANT_RULE and its kin), as id → id: the spelling
 * written in full less often (discovered mentions of two words or more, as canonical spellings count them; then the one
 * with fewer parts, then the shorter, then the later id) joins the other. Candidates share
 * a part of four letters or more, so a person is compared only with the few that share one; a person that fits two
 * others is left alone, and no one joins a person who joins someone else.
 */
export function nameVariantRemap(people: Iterable<{ id: string; name: string }>, mentions: Iterable<{ actorId: string; via?: string; surface?: string }> = []): Map<string, string> {
  const everyone = [...people];
  const list = everyone.filter((p) => nameParts(p.name).length >= 2).sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  if (list.length < 2) return new Map();
  const byPart = new Map<string, number[]>();
  list.forEach((p, i) => {
    for (const part of variantKeys(p.name)) {
      const at = byPart.get(part);
      if (at) at.push(i);
      else byPart.set(part, [i]);
    }
  });
  const ids = new Set(list.map((p) => p.id));
  const count = new Map<string, number>();
  for (const m of mentions) if (ids.has(m.actorId) && m.via === 'discovered' && /\s/.test(m.surface ?? '')) count.set(m.actorId, (count.get(m.actorId) ?? 0) + 1);
  const weight = (p: { id: string; name: string }): number[] => [count.get(p.id) ?? 0, nameParts(p.name).length, p.name.length];
  // p joins q when q is written in full more often, or as often with more parts, or a longer name, or the same with an earlier id
  const joins = (p: { id: string; name: string }, q: { id: string; name: string }): boolean => {
    const wp = weight(p);
    const wq = weight(q);
    const k = wp.findIndex((x, i) => x !== wq[i]);
    return k >= 0 ? wq[k] > wp[k] : q.id < p.id;
  };
  const out = new Map<string, string>();
  list.forEach((p, i) => {
    const fits = new Set<number>();
    for (const part of variantKeys(p.name))
      for (const k of byPart.get(part) ?? []) {
        if (k === i || fits.has(k) || !joins(p, list[k])) continue;
        if (sameNameVariant(p.name, list[k].name)) fits.add(k);
      }
    if (fits.size === 1) out.set(p.id, list[[...fits][0]].id);
  });
  // "King Alder" beside "Alder III": the one person whose name opens on the given name (who/royal-titles.ts)
  for (const [from, to] of royalTitleJoins(list, everyone)) if (!out.has(from)) out.set(from, to);
  for (const [from, to] of [...out]) if (out.has(to)) out.delete(from);
  return out;
}
