/**
 * Join passes: which hits of a clause are happenings of their own when a
 * join names one ("joined within the talks by"), and gapping ("Alder was
 * joined by Birch; Cedar by Dogwood and Elm": the second clause repeats the join).
 */
import type { Span } from '../../types';
import { PERSONISH } from '../../what/participants';
import type { TriggerHit } from '../../what/triggers';
import type { Ctx, SentenceView } from '../context';
import { uniq } from '../util';
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** join-names-happening: "joined within the talks by", "represented the U.S. in the meeting": the happening named by a join is the join's */
export function clauseHits(view: SentenceView, clause: Span): TriggerHit[] {
  return view.eventHits
    .filter((h) => h.start >= clause.start && h.start < clause.end)
    .filter((h, i, all) => !(i > 0 && all[i - 1].role === 'join' && h.type === 'meeting' && h.role === 'event' && h.start - all[i - 1].end <= 25));
}

/** join-gapping: a clause without a trigger that repeats the join just told with other people */
export function gappedJoin(ctx: Ctx, view: SentenceView, clause: Span): void {
  const { cands } = ctx;
  const { s, text, local } = view;
  const prevJoin = cands.length && cands[cands.length - 1].sentence === s.index && cands[cands.length - 1].role === 'join' ? cands[cands.length - 1] : null;
  if (prevJoin && /^[;,]\s*(?:and\s+)?[^,;]{1,60}?\s+by\s/i.test(text.slice(clause.start, clause.end))) {
    const ids = uniq(local.filter((m) => m.start >= clause.start && m.start < clause.end && PERSONISH.includes(m.kind)).map((m) => m.actorId));
    if (ids.length >= 2) cands.push({ ...prevJoin, order: cands.length, participants: ids, hit: { start: clause.start, end: clause.start }, anchorSpan: null, split: undefined, weakDate: undefined });
  }
}

/** joined-remotely: "Alder was joined in person by Birch and Cedar, who joined by phone": Cedar is out of the room, in a call with Alder */
export function joinedRemotely(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  if (h.role !== 'join' || d.part.ids.length < 2) return;
  const { text } = e.view;
  const remote = e.owned[i].filter((m) => m.kind === 'person' && m.start >= h.end && d.part.ids.includes(m.actorId) && EN.joinedRemotely.pattern.test(text.slice(m.end, m.end + 60))).map((m) => m.actorId);
  const hosts = e.owned[i].filter((m) => m.kind === 'person' && m.end <= h.start && d.part.ids.includes(m.actorId)).map((m) => m.actorId);
  if (!remote.length || !hosts.length) return;
  d.remote = uniq([...hosts, ...remote]);
  d.part = fired(d.why, 'participants', EN.joinedRemotely.id, { ids: d.part.ids.filter((id) => !remote.includes(id)), certainty: d.part.certainty });
}

/** signing-witness: "The signing ceremony was attended by A and B": witnesses of a ceremony, not a meeting of theirs (the join is dropped) */
export function ceremonyWitness(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.role !== 'join') return true;
  const { text } = e.view;
  const around = text.slice(e.clause.start, Math.min(e.clause.end, h.end + 40));
  if (!EN.signingWitness.pattern.test(around) || /\b(?:meeting|talks|summit|negotiations)\b/i.test(around)) return true;
  d.why.push({ stage: 'role', rule: EN.signingWitness.id });
  return false;
}

/**
 * run-by-agents (rule join-run-by): "These discussions were facilitated by the Prime Minister of Avalon …, Carla Cedar, and the
 * Prime Minister of Nordvik …, Dana Dogwood": every person named after "facilitated/mediated/chaired/hosted by"
 * up to the sentence's next trigger takes part, however long the titles between them (the join window is short).
 */
export function runByAgents(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.rule.id !== 'join-run-by') return true;
  const { view } = e;
  // the agents of a happening never make one of their own: with no meeting told before, the join is dropped
  if (!e.ctx.cands.some((c) => c.type === 'meeting' && c.role === 'event' && c.sentence <= view.s.index)) {
    d.why.push({ stage: 'role', rule: 'run-by-needs-happening' });
    return false;
  }
  const next = [...view.eventHits, ...view.hits].filter((x) => x.start >= h.end).reduce((a, x) => Math.min(a, x.start), view.text.length);
  const agents = uniq(view.local.filter((m) => m.kind === 'person' && m.start >= h.end && m.start < next).map((m) => m.actorId));
  // the agents are people: a body named among them ("the Community of …", "brokered by Avalon and the UN") is no party
  const people = d.part.ids.filter((id) => e.ctx.kindOf(id) === 'person');
  if (!agents.length) {
    d.part = { ...d.part, ids: people };
    return true;
  }
  d.part = fired(d.why, 'participants', 'run-by-agents', { ids: uniq([...people, ...agents]), certainty: Math.max(d.part.certainty, 0.7) });
  return true;
}
