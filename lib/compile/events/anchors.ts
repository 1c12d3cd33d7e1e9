/** Date pass (after clustering): anchored dates ("three days before the talks") and weak dates. */
import { addDays } from '../what/anchors';
import { statusClass } from '../what/modality';
import { typeOfReference } from '../what/triggers';
import type { Cand, Cluster } from './cand';
import { clusterDate, clusterStatusClass, recomputeDate } from './cluster';

/**
 * Anchored dates, after clustering: "three days before the talks" → the day of
 * the happening named inside the expression (its words are a reference hit),
 * else the nearest earlier happening of that kind; "a day earlier" → the
 * nearest earlier dated happening. A few rounds settle chains of anchors.
 */
export function resolveAnchors(clusters: Cluster[], published?: string): void {
  const clusterOfCand = new Map<Cand, Cluster>();
  for (const c of clusters) for (const x of c.cands) clusterOfCand.set(x, c);
  const all = [...clusterOfCand.keys()].sort((a, b) => a.order - b.order);
  const indexOf = new Map(all.map((x, i) => [x, i]));
  const bySentence = new Map<number, Cand[]>();
  for (const x of all) bySentence.set(x.sentence, [...(bySentence.get(x.sentence) ?? []), x]);
  // an anchor needs a stated day: a day estimated from "last week" is no base for "three days before"
  const dayOf = (c: Cluster) => {
    const d = clusterDate(c);
    return d.value && d.value.length === 10 && d.source !== 'range' ? d.value : null;
  };
  const nearestEarlier = (x: Cand, c: Cluster, ok: (y: Cand, yc: Cluster) => boolean): Cluster | null => {
    for (let i = (indexOf.get(x) ?? 0) - 1, n = 0; i >= 0 && n < 2000; i--, n++) {
      const y = all[i];
      const yc = clusterOfCand.get(y)!;
      if (yc !== c && ok(y, yc) && dayOf(yc)) return yc;
    }
    return null;
  };
  const anchored = all.filter((x) => x.date.anchor && !x.date.value);
  for (let round = 0; round < 3; round++) {
    for (const x of anchored) {
      const d = x.date;
      if (!d.anchor || d.value) continue;
      const c = clusterOfCand.get(x)!;
      let target: Cluster | null = null;
      if (d.anchor.ref) {
        const type = typeOfReference(d.anchor.ref);
        const span = x.anchorSpan;
        const inside = span ? (bySentence.get(x.sentence) ?? []).find((y) => y !== x && y.hit.start >= span.start && y.hit.start < span.end && clusterOfCand.get(y) !== c) : undefined;
        target = inside ? clusterOfCand.get(inside)! : null;
        if (!target || !dayOf(target)) target = nearestEarlier(x, c, (_y, yc) => !type || yc.type === type);
        if (!target) {
          const pool = clusters.filter((o) => o !== c && (!type || o.type === type) && dayOf(o));
          pool.sort((a, b) => b.cands.length + b.participants.length - (a.cands.length + a.participants.length));
          target = pool[0] ?? null;
        }
      } else {
        target = nearestEarlier(x, c, (y) => y.sentence <= x.sentence);
      }
      const base = target ? dayOf(target) : null;
      if (!base) continue;
      // an anchor that would put a past happening after publication is misread ("six months after his visit in February")
      if (published && statusClass(x.status) === 'real' && addDays(base, d.anchor.offsetDays) > published) continue;
      x.date = { ...d, value: addDays(base, d.anchor.offsetDays), precision: 'day', reference: `${d.anchor.offsetDays >= 0 ? '+' : ''}${d.anchor.offsetDays} day(s) from the ${target!.type} of ${base}` };
      x.why.push({ stage: 'date', rule: d.anchor.ref ? 'anchored-to-happening' : 'anchored-to-previous-day' });
      recomputeDate(c);
    }
  }
}

/** A happening left without a day takes the day its references were told with ("talks with X in Avalon on Tuesday"). */
export function applyWeakDates(clusters: Cluster[]): void {
  for (const c of clusters) {
    if (c.date.value || c.type === 'statement' || clusterStatusClass(c) !== 'real') continue;
    const weak = [...c.cands].sort((a, b) => a.order - b.order).find((x) => x.weakDate)?.weakDate;
    if (weak) {
      c.date = { ...weak, source: 'anchored' };
      (c.why ??= []).push({ stage: 'date', rule: 'day-told-with-reference' });
    }
  }
}

