/**
 * Talking that is no phone call:
 *   spoke-in-person  "A speaks with B during a meeting at <venue>", "Before meeting C, A spoke with B": the sentence places
 *                    the talkers together, so the happening is a meeting (kept a call when a phone, call or video is named)
 *   it-speaks-to     "it speaks to the delicate situation that A and B …": a thing that speaks to something is evidence of
 *                    it, not a conversation; the hit is dropped
 *   naming-called    "A called B “my friend”", "A called B’s decision “brave”": "called" names or judges; no call, dropped
 *   naming-called-noun  "A called his counterpart “President B”", "called the envoy “a liar”": the same with a common noun; dropped
 */
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

const TALK = /^(?:spoke|spoken|talked|speaks|talks)\b/i;

/** the sentence text outside quotations (a quoted remark places no one) */
function unquoted(text: string, quotes: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (q.start < at) continue;
    out += text.slice(at, q.start) + ' ';
    at = q.end;
  }
  return out + text.slice(at);
}

/** runs after the role pass (which sets d.etype): retypes an in-person talk as a meeting, drops a thing that "speaks to" */
export function spokeInPerson(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.rule.id === 'call-called-object' && EN.namingCalled.pattern.test(e.view.text.slice(h.end, e.clause.end))) {
    d.why.push({ stage: 'trigger', rule: EN.namingCalled.id });
    return false;
  }
  if (h.rule.id === 'call-called-object' && EN.namingCalledNoun.pattern.test(e.view.text.slice(h.end, e.clause.end))) {
    d.why.push({ stage: 'trigger', rule: EN.namingCalledNoun.id });
    return false;
  }
  if (h.type !== 'call' || !TALK.test(h.text)) return true;
  const { text, quotes } = e.view;
  if (EN.itSpeaksTo.pattern.test(text.slice(Math.max(e.clause.start, h.start - 40), h.end) + ' ')) {
    d.why.push({ stage: 'trigger', rule: EN.itSpeaksTo.id });
    return false;
  }
  if (d.role !== 'event') return true;
  const plain = unquoted(text, quotes);
  if (!EN.spokeInPerson.pattern.test(plain) || EN.spokeByPhone.pattern.test(plain)) return true;
  d.etype = fired(d.why, 'role', EN.spokeInPerson.id, 'meeting');
  return true;
}
