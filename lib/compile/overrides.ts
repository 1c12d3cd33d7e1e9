import type { Correction, Dataset, Problem } from '../schema';

export interface OverridesResult {
  dataset: Dataset;
  problems: Problem[];
  applied: { index: number; op: string; applied: boolean; message: string }[];
}

/** STUB (to be replaced): applies nothing. */
export function applyCorrections(dataset: Dataset, corrections: Correction[], _lines: number[]): OverridesResult {
  return { dataset, problems: [], applied: corrections.map((c, index) => ({ index, op: c.op, applied: false, message: 'not implemented' })) };
}
