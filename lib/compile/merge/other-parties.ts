/**
 * merge/other-parties: two meetings told with other parties on other days. A report of a bilateral dated by its
 * text to one day and a report of a meeting of other (more) parties dated by its text to another day are two
 * happenings of one trip or one summit week (the talks of two leaders the day before the three-leader summit),
 * not one meeting told twice: neither the parties nor the day agree. Read by merge/score.ts (pairScore,
 * hardConflict). A day estimated from the publication is no stated day: such a report may be the same meeting a
 * day off, and stays free to join.
 */

export const OTHER_PARTIES_OTHER_DAY = {
  id: 'other-parties-other-day',
  pattern:
    'two meeting reports from two documents: a bilateral (two persons) whose day its own text states (a date or weekday, not estimated or taken from another happening), and a meeting of three or more persons holding both of them, dated by its text to another day',
  effect:
    'kept apart: two meetings (the bilateral on its day, the meeting of more parties on another); the same persons a day apart, a day estimated from publication, or one day still follow the other rules',
  example: 'Outlet A: Mara Quist held talks with Tomas Vell on Sunday. — Outlet B: Quist, Vell and the Nordvik premier held a three-way summit on Monday.',
};

export interface PartyDayItem {
  e: { type: string; date: string | null; docId: string; dateSource?: string };
  persons: string[];
  personKey: string;
  stated: boolean;
}

/** OTHER_PARTIES_OTHER_DAY: true when one report is a bilateral of a day its text states, the other a meeting of more parties on another stated day. */
export function otherPartiesOtherDay(a: PartyDayItem, b: PartyDayItem): boolean {
  if (a.e.type !== 'meeting' || b.e.type !== 'meeting' || a.e.docId === b.e.docId) return false;
  if (!a.stated || !b.stated || !a.e.date || a.e.date === b.e.date) return false;
  const [pair, more] = a.persons.length <= b.persons.length ? [a, b] : [b, a];
  // a bilateral (two persons) beside a meeting of more parties that holds both of them
  if (new Set(pair.persons).size !== 2 || new Set(more.persons).size < 3) return false;
  if ((pair.e.dateSource ?? 'explicit') !== 'explicit') return false;
  return pair.persons.every((p) => more.persons.includes(p));
}
