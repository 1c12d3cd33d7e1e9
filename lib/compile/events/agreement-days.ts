/**
 * Date pass (after clustering): an agreement the happenings pass left without a day, or with only a
 * month or a year ("agreed … to mark the anniversary this year"), although the text dates it:
 *  - `agreement-day-of-its-sentence`: the one stated day of the sentence that tells it ("have agreed on a
 *    framework, negotiators said after talks that ended late on Tuesday");
 *  - `agreement-at-its-talks`: else the day of the talks it was reached at: a meeting of the document with
 *    a stated day that fits the agreement's month or year and shares two participants with it (or names
 *    no one, "their summit in the capital"); of several, the latest, the talks the article reports.
 */
import type { ActorInfo, DateExpr } from '../types';
import { choiceFromExpr, datesCompatible, type DateChoice } from '../what/anchors';
import type { Cluster } from './cand';
import { clusterStatusClass } from './cluster';

export function dateAgreements(
  clusters: Cluster[],
  published: string,
  datesBySentence: Map<number, DateExpr[]> | undefined,
  dayOf: (c: Cluster) => DateChoice | null,
  actors?: Map<string, ActorInfo>,
): void {
  // a country stands for its people: "Guyana and Venezuela agreed" at the meeting of their presidents
  const side = (id: string) => actors?.get(id)?.affiliation ?? id;
  const shared = (a: string[], b: string[]) => {
    const sb = new Set(b.map(side));
    return new Set(a.map(side).filter((x) => sb.has(x))).size;
  };
  for (const c of clusters) {
    if (c.type !== 'agreement' || clusterStatusClass(c) !== 'real') continue;
    const d = c.date;
    const coarse = !d.value || d.value.length < 10 || d.source === 'range' || d.source === 'published';
    if (!coarse) continue;
    if (!d.value) {
      const own = [...c.cands].sort((a, b) => a.order - b.order).find((x) => x.role === 'event');
      const days = own ? (datesBySentence?.get(own.sentence) ?? []).filter((e) => e.value?.length === 10 && !e.future && !e.anchor && !e.range && e.value <= published) : [];
      if (days.length === 1) {
        c.date = { ...choiceFromExpr(days[0]), source: 'anchored' };
        (c.why ??= []).push({ stage: 'date', rule: 'agreement-day-of-its-sentence' });
        continue;
      }
    }
    const talks = clusters
      .filter((m) => m !== c && m.type === 'meeting' && dayOf(m) && (m.participants.length === 0 || shared(m.participants, c.participants) >= Math.min(2, new Set(c.participants.map(side)).size)))
      .map((m) => dayOf(m)!)
      .filter((t) => t.value! <= published && datesCompatible(d.range ? { value: null, range: d.range } : { value: d.value }, { value: t.value }))
      .sort((a, b) => (a.value! < b.value! ? 1 : -1));
    if (!talks.length) continue;
    c.date = { ...talks[0], source: 'anchored', expression: null, reference: `the day of the talks it was reached at (${talks[0].value})`, anchor: null };
    (c.why ??= []).push({ stage: 'date', rule: 'agreement-at-its-talks' });
  }
}
