/**
 * merge/readout-tells-leader: a body's written statement (a readout, a statement) that tells what its own leader said or
 * did on a call or at talks ("According to a readout from the Cedar House, Alder raised concerns …", "The Cedar House
 * said Ms Alder discussed …") and the leader's remark that another report gives in the leader's own name, the same day,
 * are one statement: the readout is how the leader's words became known. The body's side of merge/body-voice.ts (which
 * reads the leader's report naming the body): here the body's report names the leader. Read by merge/score.ts (oneVoice,
 * through body-voice's day, publication and occasion checks) and merge.ts (the blocks where the two meet).
 */
import type { ActorInfo } from '../types';
import { normaliseForHash } from '../what/ids';
import { orgsByName, tails, VOICE_TITLE, voiceKeys } from './body-voice';

export const READOUT_TELLS_LEADER = {
  id: 'readout-tells-leader',
  pattern:
    "two statements of one day (the same day, or a stated day inside the other's day estimated from its publication): an organisation's written statement or readout whose evidence names a person of the organisation's own nation as the one who said, raised, stressed or conveyed something, and a statement of that person; one document or documents published within two days; no occasion told apart (a press conference, an interview of the person stay apart)",
  effect:
    "one statement: the body's readout tells the leader's words, and the leader's remark of that day told by another report is the same remark; a person of another nation, a readout naming nobody as speaking, or another day stay two",
  example:
    "Outlet A: According to a readout from the Cedar House, Alder raised concerns about the harbour tariffs. — Outlet B, the same day: President Anna Alder stressed the importance of the ferry routes in a call with Birch.",
};

/** what marks a voice entry as a person the body's statement tells as speaking (kept apart from body-voice's entries) */
export const TOLD = '\u0001';

/** the occasion rule of a written statement or readout (who/occasion.ts) */
export const WRITTEN_OCCASION = 'occasion-written';

/** the verbs of saying or conveying a readout tells its leader by */
const TELLING_VERBS = '(?:said|says|told|conveyed|raised|stressed|expressed|emphasi[sz]ed|underscored|underlined|reaffirmed|reiterated|discussed|noted|urged|pledged|encouraged|affirmed|welcomed|applauded|congratulated|confirmed|assured|thanked|highlighted|voiced|agreed)';
/** cheap literal test before the name pattern: one of those verbs */
const VERB_HINT = new RegExp(`\\b${TELLING_VERBS}\\b`);
/** a capitalised name of one to three words, a title before it left out */
const NAME = "(?:\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?((?:\\p{Lu}[\\p{L}’'-]+\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)";
/** a capitalised name (one to three words, a title before it left out), or two joined by "and", right before such a verb (an opening quotation mark between them allowed) */
const NAME_VERB = new RegExp(
  `${NAME}(?:\\s+and\\s+${NAME})?\\s+(?:also\\s+|had\\s+|has\\s+)?["“]?${TELLING_VERBS}\\b`,
  'gu',
);

const NONE: string[] = [];
const NO_ACTORS: ActorInfo[] = [];

/**
 * The names (last word, lower case, marked with TOLD) that an organisation's written statement tells as speaking: each
 * capitalised name right before a verb of saying or conveying in its evidence. Empty when none.
 */
export function toldSpeakers(texts: string[]): string[] {
  let out: Set<string> | undefined;
  for (const t of texts) {
    if (!VERB_HINT.test(t)) continue;
    for (const m of t.matchAll(NAME_VERB))
      for (const name of [m[1], m[2]]) {
        const last = name ? normaliseForHash(name).split(' ').pop() : undefined;
        if (last && last.length > 2) (out ??= new Set()).add(`${TOLD}${last}`);
      }
  }
  return out ? [...out].sort() : NONE;
}

export const isTold = (v: string) => v.startsWith(TOLD);

/** the last word of a person's name, lower case (the name alone: what merge.ts's actor signature holds, so kept items stay right) */
function lastName(a: ActorInfo): string {
  return normaliseForHash(a.name).split(' ').pop() ?? '';
}

/** persons by each last word of their names, per actors map */
const personIndex = new WeakMap<Map<string, ActorInfo>, Map<string, ActorInfo[]>>();
function personsByLastName(actors: Map<string, ActorInfo>): Map<string, ActorInfo[]> {
  let m = personIndex.get(actors);
  if (!m) {
    m = new Map();
    for (const a of actors.values()) {
      if (a.kind !== 'person' || !a.affiliation) continue;
      const n = lastName(a);
      if (n.length < 3) continue;
      const list = m.get(n);
      if (list) list.push(a);
      else m.set(n, [a]);
    }
    personIndex.set(actors, m);
  }
  return m;
}

