/**
 * couple-only: "the invitation to Alder and first lady Cedar was extended during a phone call", "Alder and his wife Cedar
 * were welcomed at the palace": a person and the spouse coordinated with them are one side. A meeting or call whose only
 * people are such a couple names no counterpart: the hit is dropped (the happening's other side is told elsewhere).
 */
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** Are the two mentions a person and the spouse coordinated after them ("A and his wife B")? */
export function isCouple(text: string, a: { end: number }, b: { start: number }): boolean {
  return a.end <= b.start && EN.coupleGlue.pattern.test(text.slice(a.end, b.start));
}

export function coupleOnly(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'call')) return true;
  const ids = d.part.ids;
  if (ids.length !== 2 || ids.some((id) => e.ctx.kindOf(id) !== 'person')) return true;
  const { text, local } = e.view;
  const ms = local.filter((m) => ids.includes(m.actorId)).sort((x, y) => x.start - y.start);
  for (let k = 1; k < ms.length; k++)
    if (ms[k - 1].actorId !== ms[k].actorId && isCouple(text, ms[k - 1], ms[k])) {
      fired(d.why, 'participants', EN.coupleGlue.id, true);
      return false;
    }
  return true;
}
