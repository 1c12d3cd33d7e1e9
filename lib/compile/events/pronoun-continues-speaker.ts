/**
 * A "he"/"she" subject of a statement verb continues the remark of the sentence right before it
 * (PRONOUN_CONTINUES_SPEAKER): "Alder accepted the invitation, his press secretary Mara Quist told reporters. “We will
 * trade,” she said." — coreference may pick a person that sentence names in passing (the principal, an addressee, a
 * name inside a title), but the reporter's convention is that the pronoun goes on with the one who just spoke:
 *  - the sentence before has a remark of a speaker the text does not name (an unresolved name or description,
 *    pronoun-speaker.ts notes it): the pronoun is that speaker, whom no one named resolves — no statement (unless
 *    coreference's pick bears that unresolved surname);
 *  - else the sentence before has a remark of a person other than coreference's pick: that person speaks, when the
 *    pronoun's gender does not contradict the document's (who/gender.ts).
 * Only the pronoun right before the verb (opening the sentence, after a time phrase, or after a closing quotation).
 */
import type { LangRule } from '../lang/en';

export const PRONOUN_CONTINUES_SPEAKER: LangRule = {
  id: 'speaker-pronoun-continues-last-speaker',
  pattern: /(?:^(?:(?:on|in|at|late|early|later)\s+\w+\s*,?\s+)?|[”"]\s*,?\s*)(he|she)\s+(?:(?:also|then|later|again|further|\p{Ll}+ly)\s+)?$/iu,
  effect:
    'a "he"/"she" subject of a statement verb, opening its sentence or right after a closing quotation, in the sentence right after another remark: it is that remark\'s speaker (gender not contradicting), not a person coreference picked from that sentence\'s passing names; when that speaker is one the text does not name (an unresolved name or description), no statement',
  example: '“We want to trade,” she ',
};

/** The pronoun of the clause right before the verb (text before it, `lead`), or null when it is not that shape. */
export function continuingPronoun(lead: string): string | null {
  const m = PRONOUN_CONTINUES_SPEAKER.pattern.exec(lead);
  return m ? m[1] : null;
}
