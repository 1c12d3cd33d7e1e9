/**
 * pair-subject: an agreement whose subject is a plural noun standing for its parties — "the two leaders signed a
 * joint declaration", "the pair agreed a new framework", "…, at the end of which the two men signed", "after the two
 * nations reached a deal", "a declaration signed by the two leaders" — is the agreement of the people the text has
 * just told together. The noun phrase is read where the clause puts it (right before the verb, or as the agent after
 * a passive verb), after any subordinator; its people are, in order:
 *   1. the two people named before it in its own sentence ("A received B …, after which the two leaders signed");
 *   2. the people of the meeting or call told just before (up to four sentences back) that took place;
 *   3. the two people named in the sentences just before (clues.ts previousPair), spouses left out.
 * A person the subject reading took from elsewhere in the clause ("after A left, … the two countries agreed") gives
 * way; people named inside the noun phrase ("the two leaders, A and B, signed") stay the parties.
 */
import { EN } from '../../lang/en';
import { statusClass } from '../../what/modality';
import { PERSONISH } from '../../what/participants';
import { previousPair } from '../clues';
import { uniq } from '../util';
import { spousesOf } from './spouse';
import { fired, type ClauseEnv, type Draft } from './types';

/** how many sentences back a meeting or call may be told for its parties to be "the two leaders" */
const TALKS_BACK = 4;

export function pairSubject(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.type !== 'agreement' || h.role !== 'event' || h.rule.refOnly) return;
  const { text, local, s } = e.view;
  const { kindOf, cands, personsBySentence } = e.ctx;
  const personish = (id: string) => PERSONISH.includes(kindOf(id) ?? 'country');
  if (d.part.ids.length >= 2) return;
  const np = EN.pairSubject.pattern.exec(text.slice(e.clause.start, h.start));
  const agent = !np && EN.pairAgent.pattern.test(text.slice(h.end, e.clause.end));
  if (!np && !agent) return;
  const npStart = np ? e.clause.start + np.index : h.start;
  const spouses = spousesOf(e.ctx);
  let pair: string[] = [];
  let rule = EN.pairSubject.id;
  // 1. the two people named before the noun phrase in its own sentence
  const before = local.filter((m) => m.kind === 'person' && m.end <= npStart && !spouses.has(m.actorId));
  const here = uniq(before.map((m) => m.actorId));
  // not the speakers of a report ("A and B said the two leaders agreed …"): a reporting verb between them and the noun
  if (here.length === 2 && !EN.pairReported.pattern.test(text.slice(before[0].end, npStart))) pair = here;
  // 2. the parties of the meeting or call just told
  if (!pair.length)
    for (let k = cands.length - 1; k >= 0 && s.index - cands[k].sentence <= TALKS_BACK; k--) {
      const c = cands[k];
      const ps = c.participants.filter((id) => personish(id) && !spouses.has(id));
      if ((c.type === 'meeting' || c.type === 'call') && c.role === 'event' && statusClass(c.status) === 'real' && ps.length >= 2) {
        pair = ps;
        rule = `${EN.pairSubject.id}-talks`;
        break;
      }
    }
  // 3. the two people of the sentences just before
  if (!pair.length) {
    const prev = previousPair(personsBySentence, s.index, spouses);
    if (prev.length === 2) {
      pair = prev;
      rule = `${EN.pairSubject.id}-previous`;
    }
  }
  if (!pair.length) return;
  if (agent) fired(d.why, 'participants', EN.pairAgent.id, true);
  d.part = fired(d.why, 'participants', rule, { ids: uniq([...pair, ...d.part.ids.filter((id) => !personish(id))]), certainty: Math.min(d.part.certainty || 1, 0.6) });
}
