/** Broadcast pass: a programme's own exchanges (with its guests, its correspondents) are broadcast talk, never a call between actors. */
import { EN } from '../../lang/en';
import type { ClauseEnv, Draft } from './types';

/** programme-subject / programme-object: "We spoke by phone with X", "X spoke with our correspondent": dropped */
export function programmeTalk(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  const { text } = e.view;
  return !(h.type === 'call' && (EN.programmeSubject.pattern.test(text.slice(e.clause.start, h.start)) || EN.programmeObject.pattern.test(text.slice(h.end, e.clause.end))));
}
