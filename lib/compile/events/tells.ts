/** Whether a reference to a happening tells something of it (evidence worth citing). */
import type { TriggerHit } from '../what/triggers';
import { EN } from '../lang/en';

/** Whether a sentence mentioning a happening by a reference tells something of it (not a question, not a passing mention). */
export function tellsOf(text: string, h: TriggerHit): boolean {
  if (/\?\s*$/.test(text.trim())) return false;
  if (EN.tellsOf.pattern.test(text)) return true;
  return EN.atReference.pattern.test(text.slice(Math.max(0, h.start - 60), h.start)) && EN.remarkVerb.pattern.test(text);
}
