/**
 * Pass 1, find triggers: per document a Ctx (shared state of the passes), per
 * sentence a SentenceView (its text, clauses, trigger hits, mentions, places and
 * dates, sentence-relative). Narrative memory (who the story follows) lives in
 * ctx.nar and is updated after each sentence (narrative.ts).
 */
import type { ActorKind } from '../../schema';
import type { ActorInfo, DateExpr, Mention, PlaceMention, Sentence, SentencedDoc, Span } from '../types';
import { findTriggers, type TriggerHit } from '../what/triggers';
import { splitClauses } from '../what/clauses';
import { PERSONISH, type LocalMention } from '../what/participants';
import { findAnchors } from '../what/anchors';
import type { PlaceBook } from '../what/places';
import { EN } from '../lang/en';
import { DATE_ROWS } from '../lang/en-dates';
import type { Cand } from './cand';
import { toLocal, uniq } from './util';

export interface Narrative {
  lastSpeaker: { id: string; sentence: number } | null;
  lastSubject: { id: string; sentence: number } | null;
  /** the last sentence whose subject was "he"/"she" standing for lastSubject */
  pronounChain: number;
}

export interface Ctx {
  doc: SentencedDoc;
  actors: Map<string, ActorInfo>;
  book: PlaceBook;
  kindOf: (id: string) => ActorKind | null;
  published: string;
  places: PlaceMention[];
  mentionsBySentence: Map<number, Mention[]>;
  placesBySentence: Map<number, PlaceMention[]>;
  datesBySentence: Map<number, DateExpr[]>;
  cands: Cand[];
  personsBySentence: Map<number, string[]>;
  paraOf: Map<number, number>;
  liveBlog: boolean;
  nar: Narrative;
}

export interface SentenceView {
  s: Sentence;
  text: string;
  lower: string;
  clauses: Span[];
  hits: TriggerHit[];
  local: LocalMention[];
  persons: string[];
  relDates: DateExpr[];
  sentPlaces: PlaceMention[];
  quotes: Span[];
  eventHits: TriggerHit[];
  singleEvent: boolean;
}

/** paragraph of each sentence (a blank line between two sentences starts a new one) */
export function paragraphs(doc: SentencedDoc): Map<number, number> {
  const paraOf = new Map<number, number>();
  let para = 0;
  let prevEnd = -1;
  for (const s of doc.sentences) {
    if (prevEnd >= 0 && /\n\s*\n/.test(doc.body.slice(prevEnd, s.start))) para++;
    paraOf.set(s.index, para);
    prevEnd = s.end;
  }
  return paraOf;
}

export function isLiveBlog(body: string): boolean {
  return (body.match(EN.liveStamp.pattern) ?? []).length >= 2;
}

/** The view of one sentence, or null when it is not one to report from (a cut-off line). Records its persons in ctx. */
export function viewSentence(ctx: Ctx, s: Sentence): SentenceView | null {
  const { doc, kindOf } = ctx;
  const text = s.norm && s.norm.length === s.text.length ? s.norm : s.text;
  const lower = text.toLowerCase();
  const clauses = splitClauses(text);
  const hits = findTriggers(text);
  const local = toLocal(ctx.mentionsBySentence.get(s.index) ?? [], s, kindOf);
  const persons = uniq(local.filter((m) => PERSONISH.includes(m.kind)).map((m) => m.actorId));
  ctx.personsBySentence.set(s.index, persons);
  // a headline cut off mid-phrase ("… after talks, Interf…"): not a sentence to report from
  if (EN.truncated.pattern.test(text.trim())) return null;

  const sentDates = [...(ctx.datesBySentence.get(s.index) ?? [])];
  for (const a of findAnchors(text, doc.id, s.index, s.start)) if (!sentDates.some((d) => d.start < a.end && a.start < d.end)) sentDates.push(a);
  const relDates = sentDates.map((d) => ({ ...d, start: d.start - s.start, end: d.end - s.start }));
  const sentPlaces = (ctx.placesBySentence.get(s.index) ?? []).map((p) => ({ ...p, start: p.start - s.start, end: p.end - s.start }));

  // a happening named inside a quotation ("one meeting is not going to solve it") is what someone said, unless the quote names its people
  const quotes: Span[] = [];
  for (const q of text.matchAll(DATE_ROWS.quotedDayOutside.pattern)) quotes.push({ start: q.index ?? 0, end: (q.index ?? 0) + q[0].length });
  const inQuoteWithoutPeople = (h: TriggerHit) => {
    const q = quotes.find((x) => h.start > x.start && h.end < x.end);
    // first-person-deal: "“We have a deal,” Quist said" is the speaker's agreement, its parties read from the talks told
    if (q && h.type === 'agreement' && EN.firstPersonDeal.pattern.test(text.slice(q.start, h.start))) return false;
    return !!q && !local.some((m) => m.start > q.start && m.end < q.end && PERSONISH.includes(m.kind));
  };
  const eventHits = hits.filter((h) => h.role !== 'statement' && !inQuoteWithoutPeople(h));
  const singleEvent = eventHits.filter((h) => h.role === 'event').length === 1;
  return { s, text, lower, clauses, hits, local, persons, relDates, sentPlaces, quotes, eventHits, singleEvent };
}
