/**
 * A statement verb inside quotation marks whose quotation the same sentence attributes to its speaker ("“Vell warned
 * us twice about the fees,” Birch told reporters", "Birch said: “I told Alder we are ready.”") is part of that
 * speaker's words: the attribution verb makes the statement (of the quote's speaker), the verb inside the quote tells
 * what the quote says and is no remark of its own — never one of a person the quote names.
 */
import type { LangRule } from '../lang/en';

export const REMARK_INSIDE_ATTRIBUTED_QUOTE: LangRule = {
  id: 'remark-inside-attributed-quote',
  pattern: /a statement verb inside a quotation, with another statement verb of the same sentence outside quotation marks/,
  effect: 'the verb inside the quotation is part of the quoted words: no statement of its own (the attribution verb makes the quote speaker\'s statement)',
  example: '“Vell warned us twice about the harbour fees,” Ana Birch told reporters in Cedar.',
};

/** true when the verb at `at` lies inside a quotation and another statement verb of the sentence lies outside every quotation */
export function insideAttributedQuote(at: number, quotes: { start: number; end: number }[], verbStarts: number[]): boolean {
  const inside = (x: number) => quotes.some((q) => x >= q.start && x < q.end);
  if (!inside(at)) return false;
  return verbStarts.some((v) => v !== at && !inside(v));
}
