import type { DateExpr, SentencedDoc } from './types';

/** STUB (to be replaced): no dates. */
export function findDates(_doc: SentencedDoc): DateExpr[] {
  return [];
}
