/**
 * invitation-carrier: "X has invited Y to the celebration. … The invitation was extended on Tuesday during a
 * telephone conversation": a call or meeting told as what carried an invitation is the inviter's and the invitee's
 * (the two people of the sentence that tells the invitation), not a call of nobody or of the invitee alone.
 */
import { EN } from '../../lang/en';
import { PERSONISH } from '../../what/participants';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';

/** how many sentences back the invitation may be told */
const BACK = 3;

export function invitationCarrier(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { s, text } = e.view;
  const { ctx } = e;
  if (!(h.role === 'event' && (h.type === 'call' || h.type === 'meeting'))) return;
  const persons = (ids: string[]) => ids.filter((id) => PERSONISH.includes(ctx.kindOf(id) ?? 'country'));
  if (persons(d.part.ids).length >= 2 || !EN.invitationCarried.pattern.test(text.slice(0, h.start))) return;
  for (let k = s.index; k >= Math.max(0, s.index - BACK); k--) {
    const sen = ctx.doc.sentences[k];
    const at = sen ? /\binvit(?:ed|es|ing|ation)\b/i.exec(sen.text) : null;
    if (!sen || !at) continue;
    const ms = (ctx.mentionsBySentence.get(k) ?? []).filter((m) => ctx.kindOf(m.actorId) === 'person');
    const verb = sen.start + at.index;
    const inviter = ms.filter((m) => m.end <= verb).sort((a, b) => b.end - a.end)[0];
    const invitee = ms.filter((m) => m.start >= verb + at[0].length && m.actorId !== inviter?.actorId).sort((a, b) => a.start - b.start)[0];
    if (!inviter || !invitee) continue;
    const ids = uniq([inviter.actorId, invitee.actorId, ...persons(d.part.ids)]);
    d.part = fired(d.why, 'participants', EN.invitationCarried.id, { ids, certainty: Math.min(d.part.certainty || 1, 0.6) });
    return;
  }
}
