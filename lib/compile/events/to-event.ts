/** Last pass: a Cluster becomes a DocEvent (participants, date fallbacks, evidence, title, the rules that fired). */
import type { DocEvent, ActorInfo, SentencedDoc } from '../types';
import { addDays, NO_DATE, type DateChoice } from '../what/anchors';
import { combineStatus, statusClass } from '../what/modality';
import { eventTitle } from '../what/titles';
import type { WhatDocEvent } from '../what/types';
import type { Cand, Cluster, Why } from './cand';
import { clusterDate, clusterPlace } from './cluster';
import { isLiveBlog } from './context';
import { uniq } from './util';
import { EVENT_TYPES } from '../event-types';
import { EN } from '../lang/en';
import { homeVisitors } from '../places/home';
import type { PlaceBook } from '../what/places';

/** held-by-someone: the trigger is the object of a verb of holding ("leaders held a summit") or a verb itself ("leaders are meeting") */
export function heldBySomeone(sentence: string, hit: { start: number; end: number }, trigger: string): boolean {
  if (/^(?:met|meets|meet)$/i.test(trigger) || /\b(?:are|were|is|was|have\s+been|had\s+been)\s+$/i.test(sentence.slice(Math.max(0, hit.start - 20), hit.start))) return true;
  return EN.heldBySomeone.pattern.test(sentence.slice(Math.max(0, hit.start - 70), hit.start));
}

export function toDocEvent(c: Cluster, doc: SentencedDoc, published: string, actors: Map<string, ActorInfo>, book?: PlaceBook, described?: (id: string) => string | null): WhatDocEvent | null {
  const participants = uniq(c.participants).filter((id) => actors.has(id));
  const rule = EVENT_TYPES[c.type];
  if (!participants.length && !clusterPlace(c)) return null;
  // home-visitor: a person "visiting" a place of his own country is its host, not a visitor; a visit of hosts alone is none
  const home = c.type === 'visit' && book ? homeVisitors(book, clusterPlace(c), participants, actors, described) : [];
  // (beside a guest the host stays: the visit's met edge of host and guest is real, and often told by the visit alone)
  if (home.length && participants.every((id) => home.includes(id))) return null;
  // held-by-someone: a happening with no named party is kept only when some sentence tells that it was held ("European leaders
  // held an emergency summit in Avalon"), not when it is only named in passing ("the first summit held in Nordvik", "at the start
  // of their summit", "the advisers' meeting in Birchport a week later")
  if (!participants.length && !c.cands.some((x) => x.role !== 'ref' || heldBySomeone(doc.sentences[x.sentence]?.text ?? '', x.hit, x.trigger))) return null;
  // an agreement takes two parties; a body adopting a text is one
  const adoptedByBody = participants.length === 1 && actors.get(participants[0])?.kind === 'organization' && c.cands.some((x) => /^(?:adopt|endorse)/i.test(x.trigger));
  if (participants.length < rule.minParticipants && !adoptedByBody) return null;
  if (rule.needsPlace && !clusterPlace(c)) return null;
  let date = clusterDate(c);
  let dateWhy: string | null = null;
  const status = combineStatus(c.cands.map((x) => x.status));
  // a live blog (entries stamped "14:10 CEST"): what it reports without a day happened on its day
  if (!date.value && statusClass(status) === 'real' && isLiveBlog(doc.body)) {
    date = { ...NO_DATE, value: published, precision: 'day', expression: null, reference: `published ${published} (live entries)`, source: 'published' };
    dateWhy = 'live-blog-day';
  }
  // "is meeting … in his third visit this year": going on as the text is published, a month or a year narrows to its day
  const coarseAround = !!date.value && date.value.length < 10 && published.startsWith(date.value) && statusClass(status) === 'real';
  if ((!date.value || coarseAround) && c.cands.some((x) => x.ongoing)) {
    dateWhy = coarseAround ? 'ongoing-narrows-month-or-year' : 'ongoing-on-publication-day';
    date = { ...NO_DATE, value: published, precision: 'day', expression: null, reference: `published ${published}`, source: 'published' };
  }
  if (!date.value && c.type === 'statement') {
    dateWhy = doc.meta.kind === 'article' && !isLiveBlog(doc.body) ? 'day-before-publication-estimated' : 'publication-day-estimated';
    // reported without a day: an estimate within the two days before publication, said so (precision "week"-style, with its span)
    // an article reports the remarks of the day before (a morning paper's news); a transcript or live blog, those of its day
    const day = doc.meta.kind === 'article' && !isLiveBlog(doc.body) ? addDays(published, -1) : published;
    date = { ...NO_DATE, value: day, precision: 'day', expression: null, reference: `published ${published} (no day in the text)`, source: 'published', range: { from: addDays(published, -1), to: published } };
  }
  const location = clusterPlace(c);
  const main = c.main.filter((id) => participants.includes(id));
  const ordered = uniq([...main, ...participants]);
  const nameOf = (id: string) => actors.get(id)?.name ?? id;
  const respondsTo = uniq(c.cands.flatMap((x) => x.respondsTo)).filter((id) => actors.has(id)).sort();
  // the sentences that report the happening: its triggers, and references that tell something of it (people, place, day, outcome),
  // not every passing mention of "the talks" in commentary
  const reporting = c.type === 'statement' ? c.cands : c.cands.filter((x) => x.role !== 'ref' || informs(x));
  const evidence = uniq((reporting.length ? reporting : c.cands.slice(0, 1)).map((x) => `${x.span.start}:${x.span.end}`))
    .map((k) => {
      const [start, end] = k.split(':').map(Number);
      return { start, end };
    })
    .sort((a, b) => a.start - b.start);
  const strongest = [...c.cands].sort((a, b) => b.strength - a.strength || a.order - b.order)[0];
  const certainty = Math.min(1, c.cands.reduce((m, x) => (x.participants.length ? Math.max(m, x.certainty) : m), 0));
  const title = eventTitle({
    type: c.type,
    status,
    names: ordered.map(nameOf),
    location,
    respondsTo: respondsTo.map(nameOf),
    gist: c.cands.find((x) => x.gist)?.gist ?? null,
  });
  return {
    docId: doc.id,
    type: c.type,
    status,
    title,
    date: date.value,
    dateInfo: dateInfoOf(date),
    location,
    participants: ordered,
    respondsTo,
    evidence,
    trigger: strongest.trigger,
    triggerStrength: strongest.strength,
    dateSource: date.value ? date.source : 'none',
    dateRange: date.range,
    participantCertainty: certainty,
    mainParticipants: main.length ? main : ordered.slice(0, 2),
    docKind: doc.meta.kind,
    published,
    speaker: c.type === 'statement' ? (c.cands[0].speaker ?? null) : null,
    ...(c.cands.some((x) => x.sequel) ? { sequel: true } : {}),
    rules: rulesOf(c, dateWhy),
  };
}



