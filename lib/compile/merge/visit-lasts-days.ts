/**
 * merge/visit-lasts-days: two reports of one visit told on different days, or with a companion beside the visitor.
 * A visit lasts days (the arrival, the talks, the state dinner, the departure): one report dates it by the arrival,
 * another by the day of the talks, a programme in one document tells each day in turn — one visit, not a visit per
 * day. And a visitor travels with a spouse or a minister ("Alder, accompanied by Birch, arrived in …"): a report naming
 * the companion beside the visitor tells the same visit as one naming the visitor alone. Read by merge/score.ts
 * (pairScore, hardConflict, undatedAlike), where the days and the main pair would otherwise keep the reports apart.
 * Meetings, calls, agreements and statements keep their day rules (two days of talks are two meetings).
 */

export const VISIT_LASTS_DAYS = {
  id: 'visit-lasts-days',
  pattern:
    'two visit reports of the same visitor (the first person of each main pair), same status, compatible places: dated to days up to 3 apart (also two days told by one document), or one of them undated (documents published within 7 days), or naming a companion beside the visitor',
  effect:
    'the days and the companion no longer keep them apart: one visit (its days as the merge chooses, the other recorded as a disagreement); meetings and calls on two days stay two, a visitor four days or more apart stays apart',
  example: 'Mara Quist, accompanied by Tomas Vell, arrived in Avalon on Monday. … On Tuesday Quist holds talks and attends a state dinner in Avalon.',
};

/** The widest gap in days between two dated reports of one visit. */
export const VISIT_DAYS = 3;

export interface VisitItem {
  e: { type: string; mainParticipants?: string[]; participants: string[] };
  persons: string[];
  cls: string;
}

/** The visitor of a visit report: the first of its main participants, when a person. */
export function visitorOf(x: VisitItem): string | null {
  const first = (x.e.mainParticipants ?? x.e.participants)[0];
  return first && x.persons.includes(first) ? first : null;
}

/**
 * VISIT_LASTS_DAYS: two visit reports of the same visitor and status (places and days are checked by the caller): the
 * visitor of one is a main participant of the other (a companion may come first in a pair: "Birch and Alder arrived").
 */
export function sameVisitor(a: VisitItem, b: VisitItem): boolean {
  if (a.e.type !== 'visit' || b.e.type !== 'visit' || a.cls !== b.cls) return false;
  const main = (x: VisitItem) => (x.e.mainParticipants ?? x.e.participants).slice(0, 2);
  const va = visitorOf(a);
  const vb = visitorOf(b);
  return (!!va && main(b).includes(va) && b.persons.includes(va)) || (!!vb && main(a).includes(vb) && a.persons.includes(vb));
}

/**
 * For the trace of a merged visit (merge/build.ts mergeReasons — a hook requested of its owner): [VISIT_LASTS_DAYS.id]
 * when two of its reports are of one visitor told on different days or with different companions, else [].
 */
export function visitMergeRules(items: (VisitItem & { e: VisitItem['e'] & { date: string | null } })[]): string[] {
  const pair = (x: VisitItem) => (x.e.mainParticipants ?? x.e.participants).slice(0, 2).join('|');
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (sameVisitor(items[i], items[j]) && (items[i].e.date !== items[j].e.date || pair(items[i]) !== pair(items[j]))) return [VISIT_LASTS_DAYS.id];
  return [];
}
