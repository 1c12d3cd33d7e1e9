/**
 * possessive-noun-owner: "statement by Alder after her meeting with Birch", "Prior to his talks with
 * Birch, Alder …": a meeting or call noun carrying "his"/"her", found with only the party named after
 * it (the "with" object), has as its other party the person the possessive stands for — the nearest
 * person named before the noun, else the person the story follows (last subject, this sentence or the
 * one before). Only completes a happening found with one person, never adds a second owner.
 */
import { PERSONISH } from '../../what/participants';
import { EN } from '../../lang/en';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';

export function possessiveOwner(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'call') || d.attached) return;
  const { text, local, s } = e.view;
  const { kindOf } = e.ctx;
  const have = d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country'));
  if (have.length !== 1 || !EN.possessiveNounOwner.pattern.test(text.slice(0, h.start))) return;
  // the one person found is the noun's own complement ("with Birch"), not its owner told before it
  if (local.some((m) => m.actorId === have[0] && m.end <= h.start)) return;
  const near = local.filter((m) => m.kind === 'person' && m.end <= h.start && m.actorId !== have[0]).sort((a, b) => b.end - a.end)[0];
  const last = e.lastSubject && s.index - e.lastSubject.sentence <= 1 && e.lastSubject.id !== have[0] ? e.lastSubject.id : null;
  const owner = near?.actorId ?? last;
  if (!owner) return;
  d.part = fired(d.why, 'participants', EN.possessiveNounOwner.id, { ids: uniq([owner, ...d.part.ids]), certainty: Math.min(d.part.certainty || 1, 0.7) });
}
