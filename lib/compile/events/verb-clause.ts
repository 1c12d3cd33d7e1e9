/**
 * The clause structure around a verb of saying, read by the statements pass (rows in lang/en.ts):
 *  - saying-in-passive: "is already said to …", "it is often said that …" — hearsay, no speaker;
 *  - coordinated-verb-after-time: "…, and today announced …" — the verb shares the first verb's subject across a time
 *    or sequence word (the statements pass then finds that subject as for "and then said");
 *  - day-of-the-content-clause: a day inside the that-clause after the verb dates what is told, not the remark.
 */
import { EN } from '../lang/en';

/** True when the verb of saying (its text `verb`, the sentence before it `before`) is in the passive. */
export function sayingInPassive(verb: string, before: string): boolean {
  return /^(?:said|says|stated|told)$/i.test(verb) && EN.sayingPassive.pattern.test(before);
}

/** The "and" that coordinates the verb with an earlier one (the text before the verb), or null. */
export function coordinatedLead(before: string): RegExpExecArray | null {
  return EN.coordinatedAfterTime.pattern.exec(before);
}

/** A day between "that" and what follows, no day word before "that": the text from the verb's end to the day (`between`). */
const DAY_BEFORE_THAT = /^\s+(?:\S+\s+){0,6}?(?:on|in|at|late|early|last|this|earlier)\s+\S*\s*that\s/i;

/** True when a day starting `between` after the verb lies inside the verb's that-clause. */
export function inContentClause(between: string): boolean {
  return EN.contentClauseDay.pattern.test(between) && !DAY_BEFORE_THAT.test(between);
}
