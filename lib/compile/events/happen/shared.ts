/**
 * One sentence, several happenings, shared parties: the clause structure tells that a second happening of a
 * sentence has the parties of the first.
 *   coordinated-verb  "Alder met Birch and agreed to restore flights": a verb coordinated with "and" (no subject
 *                     of its own) shares the parties of the happening before it in the clause
 *   ing-clause-parties "Alder and Birch held talks before signing a trade accord": an -ing clause's happening has
 *                     the parties of the main clause's happening (all of them, not only its first name)
 * (the third shape, "signed a declaration after their summit", is same-sentence-people in role.ts)
 */
import { PERSONISH } from '../../what/participants';
import { EN } from '../../lang/en';
import type { Cand } from '../cand';
import { fired, type ClauseEnv, type Draft } from './types';

/** the last happening of this sentence already emitted, with two or more people */
function previousWithPeople(e: ClauseEnv, kindOf: (id: string) => string | null | undefined): Cand | undefined {
  const { cands } = e.ctx;
  for (let k = cands.length - 1; k >= 0 && cands[k].sentence === e.view.s.index; k--) {
    const c = cands[k];
    if (c.role === 'event' && c.type && c.type !== 'visit' && c.participants.filter((id) => PERSONISH.includes((kindOf(id) ?? 'country') as never)).length >= 2) return c;
  }
  return undefined;
}

export function sharedParties(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  if (h.role !== 'event' || h.rule.refOnly || (h.type !== 'agreement' && h.type !== 'meeting' && h.type !== 'call')) return;
  const { kindOf } = e.ctx;
  const { text, local } = e.view;
  const people = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  // coordinated-verb: "… and agreed to …", no name between "and" and the verb
  if (i > 0 && !people.length) {
    const prev = e.inClause[i - 1];
    const between = text.slice(prev.end, h.start);
    const and = /[;:.]/.test(between) ? null : EN.coordinatedVerb.pattern.exec(between);
    if (and && !local.some((m) => m.start >= prev.end + and.index && m.end <= h.start)) {
      const c = previousWithPeople(e, kindOf);
      if (c && c.hit.start === prev.start) {
        d.part = fired(d.why, 'participants', EN.coordinatedVerb.id, { ids: c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(c.certainty, 0.7) });
        return;
      }
    }
  }
  // ing-clause-parties: the main clause's happening names two or more people; the -ing clause took only its first
  if (d.ingClause && people.length < 2) {
    const c = previousWithPeople(e, kindOf);
    if (c && c.hit.end <= e.clause.start) d.part = fired(d.why, 'participants', 'ing-clause-parties', { ids: c.participants.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')), certainty: Math.min(c.certainty, 0.7) });
  }
}
