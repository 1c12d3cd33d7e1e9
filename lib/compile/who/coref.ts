/**
 * References inside one document, kept conservative (a wrong speaker is worse
 * than none):
 *  - "He said …" / "…," he stated → the subject of the previous sentence;
 *  - "the president", "the secretary", "the envoy" … → the only actor with that
 *    role mentioned earlier in the document (skipped when several qualify);
 *  - "his Russian counterpart" → the Russian person mentioned in the document,
 *    preferring the one mentioned together with the sentence's subject.
 */
import type { ActorInfo, Mention } from '../types';
import type { DocCtx, SentCtx } from './context';
import { addMention, isOccupied } from './context';
import { ROLE_WORDS, isCap, isCommonWord, nationCode } from './text';
import { EN_WHO, TOP_DIPLOMAT_OFFICES } from '../lang/en-who';
import type { OfficeHolders, PeopleByName } from './offices';
import { transcriptTurns } from './turns';
import { documentGenders, roleWordGender, type Gender } from './gender';
import { officeSubjects } from './office-subject';

export interface CorefActor extends ActorInfo {
  /** role words and titles valid at the document's date, lower-case */
  roleTexts: string[];
}

/** Actors by id (only looked up, never listed). */
export interface CorefLookup {
  get(id: string): CorefActor | undefined;
}

const DIRECT = new Set<Mention['via']>(['name', 'alias', 'fuzzy', 'title', 'discovered']);

/** Mentions indexed for the passes below (kept up to date as references are added). */
interface Index {
  bySentence: Map<number, Mention[]>;
  /** earliest body offset of a direct mention of each actor */
  firstAt: Map<string, number>;
  /** actors directly mentioned in each sentence */
  directBySentence: Map<number, Set<string>>;
}

let index: Index = { bySentence: new Map(), firstAt: new Map(), directBySentence: new Map() };

export function corefPass(dc: DocCtx, actors: CorefLookup, holders?: OfficeHolders, names?: PeopleByName): void {
  const isPerson = (id: string) => actors.get(id)?.kind === 'person';
  index = { bySentence: new Map(), firstAt: new Map(), directBySentence: new Map() };
  for (const m of dc.mentions) {
    push(index.bySentence, m.sentence, m);
    if (!DIRECT.has(m.via)) continue;
    if (!(index.firstAt.get(m.actorId)! <= m.start)) index.firstAt.set(m.actorId, m.start);
    let set = index.directBySentence.get(m.sentence);
    if (!set) index.directBySentence.set(m.sentence, (set = new Set()));
    set.add(m.actorId);
  }
  if (names) firstPersonOfTurns(dc, names);
  const given = givenNameIndex(actors);
  let genders: Map<string, Gender> | null = null;
  const titled = new Map<string, Set<string>>();
  const genderOf = (id: string) => (genders ??= documentGenders(dc, (x) => actors.get(x), isPerson)).get(id) ?? null;
  for (let si = 0; si < dc.sents.length; si++) {
    const sc = dc.sents[si];
    givenNames(dc, sc, given);
    roles(dc, sc, actors);
    officeSubjects(dc, sc, index.firstAt, (id) => actors.get(id), titled, (start, end, id) => add(dc, sc, start, end, id, 'role', 0.6));
    pronouns(dc, sc, si, isPerson, genderOf);
    quotedFirstPerson(dc, sc, isPerson);
    nationRoles(dc, sc, actors);
    counterparts(dc, sc, actors);
    if (holders) offices(dc, sc, actors, holders);
  }
}

export const QUOTE_FIRST_PERSON_RULE = {
  id: 'quote-first-person',
  pattern: '"I" inside a quotation attributed in the same sentence: “… I …,” X said / X said: “… I …”',
  effect: 'a mention of X (the one person named right at the attribution)',
  example: '“I just spoke with the prime minister,” Alder said on Tuesday.',
};

const SAID = String.raw`(?:said|says|added|stated|wrote|told\s+(?:reporters|journalists)|posted|declared|announced)`;

