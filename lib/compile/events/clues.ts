/** Participants pass helpers: relative clauses, nation adjectives, remarks told at a happening. */
import type { ActorInfo, Span } from '../types';
import type { LocalMention } from '../what/participants';
import type { TriggerHit } from '../what/triggers';
import { nationCode } from '../who/text';
import { uniq } from './util';

/**
 * "Cedar, who hosted the talks, said …", "Birch, who had been invited by Alder, did not travel":
 * a verb right after a non-restrictive relative clause has the name the clause hangs on as subject.
 */
export function relativeAntecedent(text: string, local: LocalMention[], clause: Span, at: number, direct = false): LocalMention | null {
  const rel = /^,\s*(?:who|which)\b/i.exec(text.slice(clause.start, clause.end));
  if (!rel || at < clause.start + rel[0].length) return null;
  const inner = text.slice(clause.start + rel[0].length, at);
  const close = inner.lastIndexOf(',');
  const aux = /^[,\s]*(?:(?:also|then|later|however|had|has|have|did|does|do|not|never|didn't|doesn't|will|would|shall|is|are|was|were|\w+ly)\s+)*$/i;
  // "Birch, who called the talks useful, …": the relative pronoun itself is the subject
  if (close < 0 && !(direct && aux.test(inner))) return null;
  if (close >= 0 && !aux.test(inner.slice(close))) return null;
  const ante = local.filter((m) => m.end <= clause.start && /^\s*$/.test(text.slice(m.end, clause.start))).sort((a, b) => b.end - a.end)[0];
  return ante ?? null;
}

/** The country actor of each nation code (the first by id), indexed once per actor table. */
const countryIndex = new WeakMap<Map<string, ActorInfo>, Map<string, ActorInfo>>();
export function countryActor(actors: Map<string, ActorInfo>, code: string): ActorInfo | undefined {
  let idx = countryIndex.get(actors);
  if (!idx) {
    idx = new Map();
    const countries = [...actors.values()].filter((a) => a.kind === 'country' && a.affiliation).sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const a of countries) if (!idx.has(a.affiliation!)) idx.set(a.affiliation!, a);
    countryIndex.set(actors, idx);
  }
  return idx.get(code);
}

/** "Eastlandish" → the country actor of that nation, or null. */
export function countryOfAdjective(word: string, actors: Map<string, ActorInfo>): string | null {
  const code = nationCode(word.charAt(0).toUpperCase() + word.slice(1));
  if (!code) return null;
  return countryActor(actors, code)?.id ?? null;
}

/** "the Freedonian and Eastlandish delegations/sides/teams/officials" right before a verb → those countries' actors. */
export function nationGroup(before: string, actors: Map<string, ActorInfo>, extra: RegExp | null = null): string[] {
  const m =
    (extra ? extra.exec(before) : null) ??
    /\b([A-Za-z.]+)\s+and\s+([A-Za-z.]+)\s+(?:[a-z]+\s+)?(?:delegations|sides|teams|officials|negotiators|governments|diplomats)\s+(?:\w+\s+){0,3}$/i.exec(before) ??
    // "X and Y officials held what one participant described as difficult talks"
    /\b([A-Za-z.]+)\s+and\s+([A-Za-z.]+)\s+(?:[a-z]+\s+)?(?:delegations|sides|teams|officials|negotiators|governments|diplomats)\s+(?:held|had|began|started|opened|resumed)\s+(?:what\s+)?(?:(?!said|says|told|tells)\w+\s+){0,6}$/i.exec(before);
  if (!m) return [];
  const ids: string[] = [];
  for (const w of [m[1], m[2]]) {
    const code = nationCode(w.charAt(0).toUpperCase() + w.slice(1));
    if (!code) return [];
    const country = countryActor(actors, code);
    if (!country) return [];
    ids.push(country.id);
  }
  return uniq(ids).length === 2 ? uniq(ids) : [];
}

/** People of the nearest earlier sentence (≤ 2 back) that names at least two; `without` (the document's spouses,
 * happen/spouse.ts) are not counted: "the two leaders" after a sentence naming a leader and his wife are the pair before. */
export function previousPair(bySentence: Map<number, string[]>, index: number, without?: Set<string>): string[] {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const p = (bySentence.get(i) ?? []).filter((id) => !without?.has(id));
    if (p.length >= 2) return p;
  }
  return [];
}

/** "X said after Tuesday's meeting" / "X spoke after the talks": X took part. */
export function saidAtReference(
  text: string,
  lower: string,
  local: LocalMention[],
  h: TriggerHit,
  lastSubject: { id: string; sentence: number } | null,
  sentence: number,
): { id: string; score: number } | null {
  const before = lower.slice(Math.max(0, h.start - 60), h.start);
  if (!/\b(?:said|spoke|speaking|stated|told\s+reporters)\s+(?:shortly\s+|just\s+|right\s+)?(?:after|at|during|following)\s+(?:the\s+|this\s+|that\s+|[\w’'-]+['’]s\s+)?(?:[\w-]+\s+)?$/.test(before)) return null;
  const verbAt = h.start - (before.length - before.search(/\b(?:said|spoke|speaking|stated|told)\b(?![\s\S]*\b(?:said|spoke|speaking|stated|told)\b)/));
  const subj = local.filter((m) => m.kind === 'person' && m.end <= verbAt).sort((a, b) => b.end - a.end)[0];
  // "Elm, the head of the delegation, told reporters after the talks": the name before an apposition
  if (subj && (verbAt - subj.end <= 12 || /^\s*,[^,;.]{1,80},\s*$/.test(text.slice(subj.end, verbAt)))) return { id: subj.actorId, score: subj.score };
  if (/\b(?:he|she)\s+$/.test(lower.slice(0, verbAt)) && lastSubject && sentence - lastSubject.sentence <= 1) return { id: lastSubject.id, score: 0.6 };
  return null;
}
