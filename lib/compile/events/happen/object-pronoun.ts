/**
 * object-pronoun: "Alder greeted him with a hug", "As Birch left the plane, Alder received him": "him"/"her"
 * right after a meeting verb (an object pronoun, not a possessive: the next word is no noun or adjective, by the
 * part-of-speech tags) is the guest — the nearest person named before the verb who is not its subject, in this
 * sentence, else the person the story follows (the last subject, this sentence or the two before).
 */
import { PERSONISH } from '../../what/participants';
import { tagSentence } from '../../text/pos';
import { EN } from '../../lang/en';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';

const NOT_POSSESSIVE = new Set(['ADP', 'PUNCT', 'ADV', 'CCONJ', 'SCONJ', 'PART']);

export function objectPronoun(d: Draft, e: ClauseEnv): void {
  const { h, i } = d;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'call')) return;
  const { text, local, s } = e.view;
  const m = EN.objectPronoun.pattern.exec(text.slice(h.end));
  if (!m) return;
  if (e.owned[i].some((x) => x.start >= h.end && PERSONISH.includes(x.kind))) return;
  const at = h.end + m[0].length;
  const next = tagSentence(text).find((t) => t.start >= at);
  if (next && !NOT_POSSESSIVE.has(next.pos)) return;
  // the verb's subject: the person named nearest before it
  const people = local.filter((x) => x.kind === 'person' && x.end <= h.start).sort((a, b) => b.end - a.end);
  const subj = people[0]?.actorId;
  if (!subj || !d.part.ids.includes(subj)) return;
  const subject = [subj];
  const before = people.find((x) => x.actorId !== subj);
  const last = e.lastSubject && s.index - e.lastSubject.sentence <= 2 && !subject.includes(e.lastSubject.id) ? e.lastSubject.id : null;
  const guest = before?.actorId ?? last;
  if (!guest) return;
  d.part = fired(d.why, 'participants', EN.objectPronoun.id, { ids: uniq([...d.part.ids, guest]), certainty: Math.min(d.part.certainty || 1, 0.6) });
}
