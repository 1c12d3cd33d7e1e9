/**
 * keep/rows: the fitted model as rule rows `{ id, pattern, effect, example }` (lang/en-keep.ts):
 * effect = the feature's weight in the logistic score; the threshold and whether the filter is
 * adopted (the leave-one-set-out gate of scripts/fit-keep.ts passed) beside them.
 */
import type { Weights } from './model';

export interface KeepRow {
  /** a feature id ("type:statement", "rule:date:clause-day", "bias") */
  id: string;
  /** what the feature tests, in words */
  pattern: string;
  /** its weight (log-odds of keeping) */
  effect: number;
  /** an invented instance */
  example: string;
}

export interface KeepModel {
  /** false: the stage keeps every event (the gate did not pass, or no fit yet) */
  adopted: boolean;
  /** keep an event when its score is >= threshold */
  threshold: number;
  ruleVocabulary: string[];
  rows: KeepRow[];
}

export function weightsOf(m: KeepModel): Weights {
  return { weights: Object.fromEntries(m.rows.map((r) => [r.id, r.effect])), threshold: m.threshold, ruleVocabulary: m.ruleVocabulary };
}
