/**
 * merge/linkage: agglomerative clustering with complete linkage over the scored pairs of one
 * component, best pair first: two clusters join when no two of their reports are in hard conflict
 * and at least half of their pairs scored. Clusters of different components never touch, so
 * clustering each component alone gives the clusters of the whole.
 */
import type { PairTable } from './pair-table';
import { hardConflict, type Item, type Scorer } from './score';

/** Mutable copy-free merge of two ascending lists. */
function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * The clusters of one component. pairs: (i, j) with i < j, best first (score, then i, then j);
 * members: the component's reports, ascending; compat: the scored pairs. Each cluster ascending,
 * clusters in the order of their first report.
 */
export function completeLinkage(pairs: [number, number][], members: number[], compat: PairTable, items: Item[], sc: Scorer): number[][] {
  const clusterOf = new Map<number, number>(members.map((i) => [i, i]));
  const groups = new Map<number, number[]>(members.map((i) => [i, [i]]));
  for (const [pi, pj] of pairs) {
    const ca = clusterOf.get(pi)!;
    const cb = clusterOf.get(pj)!;
    if (ca === cb) continue;
    const ma = groups.get(ca)!;
    const mb = groups.get(cb)!;
    // no hard conflict between any two reports of the clusters, and most pairs shown alike
    let alike = 0;
    let conflict = false;
    for (const x of ma) {
      for (const y of mb) {
        if (compat.has(x, y)) alike++;
        else if (hardConflict(items[x], items[y], sc)) {
          conflict = true;
          break;
        }
      }
      if (conflict) break;
    }
    if (conflict || alike * 2 < ma.length * mb.length) continue;
    const [keep, drop] = ca < cb ? [ca, cb] : [cb, ca];
    const dropped = groups.get(drop)!;
    groups.set(keep, mergeSorted(groups.get(keep)!, dropped));
    groups.delete(drop);
    for (const x of dropped) clusterOf.set(x, keep);
  }
  return [...groups.values()].sort((a, b) => a[0] - b[0]);
}
