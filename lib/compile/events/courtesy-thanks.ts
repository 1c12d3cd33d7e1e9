/**
 * Courtesy thanks told of a guest or host ("Alder expressed his thanks and appreciation for the hospitality",
 * "Birch expressed her gratitude for the invitation"): the account of a visit, meeting or call tells a courtesy,
 * no remark of the story. Only a sentence whose one verb of saying is that "expressed" and that quotes nothing; "Alder
 * expressed his gratitude and said …", or any quoted words, stay a remark.
 */
import type { LangRule } from '../lang/en';

export const COURTESY_THANKS: LangRule = {
  id: 'courtesy-thanks-only',
  pattern: /^\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:sincere|deep|deepest|heartfelt|warm|profound|special|great)\s+)?(?:thanks|gratitude|appreciation)\b/i,
  effect: 'a sentence whose one verb of saying is "expressed" followed by thanks, gratitude or appreciation, with no quoted words, tells a courtesy of a visit, meeting or call: no statement',
  example: ' his thanks and appreciation for the hospitality',
};

/** True when the statement hit "expressed" at [start, end) is only courtesy thanks: its object is thanks, no other statement hit, no quotation mark. */
export function courtesyThanks(text: string, hitText: string, end: number, statementHits: number): boolean {
  if (statementHits !== 1 || !/^express(?:ed|ing)$/i.test(hitText)) return false;
  if (/["“”]/.test(text)) return false;
  return COURTESY_THANKS.pattern.test(text.slice(end));
}
