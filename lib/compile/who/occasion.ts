/**
 * The occasion of a remark (press conference or briefing, written statement, post, interview, speech), read from
 * the words of its sentence outside quotation marks by the rows of lang/en-who.ts EN_OCCASION. The statements pass
 * records it as a rule of stage 'occasion' on the statement; merge/score.ts reads it back (occasionsOf) to join one
 * speaker's reports of one occasion.
 */
import { EN_OCCASION } from '../lang/en-who';

export const OCCASION_STAGE = 'occasion';
export type OccasionRule = (typeof EN_OCCASION)[keyof typeof EN_OCCASION];
const ROWS: OccasionRule[] = Object.values(EN_OCCASION);

/** The occasion rows whose words occur in the text outside the given (quoted) spans, in row order. */
export function occasionRules(text: string, quoted: { start: number; end: number }[] = []): OccasionRule[] {
  let bare = text;
  for (const q of quoted) bare = bare.slice(0, q.start) + ' '.repeat(Math.max(0, q.end - q.start)) + bare.slice(q.end);
  return ROWS.filter((r) => r.pattern.test(bare));
}

/** The occasion rule ids recorded on a report (its rules of stage 'occasion'), sorted and unique. */
export function occasionsOf(rules: { stage: string; rule: string }[] | undefined): string[] {
  if (!rules) return [];
  return [...new Set(rules.filter((r) => r.stage === OCCASION_STAGE).map((r) => r.rule))].sort();
}
