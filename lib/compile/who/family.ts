/**
 * One person discovered twice, once by the full name and once by one word of it:
 * "President Han" beside "President Han Seo Yun" (a family name written first,
 * as Korean, Chinese and Cambodian names are: "Wang Lo" → "Wang"). Rules as rows.
 */
import type { ActorInfo, Mention } from '../types';
import { NAME_PARTICLES, fold } from './text';

export interface JoinRule {
  id: string;
  pattern: string;
  effect: string;
  example: string;
}

export const FAMILY_NAME_FIRST_RULE: JoinRule = {
  id: 'family-name-first',
  pattern: 'a one-word discovered name equal to the first word of exactly one discovered full name named in a document where the one word is used; other full names of that first word named only in other documents left out when that one is written family name first (a given name of two letters or of two syllables joined by a hyphen)',
  effect: 'the one-word actor is the full-name actor (its mentions move there)',
  example: 'President Han Seo Yun and Nordvik Prime Minister Mara Quist … two weeks after President Han took office',
};

/**
 * The discovered full-name person a one-word name designates by its first word,
 * or undefined: exactly one such person named in a document where the one word
 * is used too (another full name of that first word in other documents only is
 * no rival there). Surnames written last are joined elsewhere (by the last word).
 */
/** The documents each actor is mentioned in (mentions.ts builds it once per conclusion: familyNameOwner is asked for many one-word names). */
export type DocsOfActor = (actorId: string) => ReadonlySet<string> | undefined;

/** DocsOfActor over a list of mentions, made in one pass. */
export function docsOfActors(mentions: readonly Mention[]): DocsOfActor {
  const byActor = new Map<string, Set<string>>();
  for (const m of mentions) {
    const s = byActor.get(m.actorId);
    if (s) s.add(m.docId);
    else byActor.set(m.actorId, new Set([m.docId]));
  }
  return (id) => byActor.get(id);
}

export function familyNameOwner(
  single: ActorInfo,
  discovered: ReadonlyMap<string, ActorInfo> | readonly ActorInfo[],
  mentions: readonly Mention[] | DocsOfActor,
): ActorInfo | undefined {
  const word = single.name.trim();
  if (/\s/.test(word) || word.length < 2 || NAME_PARTICLES.has(fold(word))) return undefined;
  // (the discovered people, or those whose full name starts with the word, as mentions.ts groups them once)
  const owners = new Map<string, ActorInfo>();
  for (const a of Array.isArray(discovered) ? discovered : discovered.values()) {
    const parts = a.name.split(/\s+/);
    if (a !== single && parts.length > 1 && parts[0] === word) owners.set(a.id, a);
  }
  if (!owners.size) return undefined;
  const docsOf = typeof mentions === 'function' ? mentions : docsOfActors(mentions);
  const here = docsOf(single.id);
  const found = new Set<ActorInfo>();
  if (here)
    for (const a of owners.values()) {
      const theirs = docsOf(a.id);
      if (theirs) for (const d of theirs) if (here.has(d)) { found.add(a); break; }
    }
  if (found.size !== 1) return undefined;
  const owner = [...found][0];
  // other full names of that first word elsewhere in the corpus: only a name of the family-name-first shape ("Han
  // Seo-yun", "Wang Lo"), never a given name written alone ("Mara" beside Mara Quist here, Mara Vell elsewhere)
  return owners.size === 1 || familyNameFirst(owner.name) === word ? owner : undefined;
}

export const CANONICAL_SPELLING_RULE: JoinRule = {
  id: 'canonical-spelling',
  pattern: 'a discovered person written in several spellings of the same surname',
  effect: 'named by the spelling most mentions use (the others stay aliases), not by the first one met',
  example: 'Nicolaz Maduro (one misheard transcript) / Nicolas Maduro (four articles) → Nicolas Maduro',
};

/** A full name (two words or more) with the same last word as `name`: a candidate spelling of it. */
export function sameSurnameForm(form: string, name: string): boolean {
  // a form with a nickname in quotes inside ('Tomas "Tomi" Vell') is the name with a nickname, no spelling of it
  if (/\s["'“‘][^"'“”‘’\s]+["'”’]\s/u.test(form)) return false;
  const f = form.trim().split(/\s+/);
  const n = name.trim().split(/\s+/);
  return f.length > 1 && n.length > 1 && fold(f[f.length - 1]) === fold(n[n.length - 1]);
}

export const MIDDLE_INITIAL_RULE: JoinRule = {
  id: 'middle-initial-dropped',
  pattern: 'a discovered name of three words or more with a one-letter middle initial',
  effect: 'named (and identified) without the initial; the written form stays an alias',
  example: 'Anton J. Blinkov → Anton Blinkov; Tomas E Vell → Tomas Vell',
};

/** "Anton J. Blinkov" → "Anton Blinkov": one-letter initials between the first and the last word dropped. */
export function withoutMiddleInitial(name: string): string {
  const w = name.trim().split(/\s+/);
  if (w.length < 3) return name;
  const kept = [w[0], ...w.slice(1, -1).filter((x) => !/^\p{Lu}\.?$/u.test(x)), w[w.length - 1]];
  return kept.length === w.length ? name : kept.join(' ');
}

export const GIVEN_NAME_LAST_RULE: JoinRule = {
  id: 'two-letter-given-name-last',
  pattern: 'a discovered two-word name whose last word has two letters or is two syllables joined by a hyphen (a given name written after the family name)',
  effect: 'the first word is the family name: alone later in the document it names that person (a common word only before a speech verb)',
  example: 'top diplomat Wang Lo met the envoys … Wang said the talks were useful',
};

/**
 * The family name of a two-word name written family name first, told by its given name: two letters ("Wang Lo" →
 * "Wang") or two syllables joined by a hyphen, the second in lower case ("Han Seo-yun" → "Han"); else null.
 */
export function familyNameFirst(name: string): string | null {
  const parts = name.trim().split(/\s+/);
  if (parts.length !== 2 || parts[0].length < 3 || NAME_PARTICLES.has(fold(parts[0])) || NAME_PARTICLES.has(fold(parts[1]))) return null;
  const given = parts[1];
  if (/^\p{Lu}\p{Ll}$/u.test(given) || /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u.test(given)) return parts[0];
  return null;
}
