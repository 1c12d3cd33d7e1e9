/**
 * The recorded figures CI holds the compiler to (data/eval/baseline.json,
 * written by `npm run eval -- --record`): per gated set, F1 and strict F1.
 * `npm run eval -- --strict` fails when a gated set drops below them. Pure.
 */
import type { SetFigures } from './evaluate';

/** the sets CI gates (tuned sets whose figures must never drop) */
export const GATED_SETS = ['samples', 'hard-cases'] as const;

export interface Baseline {
  /** set → figures (rounded to 3 decimals, as printed) */
  sets: Record<string, { f1: number; strictF1: number }>;
}

const r3 = (v: number | null) => Math.round((v ?? 0) * 1000) / 1000;

export function recordBaseline(results: SetFigures[]): Baseline {
  const sets: Baseline['sets'] = {};
  for (const r of results) if ((GATED_SETS as readonly string[]).includes(r.set)) sets[r.set] = { f1: r3(r.events.overall.f1), strictF1: r3(r.events.strict.f1) };
  return { sets };
}

/** Messages for every gated figure below its recorded value (empty: all hold). */
export function regressions(baseline: Baseline, results: SetFigures[]): string[] {
  const out: string[] = [];
  for (const [set, want] of Object.entries(baseline.sets)) {
    const r = results.find((x) => x.set === set);
    if (!r) {
      out.push(`${set}: not scored (the baseline names it)`);
      continue;
    }
    const f1 = r3(r.events.overall.f1);
    const strict = r3(r.events.strict.f1);
    if (f1 < want.f1) out.push(`${set}: F1 ${f1.toFixed(3)} < recorded ${want.f1.toFixed(3)}`);
    if (strict < want.strictF1) out.push(`${set}: strict F1 ${strict.toFixed(3)} < recorded ${want.strictF1.toFixed(3)}`);
  }
  return out;
}
