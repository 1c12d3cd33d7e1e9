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
 * the title, up to four after it), as [body words, name words] in lower case. Empty when the evidence names no title.
 */
const TITLED = /((?:\p{Lu}[\p{L}’'.-]*\s+){1,4})(?:[Pp]ress\s+[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Pp]ress\s+[Oo]fficer)\s*,?\s+((?:\p{Lu}[\p{L}’'.-]*\s*){1,4})/gu;
const NONE: string[] = [];
export function titledVoices(texts: string[]): string[] {
  let out: string[] | undefined;
  for (const t of texts) for (const m of t.matchAll(TITLED)) (out ??= []).push(`${normaliseForHash(m[1])}\u0000${normaliseForHash(m[2])}`);
  return out ?? NONE;
}

/**
 * The keys a statement is compared under for BODY_VOICE (merge.ts blocks): an organisation speaker's names; a person
 * speaker's bodies named before a spokesperson's title in their role or their report (each tail of those words, so that
 * "the Avalon Palace" meets "Palace"). Empty for others.
 */
export function voiceKeys(speaker: ActorInfo | undefined, voices: readonly string[], readout = false): string[] {
  if (!speaker) return NONE;
  if (speaker.kind === 'organization') return speaker.affiliation ? [...namesOf(speaker), `of ${speaker.affiliation}`] : namesOf(speaker);
  if (speaker.kind !== 'person') return NONE;
  const phrases: string[] = voices.map((v) => v.split('\u0000')[0]);
  const role = speaker.role ?? '';
  const t = VOICE_TITLE.exec(role);
  if (t) phrases.push(normaliseForHash(role.slice(0, t.index)));
  const out = new Set<string>();
  for (const ph of phrases) {
    const words = ph.replace(/^the\s+/, '').split(' ').filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (tail.length > 2) out.add(tail);
    }
  }
  // a leader's remark told by a readout of a body of their own nation meets that nation's bodies
  if (readout && speaker.affiliation) out.add(`of ${speaker.affiliation}`);
  return out.size ? [...out] : NONE;
}

/** The names of an actor, as lower-case word strings (name, aliases, surface forms; a leading "the" dropped). */
function namesOf(a: ActorInfo): string[] {
  return [...new Set([a.name, ...a.aliases, ...a.surfaceForms].map((n) => normaliseForHash(n).replace(/^the\s+/, '')).filter((n) => n.length > 2))];
}

const within = (hay: string, needle: string) => ` ${hay} `.includes(` ${needle} `);

/**
 * Whether `person` speaks for `body`: the person's role names the body with a spokesperson's title, or one of the
 * person's reports (`voices`: titledVoices of its evidence) names the body before the title and the person after it.
 */
export function speaksFor(person: ActorInfo | undefined, body: ActorInfo | undefined, voices: readonly string[], readoutWords?: ReadonlySet<string>): boolean {
  if (!person || !body || person.kind !== 'person' || body.kind !== 'organization') return false;
  const bodyNames = namesOf(body);
  // READOUT_OF_OWN_LEADER: the person's remark is told by a readout of a body of their own nation that the report names
  if (readoutWords && person.affiliation && person.affiliation === body.affiliation && bodyNames.some((n) => n.split(' ').every((w) => readoutWords.has(w)))) return true;
  const role = person.role ?? '';
  if (VOICE_TITLE.test(role)) {
    const r = normaliseForHash(role);
    if (bodyNames.some((n) => within(r, n))) return true;
  }
  if (!voices.length) return false;
  const personNames = namesOf(person).flatMap((n) => [n, n.split(' ').pop()!]);
  return voices.some((v) => {
    const [b, p] = v.split('\u0000');
    return bodyNames.some((n) => within(b, n)) && personNames.some((n) => within(p, n));
  });
}
