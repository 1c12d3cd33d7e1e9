/**
 * One person, one actor: discovered people that the earlier joins of the who stage leave apart although they are
 * one person's names, joined at the end of the stage (whoConclude), by rules on the names' STRUCTURE only:
 *   - a surname alone ("President Quist") and the one full name of that surname — particles left out ("Mara al-Quist")
 *     — in the documents that name both, or failing that in the corpus; when two people share the surname, only the
 *     one whose title is the same as the bare surname's
 *   - two full names, one with a particle before the surname and one without ("Tomas Vell" / "Tomas el-Vell"), or
 *     with a short form of the same first name ("Tom Vell" / "Thomas Vell"), left apart because another join was
 *     already made to one of them
 *   - a discovered full name that is a spelling of one data-file person's name or alias (the first names agree, the
 *     surnames a letter apart by the name keys): that person
 * Each join only when exactly one person fits. Returns id → id; the caller renames the mentions.
 */
import { KeptSums } from '../kept-sums';
import type { ActorEntry } from '../../schema';
import type { ActorInfo, Mention } from '../types';
import { nameParts, sameNameVariant } from './fuzzy';
import { firstNameSpellingsAgree, firstNamesAgree, skeleton, surnamesMatch, SurnameIndex } from './namekeys';
import { sameFirstName } from './first-name-variants';
import { soundCodes } from './phonetic';
import { fold, isFirstNameWord } from './text';

export const JOIN_RULES = [
  {
    id: 'surname-alone-in-document',
    pattern: 'a person discovered under one word; the documents naming it name exactly one full-name person whose last name (particles al-/el-/… left out) is that word',
    effect: 'the one-word person is that person',
    example: '"Mara al-Quist arrived in Nordvik. … President Quist said …" → Quist is Mara al-Quist',
  },
  {
    id: 'surname-alone-in-corpus',
    pattern: 'a person discovered under one word, no full-name person of that surname in its documents, exactly one in the corpus (particles left out)',
    effect: 'the one-word person is that person',
    example: 'one page only says "Quist said"; another names Mara el-Quist: one person',
  },
  {
    id: 'surname-alone-same-title',
    pattern: 'a person discovered under one word whose surname two or more full-name people share: exactly one of them found with the same title',
    effect: 'the one-word person is that one (never when the title is missing or shared)',
    example: '"Prime Minister Vell" beside Tomas Vell (Prime Minister) and Anna Vell (first lady): Tomas Vell',
  },
  {
    id: 'surname-alone-one-office-holder',
    pattern: 'a person discovered under one word, with no title, whose surname two or more full-name people share (in its documents, else in the corpus): exactly one of them found with a title, the others with none',
    effect: 'the one-word person is the one with the title (the office holder the news is about, not a relative named beside)',
    example: '"the invitation of Quist" beside President Mara Quist and her husband Tomas Quist: Mara Quist',
  },
  {
    id: 'full-name-variant-after-join',
    pattern: 'two discovered full names that are one name written two ways (a particle, a letter; who/fuzzy.ts NAME_VARIANT rules), left apart because a surname alone was joined to one of them first',
    effect: 'one person: the less written joins the other, the surname alone with it',
    example: 'Tomas Vell / Tomas al-Vell with "Vell" joined to the first',
  },
  {
    id: 'function-word-glued-to-surname',
    pattern: 'a discovered full name whose last word is another discovered full name\'s last word with a function word glued after it (with, and, who, said, from, for, the: a space lost), all its other words the same; exactly one such person',
    effect: 'one person: the glued spelling joins the other',
    example: '"… with her counterpart, Tomas Vellwith whom she signed …" beside Tomas Vell: Tomas Vell',
  },
  {
    id: 'first-name-short-form',
    pattern: 'two discovered full names with the same last parts, the first names a name and its short form (who/first-name-variants.ts), and no other person of that surname',
    effect: 'one person',
    example: 'Tom Birchet / Thomas Birchet',
  },
  {
    id: 'name-in-both-orders',
    pattern: 'two discovered two-word names with the same words in the other order (a family name written first in one page)',
    effect: 'one person: the less written joins the other',
    example: 'Prime Minister Vell Tomas of Nordvik / Prime Minister Tomas Vell',
  },
  {
    id: 'one-office-one-surname',
    pattern: 'exactly two discovered full names with the same surname (Jr, Sr, II left out) and the same sole office (president, prime minister, king …), governments not different, their first names different and one of them no given name of the lexicon (a nickname, a by-name), never named on one page',
    effect: 'one person, the holder of that office: the less written joins the other (two given names of the lexicon are two people of one family)',
    example: 'President Tomi Vell / President Tomas Vell Jr.',
  },
  {
    id: 'nickname-in-name',
    pattern: 'a person discovered under one word that a page writes in quotes inside one discovered full name (\'Tomas "Tomi" Vell\')',
    effect: 'the one-word person is that full-name person (its nickname)',
    example: 'President Tomas "Tomi" Vell arrived. (another page:) President Tomi met the envoys.',
  },
  {
    id: 'spelling-of-file-person',
    pattern: 'a discovered full name whose first name agrees with a data-file person\'s name or alias and whose surname is a letter apart by the name keys and sounds the same (all sound codes); exactly one such person',
    effect: 'the data-file person (the discovered actor is removed)',
    example: 'discovered "Mara bin Quest" beside the file\'s "Mara bin Quist"',
  },
  {
    id: 'given-name-before-person',
    pattern: 'a person discovered under one or two words, every mention of it right before (a space, or ". " after an initial) a mention of one other person whose given name it spells (a letter apart, a short form, an initial after it)',
    effect: 'the words are that person\'s given name, not a person: joined to that person',
    example: '"President Tomsa Vell" (Vell found as Tomas Vell): Tomsa is Tomas Vell; "Jonathan R. Vell" with Jon Vell',
  },
] as const;

