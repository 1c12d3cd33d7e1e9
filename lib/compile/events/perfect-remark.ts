/**
 * A remark told in the present perfect is a position held over time, not a remark made on a day (EN.perfectRemark):
 * "Nordvik has rejected the accusations", "Alder has long said …", "having insisted that …". News tells the
 * standing positions of the parties as background in this tense; the remarks of the story are in the simple past
 * ("said on Monday"). A participle (", saying …") shares the tense of its main verb: "Alder has blocked the bid,
 * saying …" is background too. (The pluperfect, "had said", was measured too and dropped remarks annotators keep.)
 */
import { EN } from '../lang/en';

/** the main verb of the clause before a participle's comma, in the perfect */
const PERFECT_MAIN = /\b(?:has|have|having)\s+(?:(?:also|already|long|repeatedly|previously|publicly|\w+ly)\s+)*\p{Ll}+(?:ed|en|wn|ne|de)\b[^,;]*,\s*$/iu;

/** True when the statement verb (its text `verb`, the sentence before it `before`) tells a position in the perfect. */
export function perfectRemark(before: string, verb: string): boolean {
  if (EN.perfectRemark.pattern.test(before)) return true;
  return /^(?:saying|adding)$/i.test(verb) && PERFECT_MAIN.test(before);
}