/** "“I just spoke with Birch,” Alder said" → "I" is Alder; "Alder said: “I …”" likewise. */
function quotedFirstPerson(dc: DocCtx, sc: SentCtx, isPerson: (id: string) => boolean): void {
  if (!/"/.test(sc.text) || !/\bI\b/.test(sc.text)) return;
  const marks = [...sc.text.matchAll(/"/g)].map((m) => m.index ?? 0);
  const people = mentionsIn(dc, sc).filter((m) => isPerson(m.actorId) && DIRECT.has(m.via));
  for (let q = 0; q + 1 < marks.length; q += 2) {
    const [qs, qe] = [marks[q], marks[q + 1]];
    const after = sc.text.slice(qe + 1);
    const lead = /^\s*/.exec(after)![0].length;
    // “…,” X said  /  “…,” said X
    let speaker = people.find((m) => {
      const rel = m.start - sc.s.start;
      return rel === qe + 1 + lead && new RegExp(String.raw`^\s+${SAID}\b`).test(sc.text.slice(m.end - sc.s.start));
    });
    speaker ??= people.find((m) => {
      const rel = m.start - sc.s.start;
      return new RegExp(String.raw`^\s*${SAID}\s+$`).test(sc.text.slice(qe + 1, rel)) && rel > qe;
    });
    // X said: “…”
    speaker ??= people.find((m) => m.end - sc.s.start <= qs && new RegExp(String.raw`^\s+${SAID}(?:\s+on\s+\w+)?\s*[:,]?\s*$`).test(sc.text.slice(m.end - sc.s.start, qs)));
    if (!speaker) continue;
    for (const t of sc.tokens) {
      if (t.start <= qs || t.end >= qe || t.text !== 'I' || isOccupied(sc, t.start, t.end)) continue;
      add(dc, sc, t.start, t.end, speaker.actorId, 'pronoun', 0.6);
    }
  }
}

/** "I" in a transcript turn → the person the turn's label names (who/turns.ts). */
function firstPersonOfTurns(dc: DocCtx, names: PeopleByName): void {
  const turns = transcriptTurns(dc, names);
  if (!turns.length) return;
  for (const sc of dc.sents) {
    if (!turns.some((t) => sc.s.start < t.end && t.start < sc.s.end)) continue;
    for (const t of sc.tokens) {
      if (t.text !== 'I' || isOccupied(sc, t.start, t.end) || inQuote(sc.text, t.start)) continue;
      const at = sc.s.start + t.start;
      const turn = turns.find((x) => at >= x.start && at < x.end);
      if (turn) add(dc, sc, t.start, t.end, turn.actorId, 'pronoun', 0.65);
    }
  }
}

/**
 * References by office (rows of lang/en-who.ts): "the prime minister(s) of A and B",
 * "A's foreign minister", "the top A diplomat" → for each country, the one person
 * holding that office: named in this document, else in the data file or discovered
 * elsewhere. The country words inside such a phrase stop being the country's mentions.
 */
function offices(dc: DocCtx, sc: SentCtx, actors: CorefLookup, holders: OfficeHolders): void {
  if (!/minister|president|chancellor|premier|king|emir|prince|secretary|diploma/i.test(sc.text)) return;
  const found: { start: number; end: number; nation: { start: number; end: number; word: string }; offices: string[] }[] = [];
  const nationSpan = (word: string, from: number) => {
    const at = sc.text.indexOf(word, from);
    return { start: at, end: at + word.length, word: word.replace(/^the\s+/, '') };
  };
  for (const m of sc.text.matchAll(EN_WHO.officeOfNations.pattern)) {
    const start = m.index ?? 0;
    const office = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
    const words = [m[2], ...(m[3] ? m[3].split(/\s*,\s*|\s+and\s+(?:of\s+)?/).map((w) => w.trim()).filter(Boolean) : [])];
    let from = start + m[0].indexOf(m[2], m[1].length);
    let first = true;
    for (const w of words) {
      const n = nationSpan(w, from);
      if (n.start < 0) break;
      from = n.end;
      // the first country carries the office words ("the prime minister of A"), the others are their own span ("B")
      found.push({ start: first ? start : n.start, end: n.end, nation: n, offices: [office] });
      first = false;
    }
  }
  for (const m of sc.text.matchAll(EN_WHO.nationsOffice.pattern)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, nation: { start, end: start + m[1].length, word: m[1] }, offices: [m[2].toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '')] });
  }
  for (const m of sc.text.matchAll(EN_WHO.topDiplomat.pattern)) {
    const start = m.index ?? 0;
    const word = m[1] ?? m[2];
    const at = start + m[0].indexOf(word);
    found.push({ start, end: start + m[0].length, nation: { start: at, end: at + word.length, word }, offices: TOP_DIPLOMAT_OFFICES });
  }
  for (const f of found) {
    const code = nationCode(f.nation.word);
    if (!code) continue;
    // the office words themselves must be free ("the president of France Emmanuel Macron": a title before a name)
    const words = [{ start: f.start, end: f.nation.start }, { start: f.nation.end, end: f.end }].filter((x) => x.end > x.start);
    if (words.some((x) => isOccupied(sc, x.start, x.end))) continue;
    if (mentionsIn(dc, sc).some((x) => x.start - sc.s.start >= f.end && x.start - sc.s.start <= f.end + 3 && actors.get(x.actorId)?.kind === 'person')) continue;
    const fits = (roleTexts: string[]) => roleTexts.some((r) => f.offices.some((o) => roleMatches(r, o.replace(/defen[cs]e/, 'defen[cs]e'))));
    const here = new Set<string>();
    for (const id of index.firstAt.keys()) {
      const a = actors.get(id);
      if (a?.kind === 'person' && a.affiliation === code && fits(a.roleTexts)) here.add(id);
    }
    const pool = here.size ? [...here] : holders(code, dc.day).filter((h) => fits(h.roleTexts)).map((h) => h.id);
    if (new Set(pool).size !== 1) continue;
    // the country word inside the phrase names the person, not the country
    const body = { start: sc.s.start + f.start, end: sc.s.start + f.end };
    const inside = (x: Mention) => x.start >= body.start && x.end <= body.end && actors.get(x.actorId)?.kind !== 'person';
    if (dc.mentions.some(inside)) {
      dc.mentions = dc.mentions.filter((x) => !inside(x));
      index.bySentence.set(sc.s.index, (index.bySentence.get(sc.s.index) ?? []).filter((x) => !inside(x)));
    }
    add(dc, sc, f.start, f.end, pool[0], 'role', 0.65);
  }
}

