/**
 * Emit pass: the finished draft becomes one candidate per group of
 * participants in ctx.cands; a host's reception of a guest also becomes the
 * guest's visit to the host's place (visit-of-reception), and an accord signed by two or more people on a day
 * told (at a place told, or to the day) also their meeting (meeting-of-signing).
 */
import { NO_DATE } from '../../what/anchors';
import { statusClass } from '../../what/modality';
import { labelSpecificity } from '../../what/places';
import { atHome, pickPlace } from '../place';
import { tellsOf } from '../tells';
import { dateRule } from './date';
import type { ClauseEnv, Draft } from './types';
import { EN } from '../../lang/en';

export function emit(d: Draft, e: ClauseEnv): void {
  const { h, why, role, status, date, place, dexpr, prevInSentence, before, groups } = d;
  const { s, text, sentPlaces, persons } = e.view;
  const { cands, book } = e.ctx;
  const pushedFrom = cands.length;
  if (groups.length > 1) why.push({ stage: 'participants', rule: 'one-each' });
  if (date.value && !why.some((w) => w.stage === 'date')) why.push({ stage: 'date', rule: dateRule(date) });
  for (const ids of groups)
    cands.push({
      why: [...why],
      order: cands.length,
      sentence: s.index,
      span: { start: s.start, end: s.end },
      type: d.etype,
      role,
      trigger: h.text,
      strength: h.strength,
      participants: ids,
      certainty: d.part.certainty,
      status,
      ongoing: d.modality === 'ongoing',
      date,
      place,
      placeRank: place ? labelSpecificity(book, place) : 0,
      speaker: null,
      respondsTo: [],
      gist: null,
      hit: { start: h.start, end: h.end },
      anchorSpan: dexpr?.anchor ? { start: dexpr.start, end: dexpr.end } : date.anchor && date === prevInSentence?.date ? prevInSentence.anchorSpan : null,
      inAnchor: d.insideAnchor,
      split: groups.length > 1 ? `${s.index}:${h.start}` : undefined,
      weakDate: d.weakDate,
      adjunct: d.adjunct || undefined,
      topical: d.topical || undefined,
      outcome: (role === 'ref' && tellsOf(text, h)) || undefined,
      tookPart: d.tookPart || undefined,
      sequel: d.sequel || undefined,
      passing: (role === 'ref' && /\b(?:since|than|like|unlike)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}$/i.test(before)) || undefined,
      named: role === 'ref' && /\b(?:their|the\s+two\s+leaders['’]?|both)\s+(?:[\w-]+\s+)?$/i.test(before) ? persons : undefined,
    });
  // "…, who joined by phone": a call of the join's subject with the one who joined from afar
  if (d.remote && cands.length > pushedFrom)
    cands.push({
      ...cands[pushedFrom],
      order: cands.length,
      type: 'call',
      role: 'event',
      participants: d.remote,
      place: null,
      placeRank: 0,
      split: undefined,
      why: [...why, { stage: 'role', rule: 'call-of-remote-join' }],
    });
  // meeting-of-signing: "signed in Rome by A and B", "A and B signed the accord at P", "… on Monday": the signers were together
  // (a place told, or a day told to the day: not a bare year or month with no place)
  const signers = d.etype === 'agreement' && role === 'event' && (place || date.precision === 'day') && date.value && statusClass(status) === 'real' && EN.meetingOfSigning.pattern.test(h.text) ? d.part.ids.filter((id) => e.ctx.kindOf(id) === 'person') : [];
  if (signers.length >= 2 && groups.length === 1 && cands.length > pushedFrom)
    cands.push({
      ...cands[pushedFrom],
      order: cands.length,
      type: 'meeting',
      participants: signers,
      split: undefined,
      outcome: undefined,
      why: [...why, { stage: 'role', rule: EN.meetingOfSigning.id }],
    });
  // … and the guest's visit to that place
  const guest = d.guest;
  const hostPlace = guest && role === 'event' && statusClass(status) === 'real' ? receptionPlace(d, e, guest) : null;
  if (guest && hostPlace && cands.length > pushedFrom && d.part.ids.includes(guest.actorId) && !atHome(book, hostPlace, [guest.actorId], (id) => e.ctx.actors.get(id)?.affiliation ?? null))
    cands.push({
      ...cands[pushedFrom],
      order: cands.length,
      type: 'visit',
      participants: [guest.actorId],
      place: hostPlace,
      placeRank: labelSpecificity(book, hostPlace),
      split: undefined,
      sequel: undefined,
      named: undefined,
      // an anchored day ("a day after X received Y") is the reception's: the visit takes it from the story, not the anchor
      ...(cands[pushedFrom].date.anchor || cands[pushedFrom].anchorSpan ? { date: NO_DATE, anchorSpan: null } : {}),
      reception: cands[pushedFrom],
      why: [...why, { stage: 'role', rule: 'visit-of-reception' }],
    });
}

/**
 * Where a guest is received: "received Birch in Avalon" (the host's place after the verb);
 * welcomed-to-place: "welcomed Birch to Avalon" (a place the guest is brought to; "welcomed Birch in Avalon" or
 * "hosted Birch at …" tells the host's meeting only).
 */
function receptionPlace(d: Draft, e: ClauseEnv, guest: { end: number }): string | null {
  const { h } = d;
  const { text, sentPlaces } = e.view;
  if (/^receiv/i.test(h.text)) return pickPlace(text, sentPlaces, e.clause, d.hitSpan, e.ctx.book, true, 100);
  if (!/^welcom/i.test(h.text)) return null;
  const to = sentPlaces.filter((p) => p.start >= guest.end && p.start < e.clause.end && p.start - guest.end <= 80 && EN.welcomedTo.pattern.test(text.slice(guest.end, p.start)));
  if (!to.length) return null;
  d.why.push({ stage: 'role', rule: EN.welcomedTo.id });
  return pickPlace(text, to, e.clause, d.hitSpan, e.ctx.book, true, 200);
}
