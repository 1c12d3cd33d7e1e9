/**
 * purpose-of-done: the clause modality reads any "to <trigger>" as a plan ("agreed to sign", "hopes to meet"). A purpose
 * infinitive hung on a gathering or journey told as done — "A and B joined C in Avalon to sign the accord", "C gathered
 * the leaders to sign", "A flew to Avalon on Monday to meet B" — happened with it. When the past verb of the row
 * (EN.purposeOfDone) governs the infinitive and the clause without the "to" reads as done, the hit is not planned.
 */
import { EN } from '../../lang/en';
import { modalityOf } from '../../what/modality';
import { fired, type ClauseEnv, type Draft } from './types';

export function purposeOfDone(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (d.modality !== 'planned' || h.role === 'statement') return;
  const { lower } = e.view;
  const before = lower.slice(e.clause.start, h.start);
  if (!/\bto\s+$/.test(before) || !EN.purposeOfDone.pattern.test(before)) return;
  // the clause read again without the infinitive's "to": a plan only from it
  if (modalityOf(before.replace(/\bto\s+$/, ''), lower.slice(h.start, h.end), lower.slice(h.end, e.clause.end)) !== 'happened') return;
  d.why = d.why.filter((w) => !(w.stage === 'status' && w.rule === 'modality-planned'));
  d.modality = fired(d.why, 'status', EN.purposeOfDone.id, 'happened');
}
