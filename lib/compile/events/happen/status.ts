/**
 * Status passes: the modality of the clause around the trigger (happened,
 * planned, cancelled, denied, ongoing, hypothetical), then the status of the
 * happening from it, the trigger and the day.
 */
import { modalityOf, TURNED_DOWN_AFTER } from '../../what/modality';
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

/** modality-<m>: the clause's modality; a hypothetical happening ("if they meet") is dropped */
export function modality(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  const { lower } = e.view;
  d.modality = modalityOf(lower.slice(e.clause.start, h.start), lower.slice(h.start, h.end), lower.slice(h.end, e.clause.end));
  if (d.modality !== 'happened') d.why.push({ stage: 'status', rule: `modality-${d.modality}` });
  // conditional-clause: the condition a sentence opens with ("If Alder and Birch sit down face-to-face, …")
  else if (h.role !== 'statement' && EN.conditionalClause.pattern.test(e.view.text.slice(0, h.start))) d.modality = fired(d.why, 'status', EN.conditionalClause.id, 'hypothetical');
  return d.modality !== 'hypothetical';
}

/** cancelling-trigger, invitation-planned, never-took-place, future-date-planned */
export function status(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { text } = e.view;
  d.status = d.modality === 'ongoing' ? 'happened' : (d.modality as Exclude<typeof d.modality, 'ongoing' | 'hypothetical'>);
  if (h.rule.cancels) d.status = fired(d.why, 'status', 'cancelling-trigger', 'cancelled');
  if (h.type === 'visit' && /^invit/i.test(h.text) && d.status === 'happened') d.status = fired(d.why, 'status', 'invitation-planned', 'planned');
  // "a second meeting that both sides had pencilled in for after the ceremony never took place"
  if (d.status === 'happened' && /^[^;.]{0,80}?\b(?:pencil+ed\s+in|planned|scheduled|arranged|slated)\b[^;.]{0,60}?\b(?:never|did\s+not|didn't)\s+(?:took|take|happen|happened|materiali[sz]ed?)\b/i.test(text.slice(h.end))) d.status = fired(d.why, 'status', 'never-took-place', 'cancelled');
  // turned-down: "Alder asked for a meeting with Birch, but was turned down" (the refusal is a clause of its own after the hit)
  if ((d.status === 'happened' || d.status === 'planned') && (h.type === 'meeting' || h.type === 'call' || h.type === 'visit') && TURNED_DOWN_AFTER.test(text.slice(h.end).toLowerCase())) d.status = fired(d.why, 'status', 'turned-down', 'cancelled');
  if (d.date.future && d.status === 'happened') d.status = fired(d.why, 'status', 'future-date-planned', 'planned');
}

/** cancel-verb-base, cancel-noun, plan-called-off, rescheduled, ahead-of, future-when-clause: words before the trigger that the clause modality does not read */
export function modalityWords(d: Draft, e: ClauseEnv): void {
  const { h, before } = d;
  if (h.role === 'statement' || d.modality === 'cancelled' || d.modality === 'denied') return;
  const upTo = e.view.text.slice(0, h.start);
  if (EN.cancelVerbBase.pattern.test(before.slice(-80))) d.modality = fired(d.why, 'status', EN.cancelVerbBase.id, 'cancelled');
  else if (EN.cancelNoun.pattern.test(before.slice(-80))) d.modality = fired(d.why, 'status', EN.cancelNoun.id, 'cancelled');
  else if (d.modality === 'planned' && EN.planCalledOff.pattern.test(e.view.text.slice(h.end))) d.modality = fired(d.why, 'status', EN.planCalledOff.id, 'cancelled');
  else if (d.modality === 'happened' && EN.rescheduled.pattern.test(before.slice(-60))) d.modality = fired(d.why, 'status', EN.rescheduled.id, 'planned');
  else if (d.modality === 'happened' && EN.aheadOf.pattern.test(upTo.slice(-90))) d.modality = fired(d.why, 'status', EN.aheadOf.id, 'planned');
  else if (d.modality === 'happened' && EN.futureWhenClause.pattern.test(upTo.slice(-160))) d.modality = fired(d.why, 'status', EN.futureWhenClause.id, 'planned');
  else if (d.modality === 'happened' && d.ingClause && EN.futureBeforeIng.pattern.test(upTo.slice(-120))) d.modality = fired(d.why, 'status', EN.futureBeforeIng.id, 'planned');
}

/**
 * cancel-noun-day: "A voiced his annoyance on Monday over the cancellation of his meeting with B": the day told before the
 * noun of calling off is the day of the clause's own verb, not of the happening called off (its planned day is told elsewhere).
 */
export function cancelNounDay(d: Draft, e: ClauseEnv): void {
  if (!d.dexpr || !d.why.some((w) => w.rule === EN.cancelNoun.id)) return;
  const upTo = e.view.text.slice(0, d.h.start);
  const m = /\b(?:cancell?ations?|postponements?|calling[\s-]+off|scrapping|shelving|cancelling|canceling|postponing)\s+of\s+(?:[\w’'-]+\s+){0,4}$/i.exec(upTo);
  if (m && d.dexpr.end <= m.index) {
    d.why.push({ stage: 'date', rule: 'cancel-noun-not-its-day' });
    d.dexpr = null;
  }
}
