/**
 * Maximum-weight bipartite assignment (Hungarian algorithm, O(n³)),
 * deterministic: ties resolve by index order. weights[r][c] ≥ 0; a weight of 0
 * means "no edge" and such pairs are never returned.
 */
export function maxWeightAssignment(weights: number[][], cols: number): [number, number][] {
  const rows = weights.length;
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  let maxW = 0;
  for (const r of weights) for (const w of r) if (w > maxW) maxW = w;
  // cost matrix (1-based, square) to minimise
  const cost = (i: number, j: number) => {
    const w = i <= rows && j <= cols ? (weights[i - 1][j - 1] ?? 0) : 0;
    return maxW - w;
  };
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: [number, number][] = [];
  for (let j = 1; j <= n; j++) {
    const i = p[j];
    if (i >= 1 && i <= rows && j <= cols && (weights[i - 1][j - 1] ?? 0) > 0) out.push([i - 1, j - 1]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
