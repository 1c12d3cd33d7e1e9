/**
 * Being together with someone, told without a verb of meeting:
 *   joined-person  (trigger meeting-joined-person: "A joined B at a rally in P", "A joined President B for a dinner",
 *                  "before joining B at the palace") joining a person somewhere is a meeting of the two — only when the
 *                  one joined is a person named right after the verb (titles and names in between): "Nordvik joined the
 *                  Alliance in April", "joined forces in …" are no meeting, the hit is dropped.
 */
import type { ClauseEnv, Draft } from './types';

/** titles and names only, between the verb and the person joined */
const NAMES_BETWEEN = /^\s+(?:[A-Z][\w.’'-]*\s+){0,4}$/;

/** the one joined — the first mention after the hit, only titles and names between — must be a person; else the hit is dropped */
export function joinedPerson(d: Draft, e: ClauseEnv): boolean {
  if (d.h.rule.id !== 'meeting-joined-person') return true;
  const next = e.owned[d.i].filter((m) => m.start >= d.h.end).sort((a, b) => a.start - b.start)[0];
  if (next && next.kind === 'person' && NAMES_BETWEEN.test(e.view.text.slice(d.h.end, next.start))) return true;
  d.why.push({ stage: 'participants', rule: 'joined-no-person' });
  return false;
}