/**
 * Given names: "Phumtham", "Anwar" alone after "Phumtham Wechayachai", "Anwar Ibrahim" were named
 * (the usual short form in many languages): the first word of the full name of exactly one person
 * named earlier in the document, not a common word, not part of a longer capitalised name.
 */
function givenNameIndex(actors: CorefLookup): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const id of index.firstAt.keys()) {
    const a = actors.get(id);
    if (a?.kind !== 'person') continue;
    const words = a.name.split(/\s+/);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) continue;
    const list = byFirst.get(words[0]) ?? [];
    if (!list.includes(id)) list.push(id);
    byFirst.set(words[0], list);
  }
  return byFirst;
}

export const GIVEN_NAME_RULE = { id: 'given-name-alone', pattern: 'a lone first word of one earlier-named person’s full name', effect: 'a mention of that person', example: 'Nadia Brook arrived on Monday. Later Nadia met the envoy.' };

function givenNames(dc: DocCtx, sc: SentCtx, byFirst: Map<string, string[]>): void {
  const toks = sc.tokens;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j];
    const ids = byFirst.get(t.text);
    if (!ids || ids.length !== 1) continue;
    const at = sc.s.start + t.start;
    if (!(index.firstAt.get(ids[0])! < at)) continue;
    if (isOccupied(sc, t.start, t.end) || isCommonWord(t.text) || inQuote(sc.text, t.start)) continue;
    const prev = toks[j - 1];
    const next = toks[j + 1];
    if (next && isCap(next.text) && /^\s+$/.test(sc.text.slice(t.end, next.start))) continue;
    if (prev && isCap(prev.text) && !isCommonWord(prev.text) && /^\s+$/.test(sc.text.slice(prev.end, t.start))) continue;
    add(dc, sc, t.start, t.end, ids[0], 'alias', 0.7);
  }
}

function push(map: Map<number, Mention[]>, k: number, m: Mention): void {
  const list = map.get(k);
  if (list) list.push(m);
  else map.set(k, [m]);
}