export type JoinRuleId = (typeof JOIN_RULES)[number]['id'];

/** FUNCTION_WORD_GLUED: a full name whose last word ends in a lower-case function word after three letters or more */
const GLUED_FUNCTION_WORD = /^(.+\s\p{Lu}[\p{L}'-]*\p{Ll}{2})(?:with|and|who|said|from|for|the)$/u;

/** offices that one person holds in a country at a time (one-office-one-surname) */
const SOLE_OFFICE = /^(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|vice president|taoiseach|pope)$/;

/** "office\u0000affiliation\u0000surname" of a discovered person with a sole office, the surname without Jr/Sr/II: null without one */
function officeSurnameKey(a: ActorInfo): string | null {
  const role = fold(a.role ?? '').replace(/\s+/g, ' ').trim();
  if (!SOLE_OFFICE.test(role)) return null;
  const w = a.name.split(/\s+/).filter((x) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(x));
  if (w.length < 2) return null;
  return `${role}\u0000${skeleton(w[w.length - 1])}`;
}

/** ONE_OFFICE_ONE_SURNAME: the two given names differ, one of them no given name of the lexicon, the governments agree */
function nicknameOfHolder(p: ActorInfo, q: ActorInfo): boolean {
  if (p.affiliation && q.affiliation && p.affiliation !== q.affiliation) return false;
  const x = p.name.split(/\s+/)[0];
  const y = q.name.split(/\s+/)[0];
  if (firstNamesAgree(x, y) || firstNameSpellingsAgree(x, y) || sameFirstName(fold(x), fold(y))) return false;
  return !isFirstNameWord(x) || !isFirstNameWord(y);
}

/** the last name part, particles and hyphenated particles left out, as a key: "al-Quist" → "quist" */
export function surnameKey(name: string): string {
  const parts = nameParts(name);
  return parts.length ? skeleton(parts[parts.length - 1]) : '';
}

const words = (name: string) => name.split(/\s+/).length;
const sameRole = (a: string | null, b: string | null) => !!a && !!b && fold(a).replace(/\s+/g, ' ') === fold(b).replace(/\s+/g, ' ');

export interface JoinResult {
  /** discovered → discovered (added to the caller's remap before it applies it) */
  joins: Map<string, string>;
  /** discovered → data-file person */
  toFile: Map<string, string>;
  /** the rule of each join, by the joined id */
  rules: Map<string, JoinRuleId>;
}

/**
 * The joins left to make, given the caller's `remap` (discovered id → discovered id, made by the earlier rules):
 * never from an id already joined, always to an id that stays. `remap`'s entries that point at a newly joined id are
 * pointed at its new person (so that no chain is left).
 */
export function joinPeople(
  discovered: Map<string, ActorInfo>,
  /** (or a function making them: called only when `lists` cannot be read as one list per document) */
  mentions: readonly Mention[] | (() => readonly Mention[]),
  fileActors: Iterable<ActorEntry>,
  remap: Map<string, string>,
  /**
   * the same mentions as one list per document (`mentions` is their concatenation, each list one document's, no
   * document twice): what is read of each list is then kept by the list (a list kept between compiles is read once)
   */
  lists?: readonly (readonly Mention[])[],
): JoinResult {
  const joins = new Map<string, string>();
  const toFile = new Map<string, string>();
  const rules = new Map<string, JoinRuleId>();
  const final = (id: string): string => {
    let x = id;
    for (let i = 0; i < 8; i++) {
      const n = joins.get(x) ?? remap.get(x);
      if (n === undefined) return x;
      x = n;
    }
    return x;
  };
  const live = () => [...discovered.values()].filter((a) => !remap.has(a.id) && !joins.has(a.id) && !toFile.has(a.id));

  // what is read of each document's mentions (joinDocFacts), in the order of the documents in `mentions`
  const facts = docFactsOf(mentions, lists);
  // (last call's answer when it read the same: see lastJoin)
  const people = peopleRead(discovered);
  const filePeople = personsOf(fileActors);
  const fileSig = JSON.stringify(filePeople.map((a) => [a.id, a.name, a.aliases]));
  const remapIn = [...remap];
  const last = lastJoin;
  if (last && last.fileSig === fileSig && sameStrings(last.people, people) && sameEntries(last.remapIn, remapIn) && sameFactsList(last.facts, facts)) {
    for (const [from, to] of last.remapOut) remap.set(from, to);
    return copyResult(last.result);
  }
  // the documents each discovered person is named in, by its discovered (or surname) mentions, and how many of its
  // discovered mentions are written in full (read below only for discovered people: kept for every actor, see docTotals)
  const { docsOf, fullCount } = docTotals(facts);
  // q outweighs p (more mentions written in full, then the longer name, then the smaller id): of two forms of one
  // person, the lighter one joins the heavier (steps 1 and 4–5 below)
  const weight = (a: ActorInfo) => [fullCount.get(a.id) ?? 0, a.name.length];
  const heavier = (p: ActorInfo, q: ActorInfo) => {
    const wp = weight(p);
    const wq = weight(q);
    const k = wp.findIndex((x, i) => x !== wq[i]);
    return k >= 0 ? wq[k] > wp[k] : q.id < p.id;
  };

  // 0. a given name discovered apart, right before its person's surname ("President Tomsa Vell", "Jonathan R. Vell")
  {
    const names = new Map<string, string>();
    for (const a of filePeople) names.set(a.id, a.name);
    for (const a of discovered.values()) names.set(a.id, a.name);
    const after = new Map<string, Set<string> | null>();
    for (const f of facts)
      for (const [id, nexts] of f.after) {
        const a = discovered.get(id);
        if (!a || remap.has(a.id) || words(a.name) > 2 || after.get(a.id) === null) continue;
        // (a mention with no person right after it, or the same one, and the person is no given name)
        if (nexts === null || nexts.includes(a.id)) {
          after.set(a.id, null);
          continue;
        }
        const s = after.get(a.id) ?? new Set<string>();
        for (const n of nexts) s.add(n);
        after.set(a.id, s);
      }
    for (const [id, set] of after) {
      if (!set || set.size !== 1) continue;
      const to = [...set][0];
      const name = names.get(to);
      if (!name || words(name) < 2) continue;
      const a = discovered.get(id)!;
      const x = fold(a.name.split(/\s+/)[0]);
      const y = fold(name.split(/\s+/)[0]);
      if (!(firstNameSpellingsAgree(x, y) || sameFirstName(x, y))) continue;
      if (discovered.has(to)) joins.set(id, final(to));
      else toFile.set(id, to);
      rules.set(id, 'given-name-before-person');
    }
  }

  // 1. full names written two ways, left apart by a join already made (chains): the NAME_VARIANT rules again over the
  //    people still standing, each joining only when exactly one fits
  {
    const people = live().filter((a) => words(a.name) > 1);
    const bySurname = new Map<string, ActorInfo[]>();
    for (const a of people) {
      const k = surnameKey(a.name);
      if (!k) continue;
      const l = bySurname.get(k);
      if (l) l.push(a);
      else bySurname.set(k, [a]);
    }
    for (const list of [...bySurname.values()].filter((l) => l.length > 1)) {
      const sorted = [...list].sort((p, q) => (p.id < q.id ? -1 : 1));
      for (const p of sorted) {
        if (joins.has(p.id)) continue;
        const particle: ActorInfo[] = [];
        const short: ActorInfo[] = [];
        for (const q of sorted) {
          if (q === p || joins.has(q.id) || !heavier(p, q)) continue;
          if (sameNameVariant(p.name, q.name)) particle.push(q);
          else if (list.length === 2 && shortFormOf(p.name, q.name)) short.push(q);
        }
        if (particle.length === 1 && ![...joins.values()].includes(p.id)) {
          joins.set(p.id, particle[0].id);
          rules.set(p.id, 'full-name-variant-after-join');
        } else if (!particle.length && short.length === 1 && ![...joins.values()].includes(p.id)) {
          joins.set(p.id, short[0].id);
          rules.set(p.id, 'first-name-short-form');
        }
      }
    }
  }

  // 1b. a function word glued to the surname, a space lost ("Tomas Vellwith" beside "Tomas Vell"): that person
  {
    const people = live().filter((a) => words(a.name) > 1);
    const byName = new Map<string, ActorInfo[]>();
    for (const a of people) {
      const k = fold(a.name).replace(/\s+/g, ' ');
      const l = byName.get(k);
      if (l) l.push(a);
      else byName.set(k, [a]);
    }
    for (const p of people) {
      if (joins.has(p.id)) continue;
      const m = GLUED_FUNCTION_WORD.exec(p.name);
      if (!m) continue;
      const cands = (byName.get(fold(m[1]).replace(/\s+/g, ' ')) ?? []).filter((q) => q !== p && !joins.has(q.id));
      if (cands.length !== 1 || [...joins.values()].includes(p.id)) continue;
      joins.set(p.id, cands[0].id);
      rules.set(p.id, 'function-word-glued-to-surname');
    }
  }

  // 2. a surname alone: the one full name of that surname in its documents, else in the corpus, else by the same title
  {
    const full = new Map<string, ActorInfo[]>();
    for (const a of live())
      if (words(a.name) > 1) {
        const k = surnameKey(a.name);
        if (!k) continue;
        const l = full.get(k);
        if (l) l.push(a);
        else full.set(k, [a]);
      }
    for (const single of live()) {
      if (words(single.name) > 1) continue;
      const k = skeleton(fold(single.name).replace(/^(?:al|el|ad|ash|as|az|ar|an)-/, ''));
      const cands = (full.get(k) ?? []).filter((a) => a !== single);
      if (!cands.length) continue;
      const docs = docsOf.get(single.id) ?? new Set<string>();
      const inDocs = cands.filter((a) => [...(docsOf.get(a.id) ?? [])].some((d) => docs.has(d)));
      let to: ActorInfo | undefined;
      let rule: JoinRuleId | undefined;
      if (inDocs.length === 1) [to, rule] = [inDocs[0], 'surname-alone-in-document'];
      else if (!inDocs.length && cands.length === 1) [to, rule] = [cands[0], 'surname-alone-in-corpus'];
      else {
        const pool = inDocs.length ? inDocs : cands;
        const titled = pool.filter((a) => sameRole(a.role, single.role));
        if (titled.length === 1) [to, rule] = [titled[0], 'surname-alone-same-title'];
        else if (!single.role) {
          // no title: the one of them found with an office, the others with none ("McX" beside President Mara McX and her husband Tomas McX)
          const holders = pool.filter((a) => a.role);
          if (holders.length === 1) [to, rule] = [holders[0], 'surname-alone-one-office-holder'];
        }
      }
      if (to && rule) {
        joins.set(single.id, final(to.id));
        rules.set(single.id, rule);
      }
    }
  }

  // 3. a discovered full name spelling a data-file person's name or alias
  {
    const spelled = fileSpellings(filePeople, fileSig);
    for (const p of live()) {
      if (joins.has(p.id)) continue;
      const to = spelled(p.name);
      if (to !== null) {
        toFile.set(p.id, to);
        rules.set(p.id, 'spelling-of-file-person');
      }
    }
  }

  // 4. one name in both orders ("Mara Quist" / "Quist Mara": a family name written first in one page): one person
  // 5. one office, one surname, one given name no lexicon knows ("President Tomi Vell" / "President Tomas Vell Jr"): a
  //    nickname or a by-name of the one holder of that office (never two given names: two people of one family)
  {
    const people = live().filter((a) => words(a.name) > 1);
    const byKey = new Map<string, ActorInfo[]>();
    const push = (k: string, a: ActorInfo) => {
      const l = byKey.get(k);
      if (l) l.push(a);
      else byKey.set(k, [a]);
    };
    for (const a of people) {
      const w = a.name.split(/\s+/).map((x) => fold(x));
      if (w.length === 2) push(`o\u0000${[...w].sort().join(' ')}`, a);
      const sn = officeSurnameKey(a);
      if (sn) push(`s\u0000${sn}`, a);
    }
    // a page that names both tells them apart (a father and a son who held one office)
    const namedTogether = (a: string, b: string) => {
      const x = docsOf.get(a);
      const y = docsOf.get(b);
      return !!x && !!y && [...x].some((d) => y.has(d));
    };
    for (const [k, list] of byKey) {
      if (list.length !== 2) continue;
      const [p, q] = list;
      if (joins.has(p.id) || joins.has(q.id)) continue;
      let rule: JoinRuleId | null = null;
      if (k.startsWith('o\u0000')) {
        if (fold(p.name) !== fold(q.name)) rule = 'name-in-both-orders';
      } else if (nicknameOfHolder(p, q) && !namedTogether(p.id, q.id)) rule = 'one-office-one-surname';
      if (!rule) continue;
      const [from, to] = heavier(p, q) ? [p, q] : [q, p];
      joins.set(from.id, to.id);
      rules.set(from.id, rule);
    }
  }

  // 6. a person discovered under one word that a page writes in quotes inside a full name ('Tomas "Tomi" Vell'): that person
  {
    const owner = new Map<string, string | null>();
    for (const f of facts)
      for (const [n, id] of f.nicks) {
        const to = final(id);
        owner.set(n, owner.has(n) && owner.get(n) !== to ? null : to);
      }
    if (owner.size)
      for (const single of live()) {
        if (words(single.name) > 1) continue;
        const to = owner.get(fold(single.name));
        if (!to || to === single.id) continue;
        joins.set(single.id, to);
        rules.set(single.id, 'nickname-in-name');
      }
  }

  // no chains: what pointed at a joined id points at its person
  for (const [from, to] of joins) joins.set(from, final(to));
  for (const [from, to] of remap) {
    const t = final(to);
    if (t !== to && !toFile.has(t)) remap.set(from, t);
  }
  for (const [from, to] of [...joins]) if (toFile.has(to)) {
    joins.delete(from);
    toFile.set(from, toFile.get(to)!);
  }
  const result = { joins, toFile, rules };
  lastJoin = { people, facts, fileSig, remapIn, remapOut: [...remap], result: copyResult(result) };
  return result;
}

/**
 * joinPeople's last call, with everything it read: the discovered people (each one's key, id, name and title, in
 * order), each document's facts (in order: the same object, or facts that read the same), the data file's people
 * (their ids, names and aliases, as JSON) and the caller's remap (its entries in order); and what it gave: the remap
 * after (the same keys, in the same order: only values are changed) and the joins. An edit that names nobody new reads
 * the same and gets them again, without the rules' walk over every document's facts. Any process: a pure function's memo.
 */
let lastJoin: {
  people: (string | null)[];
  facts: readonly JoinDocFacts[];
  fileSig: string;
  remapIn: [string, string][];
  remapOut: [string, string][];
  result: JoinResult;
} | null = null;

/** Forgets joinPeople's last call (tests: the next call walks the rules again). */
export function forgetJoinMemo(): void {
  lastJoin = null;
}

/** what the rules read of the discovered people: each one's key, id, name and title, flat, in order */
function peopleRead(discovered: Map<string, ActorInfo>): (string | null)[] {
  const out: (string | null)[] = [];
  for (const [k, a] of discovered) out.push(k, a.id, a.name, a.role ?? null, a.affiliation ?? null);
  return out;
}

function personsOf(fileActors: Iterable<ActorEntry>): ActorEntry[] {
  const people: ActorEntry[] = [];
  for (const a of fileActors) if (a.kind === 'person') people.push(a);
  return people;
}

const copyResult = (r: JoinResult): JoinResult => ({ joins: new Map(r.joins), toFile: new Map(r.toFile), rules: new Map(r.rules) });

function sameStrings(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameEntries(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

function sameFactsList(a: readonly JoinDocFacts[], b: readonly JoinDocFacts[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameFacts(a[i], b[i])) return false;
  return true;
}

/** two documents' facts read the same: the same document, actors, counts and actors after, in the same order */
function sameFacts(a: JoinDocFacts, b: JoinDocFacts): boolean {
  if (a.docId !== b.docId || !sameStrings(a.actors, b.actors) || a.full.size !== b.full.size || a.after.size !== b.after.size) return false;
  const fa = [...a.full];
  const fb = [...b.full];
  for (let i = 0; i < fa.length; i++) if (fa[i][0] !== fb[i][0] || fa[i][1] !== fb[i][1]) return false;
  if (a.nicks.length !== b.nicks.length || a.nicks.some(([n, id], i) => b.nicks[i][0] !== n || b.nicks[i][1] !== id)) return false;
  const xa = [...a.after];
  const xb = [...b.after];
  for (let i = 0; i < xa.length; i++) {
    const [ka, va] = xa[i];
    const [kb, vb] = xb[i];
    if (ka !== kb || (va === null) !== (vb === null) || (va && !sameStrings(va, vb!))) return false;
  }
  return true;
}

/**
 * What the joins read of one document's mentions: the actors named (first met first), the discovered-style mentions
 * written in full by actor, and for each mention (by start, then end) the actor of the next mention starting at or after
 * its end when that one is right after it in the same sentence (a space, or two after an initial or one word), else null.
 * Kept by the list (a list kept in memory between compiles, unchanged, is read once).
 */
export interface JoinDocFacts {
  docId: string;
  actors: string[];
  full: Map<string, number>;
  /**
   * by actor (in the order first met, by start), the actors of the mentions right after its mentions (in order, once
   * each), or null when one of its mentions has none
   */
  after: Map<string, string[] | null>;
  /** nicknames written in quotes inside the document's discovered full names: [folded nickname, actor] */
  nicks: [string, string][];
}

const factsByList = new WeakMap<readonly Mention[], JoinDocFacts | null>();

/** one document's facts; null when the list names more than one document */
export function joinDocFacts(list: readonly Mention[]): JoinDocFacts | null {
  const had = factsByList.get(list);
  if (had !== undefined) return had;
  const made = makeJoinDocFacts(list);
  factsByList.set(list, made);
  return made;
}

function makeJoinDocFacts(list: readonly Mention[]): JoinDocFacts | null {
  if (!list.length) return null;
  const docId = list[0].docId;
  const actors = new Set<string>();
  const full = new Map<string, number>();
  for (const m of list) {
    if (m.docId !== docId) return null;
    actors.add(m.actorId);
    if (m.via === 'discovered' && /\s/.test(m.surface)) full.set(m.actorId, (full.get(m.actorId) ?? 0) + 1);
  }
  const l = [...list].sort((x, y) => x.start - y.start || x.end - y.end);
  const after = new Map<string, string[] | null>();
  for (let i = 0; i < l.length; i++) {
    const m = l[i];
    if (after.get(m.actorId) === null) continue;
    let n: Mention | undefined;
    for (let j = i + 1; j < l.length; j++)
      if (l[j].start >= m.end) {
        n = l[j];
        break;
      }
    const gap = n ? n.start - m.end : 99;
    const initial = /\s\p{Lu}$/u.test(m.surface) || words(m.surface) === 1;
    if (!n || n.sentence !== m.sentence || !(gap === 1 || (gap === 2 && initial))) after.set(m.actorId, null);
    else {
      const was = after.get(m.actorId);
      if (!was) after.set(m.actorId, [n.actorId]);
      else if (!was.includes(n.actorId)) was.push(n.actorId);
    }
  }
  // nicknames in quotes inside discovered full names ('Tomas "Tomi" Vell'): nickname (folded) → actor
  const nicks: [string, string][] = [];
  for (const m of list)
    if (m.via === 'discovered')
      for (const x of m.surface.matchAll(NICKNAME_IN_SURFACE)) nicks.push([fold(x[1]), m.actorId]);
  return { docId, actors: [...actors], full, after, nicks };
}

/** a nickname in quotes between two words of a name as written */
const NICKNAME_IN_SURFACE = /\s["'“‘](\p{Lu}[\p{L}-]+)["'”’]\s/gu;

/**
 * Each document's facts in the order its mentions first appear in `mentions`: from `lists` when each is one document's
 * and no document comes twice, else from `mentions` grouped by document.
 */
function docFactsOf(mentionsOrMake: readonly Mention[] | (() => readonly Mention[]), lists?: readonly (readonly Mention[])[]): JoinDocFacts[] {
  if (lists) {
    const out: JoinDocFacts[] = [];
    const seen = new Set<string>();
    let ok = true;
    for (const l of lists) {
      if (!l.length) continue;
      const f = joinDocFacts(l);
      if (!f || seen.has(f.docId)) {
        ok = false;
        break;
      }
      seen.add(f.docId);
      out.push(f);
    }
    if (ok) return out;
  }
  const mentions = typeof mentionsOrMake === 'function' ? mentionsOrMake() : mentionsOrMake;
  const byDoc = new Map<string, Mention[]>();
  for (const m of mentions) {
    const l = byDoc.get(m.docId);
    if (l) l.push(m);
    else byDoc.set(m.docId, [m]);
  }
  return [...byDoc.values()].map((l) => makeJoinDocFacts(l)!);
}

/** The documents each actor is named in and the count of its discovered mentions written in full, over every document. */
interface DocTotals {
  docsOf: Map<string, Set<string>>;
  fullCount: Map<string, number>;
}

/**
 * docsOf and fullCount over `facts` (one per document). Sums and sets of documents, so the order of the documents is not
 * read: kept between compiles and brought up to date by the documents' facts gone and come (kept-sums.ts; an unchanged
 * document's facts are the same object, joinDocFacts). The caller only reads them.
 */
const totals = new KeptSums<JoinDocFacts, DocTotals>(() => ({ docsOf: new Map(), fullCount: new Map() }), add);
const docTotals = (facts: JoinDocFacts[]): DocTotals => totals.of(facts);

function add(t: DocTotals, facts: readonly JoinDocFacts[], sign: 1 | -1): void {
  for (const f of facts) {
    for (const id of f.actors) {
      let s = t.docsOf.get(id);
      if (sign > 0) {
        if (!s) t.docsOf.set(id, (s = new Set()));
        s.add(f.docId);
      } else if (s) {
        s.delete(f.docId);
        if (!s.size) t.docsOf.delete(id);
      }
    }
    for (const [id, n] of f.full) {
      const c = (t.fullCount.get(id) ?? 0) + sign * n;
      if (c) t.fullCount.set(id, c);
      else t.fullCount.delete(id);
    }
  }
}

/**
 * Rule 3's test for a full name: the one data-file person (name or alias) whose first name agrees and whose surname is
 * a letter apart and sounds the same, or null. A pure function of the file's people and the name: the index and the
 * answers are kept for the last people seen (`sig`: their ids, names and aliases), so an edit asks again only for new names.
 */
function fileSpellings(people: readonly ActorEntry[], sig: string): (name: string) => string | null {
  if (lastSpellings?.sig !== sig) {
    const index = new SurnameIndex<string>();
    for (const a of people)
      for (const form of [a.name, ...a.aliases]) {
        const [first, ...rest] = form.split(/\s+/);
        if (!rest.length) continue;
        index.add(rest.join(' '), `${a.id}\u0000${first}`);
      }
    lastSpellings = { sig, index, answers: new Map() };
  }
  const { index, answers } = lastSpellings;
  return (name) => {
    const had = answers.get(name);
    if (had !== undefined) return had;
    let out: string | null = null;
    const [first, ...rest] = name.split(/\s+/);
    const sn = rest.join(' ');
    if (rest.length && skeleton(sn).length >= 5) {
      const hits = new Map<string, boolean>();
      for (const { surname, item } of index.near(sn)) {
        const [id, f] = item.split('\u0000');
        if (firstNamesAgree(f, first) && surnamesMatch(surname, sn)) hits.set(id, (hits.get(id) ?? false) || sameSound(surname, sn));
      }
      // exactly one person within the spelling budget, and that one sounding the same
      if (hits.size === 1 && [...hits.values()][0]) out = [...hits.keys()][0];
    }
    answers.set(name, out);
    return out;
  };
}
let lastSpellings: { sig: string; index: SurnameIndex<string>; answers: Map<string, string | null> } | null = null;

/** the surnames sound alike (all their sound codes): a vowel written two ways, not another consonant ("Tebarez"/"Tenerez") */
function sameSound(a: string, b: string): boolean {
  const x = soundCodes(skeleton(a));
  const y = soundCodes(skeleton(b));
  return x.length === y.length && x.every((c, i) => c === y[i]);
}

/** "Tom Vell" / "Thomas Vell": the same last parts, the first names one name and its short form. */
export function shortFormOf(a: string, b: string): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (x.length < 2 || x.length !== y.length) return false;
  for (let i = 1; i < x.length; i++) if (x[i] !== y[i]) return false;
  return x[0] !== y[0] && sameFirstName(x[0], y[0]);
}

/**
 * Applies the joins to the who stage's data: discovered → discovered entries are added to `remap` (the caller moves
 * titles and removes the joined); discovered → file-person entries are removed from `discovered` at once and added
 * to `remap` after the caller's own loop (`after`).
 */
export function addJoins(remap: Map<string, string>, r: JoinResult): void {
  for (const [from, to] of r.joins) remap.set(from, to);
}

export function addFileJoins(remap: Map<string, string>, discovered: Map<string, ActorInfo>, r: JoinResult): void {
  for (const [from, to] of remap) if (r.toFile.has(to)) remap.set(from, r.toFile.get(to)!);
  for (const [from, to] of r.toFile) {
    remap.set(from, to);
    discovered.delete(from);
  }
}
