/**
 * asked-not-told: a sentence that asks ("When did Alder visit Nordvik?", "Will the two leaders meet again?")
 * tells no happening of its own. An interviewer's or a FAQ's question names a meeting, call, visit or
 * agreement the text tells elsewhere (or one only wondered about): the hit starts nothing.
 */
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** Is the sentence a direct question (a question word or an auxiliary first, "?" last)? */
export function isAsked(sentence: string): boolean {
  return EN.askedNotTold.pattern.test(sentence);
}

export function askedNotTold(d: Draft, e: ClauseEnv): boolean {
  if (d.h.role !== 'event' || !isAsked(e.view.text)) return true;
  fired(d.why, 'status', EN.askedNotTold.id, true);
  return false;
}
