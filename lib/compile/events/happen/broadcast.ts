/** Broadcast pass: a programme's own exchanges (with its guests, its correspondents) are broadcast talk, never a call between actors. */
import { EN } from '../../lang/en';
import { PERSONISH } from '../../what/participants';
import type { ClauseEnv, Draft } from './types';

/** programme-subject / programme-object: "We spoke by phone with X", "X spoke with our correspondent": dropped */
export function programmeTalk(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  const { text } = e.view;
  if (h.type !== 'call') return true;
  if (EN.programmeObject.pattern.test(text.slice(h.end, e.clause.end))) return false;
  const before = text.slice(e.clause.start, h.start);
  const first = EN.firstPersonSpeaker.pattern.exec(before);
  if (!first) return !EN.programmeSubject.pattern.test(before);
  // "I just spoke with …" in a newsmaker's remarks: the people stage resolved "I" to the speaker — the speaker's call
  const at = e.clause.start + first.index + first[0].search(/(?:we|i)\b/i);
  const speaker = e.view.local.find((m) => PERSONISH.includes(m.kind) && m.start <= at && m.end > at);
  if (speaker) {
    d.why.push({ stage: 'participants', rule: EN.firstPersonSpeaker.id });
    return true;
  }
  return false;
}