/**
 * The nation a teller speaks for: an organisation's own; a spokesperson's (merge/body-voice.ts: a spokesperson's title in
 * their role or report naming a body), their own or the body's. Null for others.
 */
export function tellerNation(actors: Map<string, ActorInfo>, teller: ActorInfo | undefined, voices: readonly string[]): string | null {
  if (!teller) return null;
  if (teller.kind === 'organization') return teller.affiliation;
  if (teller.kind !== 'person') return null;
  const bodies = voiceKeys(actors, teller, voices);
  if (bodies.length) {
    if (teller.affiliation) return teller.affiliation;
    for (const k of bodies) {
      const aff = actors.get(k.slice(2))?.affiliation;
      if (aff) return aff;
    }
    return null;
  }
  // a body's remark given to its spokesperson (who/ body-spokesperson): the nation of the one body its report names
  if (teller.affiliation || !voices.some(isNamedRun)) return null;
  const orgs = orgsByName(actors);
  const nations = new Set<string>();
  for (const v of voices)
    if (isNamedRun(v)) for (const tail of tails(v.slice(0, -1))) for (const id of orgs.get(tail) ?? NONE) nations.add(actors.get(id)?.affiliation ?? '');
  return nations.size === 1 ? [...nations][0] || null : null;
}

/** a run of capitalised words of a spokesperson's report, as "words\u0000" (merge/body-voice.ts titledVoices with readout) */
const isNamedRun = (v: string) => v.endsWith('\u0000') && v.indexOf('\u0000') === v.length - 1;

/**
 * The blocks a teller's statement (an organisation's, a spokesperson's) joins for READOUT_TELLS_LEADER (merge.ts, after
 * `statement|`): the own block (`p|<person id>`) of each other person of its nation its evidence tells as speaking.
 * Empty for others.
 */
export function toldKeys(actors: Map<string, ActorInfo>, speaker: ActorInfo | undefined, voices: readonly string[]): string[] {
  if (!speaker || !voices.length || !voices.some(isTold)) return NONE;
  const nation = tellerNation(actors, speaker, voices);
  if (!nation) return NONE;
  let out: string[] | undefined;
  const index = personsByLastName(actors);
  for (const v of voices) {
    if (!isTold(v)) continue;
    for (const p of index.get(v.slice(TOLD.length)) ?? NO_ACTORS) if (p.affiliation === nation && p.id !== speaker.id) (out ??= []).push(`p|${p.id}`);
  }
  return out ? [...new Set(out)].sort() : NONE;
}

/** Whether a teller's statement (an organisation's, a spokesperson's; its voices: toldSpeakers) tells `person`, another of its nation, as speaking. */
export function tellsLeader(actors: Map<string, ActorInfo>, teller: ActorInfo | undefined, person: ActorInfo | undefined, tellerVoices: readonly string[]): boolean {
  if (!teller || !person || person.kind !== 'person' || teller.id === person.id || !person.affiliation) return false;
  if (!tellerVoices.includes(`${TOLD}${lastName(person)}`)) return false;
  return tellerNation(actors, teller, tellerVoices) === person.affiliation;
}

/**
 * Whether two statements' speakers alone do not keep them apart (merge/linkage.ts reads hardConflict): an organisation's
 * statement naming no occasion or a written one (`bodyOccasions`) and a person of its own nation. Such a pair never scores
 * by this alone; it only lets the reports of one readout, one naming the leader as speaking and another not, join the
 * leader's remark together (a press conference or an interview of the body stays apart).
 */
export function readoutKin(
  actors: Map<string, ActorInfo>,
  teller: ActorInfo | undefined,
  person: ActorInfo | undefined,
  tellerVoices: readonly string[],
  tellerOccasions: readonly string[],
): boolean {
  if (!teller || !person || person.kind !== 'person' || teller.id === person.id || !person.affiliation) return false;
  if (tellerOccasions.length && !tellerOccasions.includes(WRITTEN_OCCASION)) return false;
  const nation = tellerNation(actors, teller, tellerVoices);
  if (nation) return nation === person.affiliation;
  // a spokesperson by their role whose nation the compile does not know ("spokesman", discovered): nothing tells them apart
  return teller.kind === 'person' && !teller.affiliation && VOICE_TITLE.test(teller.role ?? '');
}