/** A reference that adds to what is known of its happening: who, where, which day, how it went. */
export function informs(x: Cand): boolean {
  if (x.participants.length || x.place || x.outcome || x.weakDate) return true;
  return !!x.date.value && (x.date.source === 'explicit' || x.date.source === 'anchored');
}

/** The published date information: an estimated day of a stated week says so ("week", with its span). */
export function dateInfoOf(date: DateChoice): DocEvent['dateInfo'] {
  const estimated = date.value !== null && (date.source === 'range' || date.source === 'published') && date.value.length === 10 && date.range !== null;
  return {
    expression: date.expression,
    reference: date.reference,
    precision: date.value ? (estimated ? 'week' : date.precision) : null,
    range: estimated ? date.range : null,
  };
}

/** The rules that fired for a cluster: its mentions' in order, then its own; each once. */
export function rulesOf(c: Cluster, dateWhy: string | null): Why[] {
  const out: Why[] = [];
  const seen = new Set<string>();
  const add = (w: Why) => {
    const k = `${w.stage}\u0000${w.rule}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(w);
    }
  };
  for (const x of [...c.cands].sort((a, b) => a.order - b.order)) for (const w of x.why) add(w);
  for (const w of c.why ?? []) add(w);
  if (dateWhy) add({ stage: 'date', rule: dateWhy });
  if (c.cands.length > 1) add({ stage: 'cluster', rule: c.cands.some((x) => x.role === 'ref') ? 'references-attached' : 'mentions-of-one-happening' });
  if (c.cands.some((x) => x.role === 'join')) add({ stage: 'cluster', rule: 'joined-by' });
  return out;
}