function add(dc: DocCtx, sc: SentCtx, start: number, end: number, actorId: string, via: Mention['via'], score: number): void {
  push(index.bySentence, sc.s.index, addMention(dc, sc, start, end, actorId, via, score));
}

function inQuote(text: string, pos: number): boolean {
  return ((text.slice(0, pos).match(/"/g) ?? []).length & 1) === 1;
}

function mentionsIn(_dc: DocCtx, sc: SentCtx): Mention[] {
  return [...(index.bySentence.get(sc.s.index) ?? [])].sort((a, b) => a.start - b.start);
}

/** Words after which a person is an object or a complement ("talks with X", "alongside X", "told X"), not the one acting. */
const OBJECT_MARKERS = new Set(
  (
    'with alongside to by from for of about against at in into between among including like than beside besides behind ' +
    'without toward towards via under over met meet meeting told tell telling phoned called calling urged asked invited ' +
    'thanked congratulated welcomed hosted hosting visited visiting received receiving'
  ).split(' '),
);

/** Lower-case words that may stand in a title between such a word and the name ("with the Finnish president X"). */
const TITLE_FILLERS = new Set(
  (
    'the a an his her their its our of and foreign defense defence national security special deputy prime vice state ' +
    'general secretary minister president chancellor envoy adviser advisor aide spokesman spokeswoman ambassador chief top ' +
    'senior former acting leader counterpart king queen prince crown premier'
  ).split(' '),
);

/** True when the person at sentence offset `rel` follows an object marker, across a title ("alongside Ruritanian President X"). */
function inObjectPosition(sc: SentCtx, rel: number): boolean {
  let pos = rel;
  for (let j = sc.tokens.length - 1, seen = 0; j >= 0; j--) {
    const t = sc.tokens[j];
    if (t.end > pos) continue;
    if (!/^\s+$/.test(sc.text.slice(t.end, pos))) return false;
    // "of"/"for" inside a title ("Secretary of State X", "Minister for Europe X") is part of it
    const prev = sc.tokens[j - 1];
    const inTitle = (t.low === 'of' || t.low === 'for') && !!prev && /^\s+$/.test(sc.text.slice(prev.end, t.start)) && (isCap(prev.text) || TITLE_FILLERS.has(prev.low));
    if (OBJECT_MARKERS.has(t.low) && !inTitle) return true;
    if (seen >= 6 || !(isCap(t.text) || nationCode(t.text) || TITLE_FILLERS.has(t.low))) return false;
    seen++;
    pos = t.start;
  }
  return false;
}

export const PRONOUN_CONTRACTION_SUBJECT = {
  id: 'pronoun-contraction-subject',
  pattern: 'a resolved "he"/"she" followed by "\'s" ("She\'s the first …"): the contraction of "is"/"has", not a possessive',
  effect: 'the pronoun stays a subject candidate of its sentence, so a "he"/"she" in the next sentence continues the same person',
  example: "Mara Quist was elected on Sunday. She's the first woman in the post. And she and Tomas Vell share common ground.",
};

/** Person mentions of sentence offsets [from, before) that may be a subject: outside quotes, not possessives. */
function personCandidates(dc: DocCtx, sc: SentCtx, isPerson: (id: string) => boolean, before: number, from = 0): Mention[] {
  const out: Mention[] = [];
  for (const m of mentionsIn(dc, sc)) {
    const rel = m.start - sc.s.start;
    if (rel < from) continue;
    if (rel >= before) break;
    if (!isPerson(m.actorId)) continue;
    if (inQuote(sc.text, rel)) continue;
    // (a pronoun's "'s" is "is" or "has": PRONOUN_CONTRACTION_SUBJECT)
    if (m.via !== 'pronoun' && /^'s?\b/.test(sc.text.slice(m.end - sc.s.start))) continue;
    out.push(m);
  }
  return out;
}

/** The sentence's subject: its first person mention outside quotes that is not a possessive. */
function subjectOf(dc: DocCtx, sc: SentCtx, isPerson: (id: string) => boolean, before = Infinity): Mention | null {
  return personCandidates(dc, sc, isPerson, before)[0] ?? null;
}

/**
 * Where a "sentence" holds several (a line break, or a full stop before a
 * lower-case word in damaged text): the start offsets of its parts.
 */
function segmentStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/\n\s*|[.?!]\s+(?=\p{Ll})/gu)) out.push((m.index ?? 0) + m[0].length);
  return out;
}

/**
 * The person a sentence (or the part of it in [from, to)) is about, for a
 * pronoun after it: the first person mention that is not an object or
 * complement. `objectsOnly` tells that it names people, all as objects.
 */
function actingSubjectOf(dc: DocCtx, sc: SentCtx, isPerson: (id: string) => boolean, from = 0, to = Infinity): { subject: Mention | null; objectsOnly: boolean } {
  const cands = personCandidates(dc, sc, isPerson, to, from);
  const subject = cands.find((m) => !inObjectPosition(sc, m.start - sc.s.start)) ?? null;
  return { subject, objectsOnly: !subject && cands.length > 0 };
}

/** The subject of the text right before a pronoun: the previous part of its sentence, or the last part of the previous sentence. */
function previousSubject(dc: DocCtx, si: number, at: number, isPerson: (id: string) => boolean): Mention | null {
  const sc = dc.sents[si];
  const parts = segmentStarts(sc.text).filter((p) => p <= at);
  const looks: { sc: SentCtx; from: number; to: number }[] = [];
  if (parts.length > 1) looks.push({ sc, from: parts[parts.length - 2], to: parts[parts.length - 1] });
  for (let k = si - 1; k >= 0 && looks.length < 2; k--) {
    const ps = dc.sents[k];
    const starts = segmentStarts(ps.text);
    const last = starts[starts.length - 1];
    // the last part when it names a person, else the whole sentence
    if (starts.length > 1 && personCandidates(dc, ps, isPerson, Infinity, last).length) looks.push({ sc: ps, from: last, to: Infinity });
    else looks.push({ sc: ps, from: 0, to: Infinity });
  }
  for (let i = 0; i < looks.length; i++) {
    // the previous sentence's subject is an office named by no one ("The president then …"): a person named later in it
    // (an apposition, an object) is not what "he" continues (role-subject-unnamed)
    if (looks[i].sc !== sc && unnamedRoleSubject(dc, looks[i].sc)) return null;
    const { subject, objectsOnly } = actingSubjectOf(dc, looks[i].sc, isPerson, looks[i].from, looks[i].to);
    if (subject) return subject;
    // a part naming people only as objects: look one step further back; naming nobody: stop
    if (!objectsOnly) return null;
  }
  return null;
}

export const ROLE_SUBJECT_UNNAMED = {
  id: 'role-subject-unnamed',
  // an optional lead phrase closed by a comma, then "the" and up to three lower-case words (group 1): a role word among them, then a verb
  pattern: /^\s*(?:[^,.;:"“”]{1,80},\s+)?[Tt]he\s+((?:[\p{Ll}-]+\s+){1,3}?)(?!of\b|and\b|or\b|who\b|whose\b|in\b)(?:\p{Ll}{2,}(?:ed|s)|said|told|met|held|spoke|made|gave|took|went|left|sent)\b/u,
  effect: 'when the previous sentence\'s subject is an office no mention resolves ("the president participated …"), a "he"/"she" opening the next sentence gets no antecedent from a person named later in it (an apposition or an object)',
  example: 'On the first day, the president attended the opening of the Cedar Bank, led by the former minister Ilsa Birch. He then visited a factory.',
};

/** ROLE_SUBJECT_UNNAMED: the sentence opens with "the <role>" and a verb, and no mention covers the role. */
function unnamedRoleSubject(dc: DocCtx, sc: SentCtx): boolean {
  const m = ROLE_SUBJECT_UNNAMED.pattern.exec(sc.text);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/);
  if (!ROLE_WORDS.has(words[words.length - 1])) return false;
  const end = m.index + m[0].length;
  return !mentionsIn(dc, sc).some((x) => x.start - sc.s.start < end);
}

export const PRONOUN_AFTER_LEAD_PHRASE = {
  id: 'pronoun-after-lead-phrase',
  pattern: /^\s*(?:(?:but|and|yet|so|then|later)\s+)?(?:(?:during|after|before|at|in|on|with|over|for|throughout|earlier|later|since)\s+)(?:[\p{L}\d’'-]+\s+){0,5}[\p{L}\d’'-]+\s*,\s+(he|she)\b/iu,
  effect: 'a "he"/"she" opening the main clause after a short prepositional lead phrase naming no one ("At the podium, he …") refers to the subject of the previous sentence, like a pronoun opening the sentence',
  example: 'President Tomas Alder took the first question. At the podium, he came back to the harvest figures.',
};

const LEAD = /^\s*"?\s*(?:(?:but|and|yet|so|still|however|meanwhile|ostensibly|instead|later|then|now|there|here|also)\s*,?\s+)?(he|she)\b/i;
const ATTRIB = /["',]\s*(he|she)\s+(said|says|stated|added|told|explained|noted|warned|insisted|continued|argued|stressed)\b/gi;

export const PRONOUN_GENDER_AGREES = {
  id: 'pronoun-gender-agrees',
  pattern: '"he"/"she" whose antecedent (found as before) is a person of the other gender (who/gender.ts)',
  effect: 'the pronoun goes to the nearest person it agrees with — the one such person named before it in its sentence, else in the previous sentence, else the one before (a pronoun inside a sentence: its sentence only); none or two: no antecedent',
  example: 'Mara Quist met Tomas Vell in Nordvik. Vell praised the talks. "We are neighbours," she said.',
};

/** "The President has …", "Later the Chancellor said …": the sentence opens with "the" + an office word no mention covers. */
function unnamedOfficeOpening(dc: DocCtx, sc: SentCtx, gendered?: Gender): boolean {
  const m = /^\s*(?:[^,.;:"“”]{1,60},\s+)?[Tt]he\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\b/u.exec(sc.text);
  if (!m) return false;
  const words = m[1].split(/\s+/);
  const k = words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
  if (k < 0) return false;
  // (only an office of that gender: "the queen" for "she")
  if (gendered && roleWordGender(words[k]) !== gendered) return false;
  const end = m.index + m[0].length - m[1].length + words.slice(0, k + 1).join(' ').length;
  return !mentionsIn(dc, sc).some((x) => x.start - sc.s.start < end);
}

/** PRONOUN_GENDER_AGREES: the antecedent when it agrees or its gender is unknown, else the nearest one that agrees (or none). */
function agreeing(dc: DocCtx, si: number, at: number, word: string, target: string, isPerson: (id: string) => boolean, genderOf: (id: string) => Gender | null, back = 2): string | null {
  const want: Gender = /^she$/i.test(word) ? 'f' : 'm';
  const g = genderOf(target);
  if (g === want) return target;
  // "she" with a subject the document gives no gender: the one woman it names just before, if any (she-prefers-a-woman)
  if (!g && want !== 'f') return target;
  for (let k = si; k >= Math.max(0, si - back); k--) {
    const sc = dc.sents[k];
    // an office no mention resolves opens the sentence ("The president … he"): it may be the antecedent — give none
    if (g ? unnamedRoleSubject(dc, sc) || unnamedOfficeOpening(dc, sc) : unnamedOfficeOpening(dc, sc, want)) return null;
    const ids = new Set<string>();
    for (const m of mentionsIn(dc, sc)) {
      const rel = m.start - sc.s.start;
      if (k === si && rel >= at) break;
      if (!isPerson(m.actorId) || inQuote(sc.text, rel)) continue;
      if (genderOf(m.actorId) === want) ids.add(m.actorId);
    }
    if (ids.size === 1) return [...ids][0];
    if (ids.size > 1) return g ? null : target;
  }
  return g ? null : target;
}

export const SHE_PREFERS_A_WOMAN = {
  id: 'she-prefers-a-woman',
  pattern: '"she" whose antecedent by position (the previous subject) has no gender in the document, while exactly one person the document shows as a woman is named in that sentence or the two before, or a woman\'s office no mention resolves opens one of them ("the queen …")',
  effect: 'the pronoun is that woman (none for the unresolved office), not the subject of unknown gender ("he" is left to the subject: most people of unknown gender in the news are men)',
  example: 'Queen Mara arrived; she was received by Premier Cedar Birch. Later she laid a wreath.',
};

function pronouns(dc: DocCtx, sc: SentCtx, si: number, isPerson: (id: string) => boolean, genderOf: (id: string) => Gender | null = () => null): void {
  const found: { start: number; end: number }[] = [];
  const lead = LEAD.exec(sc.text);
  if (lead) {
    const start = lead.index + lead[0].length - lead[1].length;
    if (!inQuote(sc.text, start)) found.push({ start, end: start + lead[1].length });
  }
  for (const m of sc.text.matchAll(ATTRIB)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1], 1);
    if (!found.some((f) => f.start === start)) found.push({ start, end: start + m[1].length });
  }
  // mid-sentence "…, a day after she spoke …": the only person named before it in the sentence
  const inner: { start: number; end: number }[] = [];
  for (const m of sc.text.matchAll(/\b(he|she)\b/g)) {
    const start = m.index ?? 0;
    if (found.some((f) => f.start === start) || inQuote(sc.text, start)) continue;
    inner.push({ start, end: start + m[1].length });
  }
  for (const f of inner) {
    if (isOccupied(sc, f.start, f.end)) continue;
    // "During the session, he returned …": a pronoun opening the main clause after a short lead phrase naming no one is
    // the subject of the previous sentence, like one opening the sentence (pronoun-after-lead-phrase)
    const leadPhrase = PRONOUN_AFTER_LEAD_PHRASE.pattern.exec(sc.text);
    if (leadPhrase && leadPhrase.index + leadPhrase[0].length - leadPhrase[1].length === f.start && !mentionsIn(dc, sc).some((m) => m.start - sc.s.start < f.start)) {
      const target = previousSubject(dc, si, f.start, isPerson);
      const id = target && agreeing(dc, si, f.start, sc.text.slice(f.start, f.end), target.actorId, isPerson, genderOf);
      if (id) add(dc, sc, f.start, f.end, id, 'pronoun', 0.65);
      continue;
    }
    // "X, with whom he held talks, …": "whom" is the person named before, the pronoun someone else
    if (/\bwhom\s+$/i.test(sc.text.slice(0, f.start))) continue;
    const before = mentionsIn(dc, sc).filter(
      (m) => m.start - sc.s.start < f.start && isPerson(m.actorId) && DIRECT.has(m.via) && !inQuote(sc.text, m.start - sc.s.start),
    );
    const ids = new Set(before.map((m) => m.actorId));
    // (a pronoun inside its sentence looks for another antecedent in that sentence only)
    const id = ids.size === 1 ? agreeing(dc, si, f.start, sc.text.slice(f.start, f.end), before[0].actorId, isPerson, genderOf, 0) : null;
    if (id) add(dc, sc, f.start, f.end, id, 'pronoun', 0.65);
  }
  for (const f of found) {
    if (isOccupied(sc, f.start, f.end)) continue;
    // the subject of the previous sentence; in the same sentence only when the
    // sentence opens with a person ("Kovač spoke … , he said")
    let target = previousSubject(dc, si, f.start, isPerson);
    const score = 0.7;
    if (!target) {
      const own = subjectOf(dc, sc, isPerson, f.start);
      if (own && own.start - sc.s.start <= 2) target = own;
    }
    const id = target && agreeing(dc, si, f.start, sc.text.slice(f.start, f.end), target.actorId, isPerson, genderOf);
    if (id) add(dc, sc, f.start, f.end, id, 'pronoun', score);
  }
}

const ROLE_RE = EN_WHO.roleReference.pattern; // rows in lang/en-who.ts

const NATION_ROLE_RE = /\b(?:the|The)\s+(\p{Lu}\p{Ll}+)\s+(leader|president|prime minister|premier|chancellor|foreign minister|head of state|king|emir)\b/gu;

export const NATION_ROLE_RULE = { id: 'nation-role', pattern: 'the <nationality> leader/president/prime minister …', effect: 'a mention of the one person of that nation named earlier', example: 'Anna Brook, the Freedonian president, … later the Freedonian leader spoke with …' };

/** "the Cambodian prime minister", "the American leader": the only person of that nation named earlier in the document. */
function nationRoles(dc: DocCtx, sc: SentCtx, actors: CorefLookup): void {
  for (const m of sc.text.matchAll(NATION_ROLE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isOccupied(sc, start, end)) continue;
    const code = nationCode(m[1]);
    if (!code) continue;
    const after = sc.text.slice(end);
    if (/^\s+of\b/.test(after) || /^[\s,]+\p{Lu}/u.test(after)) continue; // a title before a name
    // "his meeting with the Freedonian president": a complement of a possessed noun, told by someone else (never a speaker)
    if (/\b(?:his|her|their|its)\s+[\w-]+\s+with\s+$/i.test(sc.text.slice(0, start))) continue;
    const bodyPos = sc.s.start + start;
    const candidates = new Set<string>();
    for (const [id, at] of index.firstAt) {
      if (at >= bodyPos) continue;
      const a = actors.get(id);
      if (!a || a.kind !== 'person' || a.affiliation !== code) continue;
      if (m[2] !== 'leader' && a.roleTexts.length && !a.roleTexts.some((r) => roleMatches(r, m[2]))) continue;
      candidates.add(a.id);
    }
    if (candidates.size !== 1) continue;
    add(dc, sc, start, end, [...candidates][0], 'role', 0.65);
  }
}

function roleMatches(roleText: string, role: string): boolean {
  const re = new RegExp(`(?<!(?:vice|deputy|former|ex-|then-|assistant|under)\\s?)\\b${role}\\b`, 'i');
  return re.test(roleText);
}

function roles(dc: DocCtx, sc: SentCtx, actors: CorefLookup): void {
  for (const m of sc.text.matchAll(ROLE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isOccupied(sc, start, end)) continue;
    const after = sc.text.slice(end);
    if (/^\s+of\b/.test(after)) continue; // "the president of France": a title, not a reference
    if (/^[\s,]+\p{Lu}/u.test(after)) continue; // followed by a name
    const prevWord = /(\S+)\s+$/.exec(sc.text.slice(0, start));
    if (prevWord && nationCode(prevWord[1].replace(/'s$/, ''))) continue;
    const roleWord = m[1].replace('defense', 'defen[cs]e').replace('defence', 'defen[cs]e');
    const bodyPos = sc.s.start + start;
    const candidates = new Set<string>();
    for (const [id, at] of index.firstAt) {
      if (at >= bodyPos) continue;
      const a = actors.get(id);
      if (!a || a.kind !== 'person') continue;
      if (a.roleTexts.some((r) => roleMatches(r, roleWord))) candidates.add(a.id);
    }
    if (candidates.size !== 1) continue;
    add(dc, sc, start, end, [...candidates][0], 'role', 0.65);
  }
}

const COUNTERPART_RE = /\b(?:his|her|their)\s+(?:(?:veteran|new|former|longtime|long-time|top)\s+)?(\p{L}+)\s+counterparts?\b/giu;

function counterparts(dc: DocCtx, sc: SentCtx, actors: CorefLookup): void {
  for (const m of sc.text.matchAll(COUNTERPART_RE)) {
    const code = nationCode(m[1]);
    if (!code) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (isOccupied(sc, start, end)) continue;
    const after = sc.text.slice(end);
    const here = mentionsIn(dc, sc);
    if (/^[\s,]+\p{Lu}/u.test(after) && here.some((x) => x.start - sc.s.start >= end && x.start - sc.s.start <= end + 3)) continue;
    const subject = here.filter((x) => x.start - sc.s.start < start && actors.get(x.actorId)?.kind === 'person')[0];
    const cands = new Set<string>();
    for (const id of index.firstAt.keys()) {
      const a = actors.get(id);
      if (a && a.kind === 'person' && a.affiliation === code && a.id !== subject?.actorId) cands.add(a.id);
    }
    let pick: string | null = null;
    if (cands.size === 1) pick = [...cands][0];
    else if (cands.size > 1 && subject) {
      const together = new Map<string, number>();
      for (const set of index.directBySentence.values())
        if (set.has(subject.actorId)) for (const c of cands) if (set.has(c)) together.set(c, (together.get(c) ?? 0) + 1);
      const ranked = [...together.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) pick = ranked[0][0];
    }
    if (pick) add(dc, sc, start, end, pick, 'role', 0.7);
  }
}
