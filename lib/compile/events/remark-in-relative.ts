/**
 * A verb of saying whose object is the head of a relative clause (EN.remarkInRelative): "a deal the Nordvik leader
 * said would hinge on aid", "what Alder says is rhetoric", "a record that Vell says is a reason he came". The verb
 * is followed at once by an auxiliary or modal with no subject of its own (case-sensitive: "says May has …" names
 * someone), so what was said is the thing the sentence is about, told in passing: no statement of the story.
 */
import { EN } from '../lang/en';

const SAYING = /^(?:said|says|say|stated|claimed|insisted|argued)$/i;

/** True when the verb of saying (its text `verb`, the sentence after it `after`) sits in a relative clause. */
export function remarkInRelative(verb: string, after: string): boolean {
  return SAYING.test(verb) && EN.remarkInRelative.pattern.test(after);
}
