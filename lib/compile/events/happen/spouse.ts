/**
 * spouse-not-party: a person the document introduces as someone's spouse ("Tomas Vell and his wife, Mara Quist",
 * "first lady Mara Quist") is beside a leader, not a party of their own:
 * - an agreement's parties never include a spouse (a spouse signs nothing for a state);
 * - "the two leaders", "they" told after a sentence naming a couple stand for the pair told before that couple
 *   (clues.ts previousPair reads the set built here);
 * - a visit whose only visitor is a spouse coordinated after the one they accompany ("the president and his wife
 *   Mara Quist arrived in Avalon") is the visit of that person, told elsewhere: the hit is dropped
 *   (spouse-accompanies).
 * Meetings and calls keep spouses (hosts and guests' spouses take part in receptions; couple-only handles a couple alone).
 */
import { EN } from '../../lang/en';
import type { Ctx } from '../context';
import { fired, type ClauseEnv, type Draft } from './types';

const SPOUSES = new WeakMap<Ctx, Set<string>>();

/** the people the document introduces as someone's spouse (a person mention right after "his wife", "first lady" …) */
export function spousesOf(ctx: Ctx): Set<string> {
  let set = SPOUSES.get(ctx);
  if (set) return set;
  set = new Set<string>();
  const body = ctx.doc.body;
  for (const ms of ctx.mentionsBySentence.values())
    for (const m of ms)
      if (ctx.kindOf(m.actorId) === 'person' && m.via !== 'pronoun' && namesWhole(m.surface, ctx.actors.get(m.actorId)?.name ?? '') && EN.spouseOf.pattern.test(body.slice(Math.max(0, m.start - 40), m.start))) set.add(m.actorId);
  SPOUSES.set(ctx, set);
  return set;
}

/** the surface names this person, not a namesake of the family ("first lady Mara Vell" read as her husband Tomas Vell is no spouse mention) */
export function namesWhole(surface: string, name: string): boolean {
  const w = surface.trim().split(/\s+/);
  const n = name.trim().split(/\s+/);
  if (!w.length || !n.length || w[0].toLowerCase() !== n[0].toLowerCase()) return false;
  return w.length === 1 || w[w.length - 1].toLowerCase() === n[n.length - 1].toLowerCase();
}

export function spouseNotParty(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.role !== 'event' || (h.type !== 'agreement' && h.type !== 'visit')) return true;
  const spouses = spousesOf(e.ctx);
  if (!spouses.size || !d.part.ids.some((id) => spouses.has(id))) return true;
  if (h.type === 'agreement') {
    d.part = fired(d.why, 'participants', EN.spouseOf.id, { ...d.part, ids: d.part.ids.filter((id) => !spouses.has(id)) });
    return true;
  }
  // a visit: the spouses coordinated after the one they accompany in this sentence are no visitors of their own
  const { text, local } = e.view;
  const along = new Set(local.filter((m) => spouses.has(m.actorId) && EN.spouseAlong.pattern.test(text.slice(Math.max(0, m.start - 40), m.start))).map((m) => m.actorId));
  if (!along.size) return true;
  const rest = d.part.ids.filter((id) => !along.has(id));
  if (rest.some((id) => e.ctx.kindOf(id) === 'person' || e.ctx.kindOf(id) === 'group')) return true;
  fired(d.why, 'participants', EN.spouseAlong.id, true);
  return false;
}
