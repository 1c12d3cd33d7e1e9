/**
 * keep/model: an L2-regularised logistic regression over binary features, fitted
 * deterministically (inputs sorted, full-batch gradient descent for a fixed number of
 * iterations, weights rounded to 4 decimals), and the threshold that maximises pooled F1.
 * Pure; used by scripts/fit-keep.ts (fitting) and keep.ts (scoring).
 */

export const BIAS = 'bias';

export interface Weights {
  /** feature id → weight; missing features weigh 0 */
  weights: Record<string, number>;
  /** keep an event when its probability is >= threshold */
  threshold: number;
  /** rule features the model knows; other rules map to rule-other:<stage> */
  ruleVocabulary: string[];
}

/** a training example: features, label (1 keep, 0 drop); neutral examples are left out of the fit */
export interface Example {
  features: string[];
  label: 0 | 1;
}

export interface FitOptions {
  /** L2 strength (on the mean log-loss) */
  l2?: number;
  iterations?: number;
  rate?: number;
}

export const round4 = (x: number) => Math.round(x * 10_000) / 10_000 + 0;

/** rule features not in the vocabulary become rule-other:<stage> */
export function mapRules(features: string[], vocabulary: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const f of features) {
    if (f.startsWith('rule:') && !vocabulary.has(f)) out.add(`rule-other:${f.split(':')[1]}`);
    else out.add(f);
  }
  return [...out].sort();
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** the model's score (a probability) of one event's features */
export function score(features: string[], w: Record<string, number>): number {
  let z = w[BIAS] ?? 0;
  for (const f of features) z += w[f] ?? 0;
  return sigmoid(z);
}

/** features' contributions to one score, most negative first (ties: by id) */
export function contributions(features: string[], w: Record<string, number>): { id: string; weight: number }[] {
  return features
    .filter((f) => (w[f] ?? 0) !== 0)
    .map((id) => ({ id, weight: w[id] }))
    .sort((a, b) => a.weight - b.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Fits weights: mean log-loss + l2/2·|w|² (bias not regularised), full-batch gradient descent.
 * Examples are sorted first (by label, then features) so that the order they came in does not matter.
 */
export function fitLogistic(examples: Example[], opts: FitOptions = {}): Record<string, number> {
  const l2 = opts.l2 ?? 0.01;
  const iterations = opts.iterations ?? 3000;
  const rate = opts.rate ?? 0.5;
  const sorted = [...examples].map((e) => ({ label: e.label, features: [...new Set(e.features)].sort() }));
  sorted.sort((a, b) => a.label - b.label || cmpLists(a.features, b.features));
  const ids = [...new Set(sorted.flatMap((e) => e.features))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rows = sorted.map((e) => e.features.map((f) => index.get(f)!));
  const w = new Float64Array(ids.length);
  let b = 0;
  const n = Math.max(1, sorted.length);
  const g = new Float64Array(ids.length);
  for (let it = 0; it < iterations; it++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = b;
      for (const j of rows[i]) z += w[j];
      const err = sigmoid(z) - sorted[i].label;
      gb += err;
      for (const j of rows[i]) g[j] += err;
    }
    b -= (rate * gb) / n;
    for (let j = 0; j < w.length; j++) w[j] -= rate * (g[j] / n + l2 * w[j]);
  }
  const out: Record<string, number> = { [BIAS]: round4(b) };
  ids.forEach((id, j) => {
    const v = round4(w[j]);
    if (v !== 0) out[id] = v;
  });
  return out;
}

function cmpLists(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** an event of the pool as the threshold sees it: its score and what dropping it does */
export interface Scored {
  score: number;
  /** keep: matched a main annotated event (dropping it loses a TP); drop: a false positive or duplicate; neutral: neither */
  label: 'keep' | 'drop' | 'neutral';
}

/**
 * The threshold maximising pooled F1 when events scoring below it are dropped: TP = kept "keep"
 * events, FP = kept "drop" events, FN = annotated misses + dropped "keep" events. Candidates lie
 * midway between adjacent distinct scores (and 0: keep everything); ties go to the lowest
 * threshold (drop the fewest).
 */
export function chooseThreshold(pool: Scored[], misses: number): { threshold: number; f1: number } {
  const scores = [...new Set(pool.map((p) => p.score))].sort((a, b) => a - b);
  const candidates = [0, ...scores.slice(1).map((s, i) => round4((s + scores[i]) / 2))];
  let best = { threshold: 0, f1: -1 };
  for (const t of [...new Set(candidates)].sort((a, b) => a - b)) {
    let tp = 0;
    let fp = 0;
    let fn = misses;
    for (const p of pool) {
      const kept = p.score >= t;
      if (p.label === 'keep') {
        if (kept) tp++;
        else fn++;
      }
      else if (p.label === 'drop' && kept) fp++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-12) best = { threshold: t, f1 };
  }
  return best;
}
