/**
 * merge/body-voice: a body's statement and its spokesperson's statement of one day are one statement.
 * "The Palace said on Monday that …" and "Palace Press Secretary Mara Quist said in a statement …" tell one
 * announcement: the spokesperson speaks as the body. Read by merge/score.ts (pairScore, hardConflict), where
 * two statements of other speakers otherwise never merge; the days, places and occasions still decide.
 */
import type { ActorInfo } from '../types';
import { normaliseForHash } from '../what/ids';

export const BODY_VOICE = {
  id: 'body-voice',
  pattern:
    "two statements of one day (the same day, or a stated day inside the other's day estimated from its publication), one by an organisation, the other by a person speaking for it: the person's role names the organisation with a spokesperson's title (\"Palace Press Secretary\"), or a report of the person names them so (\"Palace spokeswoman Mara Quist\"); one document, or documents published within two days; no occasion told apart",
  effect: "one statement: the spokesperson speaks as the body, so the body's announcement and the spokesperson's words of that day are one remark",
  example: 'Outlet A: The Palace said on Monday the visit would go ahead. — Outlet B, the same day: Palace Press Secretary Mara Quist said in a statement that the visit was confirmed.',
};

/** A spokesperson's title (the pattern of BODY_VOICE's "title"). */
export const VOICE_TITLE = /\b(?:press\s+secretary|spokes(?:man|woman|person)|press\s+officer)\b/i;

/**
 * The title phrases of one statement's evidence: each "Body Press Secretary Name" (up to four capitalised words before
 * the title, up to four after it), as "body words\u0000name words" in lower case; with `readout` (a leader's remark told by
 * a readout, events/statements.ts readout-of-own-leader) also each run of capitalised words, as "words\u0000" (a body
 * the readout may be of). Empty when there are none.
 */
const TITLED = /((?:\p{Lu}[\p{L}’'.-]*\s+){1,4})(?:[Pp]ress\s+[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Oo]fficer)\s*,?\s+((?:\p{Lu}[\p{L}’'.-]*\s*){1,4})/gu;
const CAPITALISED = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}/gu;
const NONE: string[] = [];
export function titledVoices(texts: string[], readout = false): string[] {
  let out: string[] | undefined;
  for (const t of texts) {
    // (most evidence names no title: the cheap test first)
    if (VOICE_TITLE.test(t)) for (const m of t.matchAll(TITLED)) (out ??= []).push(`${normaliseForHash(m[1])}\u0000${normaliseForHash(m[2])}`);
    if (readout) for (const m of t.matchAll(CAPITALISED)) (out ??= []).push(`${normaliseForHash(m[0])}\u0000`);
  }
  return out ?? NONE;
}

/** organisation ids by each of their names (namesOf), per actors map */
const orgIndex = new WeakMap<Map<string, ActorInfo>, Map<string, string[]>>();
export function orgsByName(actors: Map<string, ActorInfo>): Map<string, string[]> {
  let m = orgIndex.get(actors);
  if (!m) {
    m = new Map();
    for (const a of actors.values()) {
      if (a.kind !== 'organization') continue;
      for (const n of namesOf(a)) {
        const list = m.get(n);
        if (list) list.push(a.id);
        else m.set(n, [a.id]);
      }
    }
    orgIndex.set(actors, m);
  }
  return m;
}

/** each tail of a phrase's words ("the avalon palace" → "avalon palace", "palace"), a leading "the" dropped */
export function tails(phrase: string): string[] {
  const words = phrase.replace(/^the\s+/, '').split(' ').filter(Boolean);
  return words.map((_, i) => words.slice(i).join(' '));
}

/**
 * The blocks a person's statement joins for BODY_VOICE (merge.ts, after `statement|`): the own block (`p|<body id>`) of
 * each organisation it may speak for — named before a spokesperson's title in the person's role or report, or, in a
 * readout's report, named anywhere in it and of the person's nation. Empty for others.
 */
export function voiceKeys(actors: Map<string, ActorInfo>, speaker: ActorInfo | undefined, voices: readonly string[]): string[] {
  if (!speaker || speaker.kind !== 'person') return NONE;
  const t = VOICE_TITLE.exec(speaker.role ?? '');
  if (!voices.length && !t) return NONE;
  const orgs = orgsByName(actors);
  const out = new Set<string>();
  const add = (phrase: string, ownNation: boolean) => {
    for (const tail of tails(phrase))
      for (const id of orgs.get(tail) ?? NONE) if (!ownNation || (speaker.affiliation && actors.get(id)?.affiliation === speaker.affiliation)) out.add(`p|${id}`);
  };
  if (t) add(normaliseForHash((speaker.role ?? '').slice(0, t.index)), false);
  for (const v of voices) {
    const [body, name] = v.split('\u0000');
    add(body, !name);
  }
  return out.size ? [...out] : NONE;
}

/** The names of an actor, as lower-case word strings (name, aliases, surface forms; a leading "the" dropped). */
function namesOf(a: ActorInfo): string[] {
  return [...new Set([a.name, ...a.aliases, ...a.surfaceForms].map((n) => normaliseForHash(n).replace(/^the\s+/, '')).filter((n) => n.length > 2))];
}

const within = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `);

/**
 * Whether `person` speaks for `body`: the person's role names the body with a spokesperson's title; or one of the
 * person's reports (`voices`, titledVoices) names the body before the title and the person after it; or (`readout`) the
 * report tells the person's remark by a readout of a body of their own nation that it names.
 */
export function speaksFor(person: ActorInfo | undefined, body: ActorInfo | undefined, voices: readonly string[], readout = false): boolean {
  if (!person || !body || person.kind !== 'person' || body.kind !== 'organization') return false;
  const bodyNames = namesOf(body);
  const role = person.role ?? '';
  if (VOICE_TITLE.test(role) && bodyNames.some((n) => within(normaliseForHash(role), n))) return true;
  if (!voices.length) return false;
  const personNames = namesOf(person).flatMap((n) => [n, n.split(' ').pop()!]);
  const ownNation = !!person.affiliation && person.affiliation === body.affiliation;
  return voices.some((v) => {
    const [b, p] = v.split('\u0000');
    if (!p) return readout && ownNation && bodyNames.some((n) => within(b, n));
    return bodyNames.some((n) => within(b, n)) && personNames.some((n) => within(p, n));
  });
}
