/**
 * Part-of-speech participants pass: subject and object from wink-nlp tags,
 * only where the surface rules left people of the sentence out ("A, B and C
 * met …", a meeting or call whose sentence names its people but the rules
 * gave it fewer than two).
 */
import { objectSpan, subjectSpan, tagSentence } from '../../text/pos';
import { PERSONISH, type LocalMention } from '../../what/participants';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';

/** pos-coordinated-list / pos-subject-object */
export function posList(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text, local, persons, quotes } = e.view;
  const { kindOf } = e.ctx;
  const have = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  const usable = d.role === 'event' && !h.rule.refOnly && (h.type === 'meeting' || h.type === 'call') && !quotes.some((q) => h.start > q.start && h.end < q.end);
  if (usable && ((have.length < 2 && persons.length >= 2) || (persons.length >= 3 && have.length < persons.length))) {
    const extra = posParticipants(text, local, h.start, h.end).filter((id) => !d.part.ids.includes(id));
    if (extra.length && have.length + extra.length >= 2) d.part = fired(d.why, 'participants', have.length ? 'pos-coordinated-list' : 'pos-subject-object', { ids: uniq([...d.part.ids, ...extra]), certainty: Math.min(d.part.certainty || 1, 0.7) });
  }
}

/** The people named in the subject run before a trigger and the object run after it, by part-of-speech tags. */
export function posParticipants(text: string, local: LocalMention[], start: number, end: number): string[] {
  const tokens = tagSentence(text);
  const spans = [subjectSpan(tokens, start), objectSpan(tokens, end)].filter((x): x is { start: number; end: number } => !!x);
  return uniq(local.filter((m) => PERSONISH.includes(m.kind) && spans.some((sp) => m.start >= sp.start && m.end <= sp.end)).map((m) => m.actorId));
}
