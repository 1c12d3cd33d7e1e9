/**
 * noun-in-future-clause: a happening told by a NOUN takes the tense of the clause it sits in. "The pact will be signed during
 * Alder's visit to Nordvik", "Alder and Birch at a meeting in Avalon will discuss …", "the talks between Alder and Birch will
 * first take place in a wide format": the clause's verb group is future, so the visit, meeting or talks are still ahead —
 * planned, not happened on the report's day. The clause modality reads only a few words before the trigger; this reads the
 * clause's auxiliary wherever the noun stands in it (its subject, or its adjunct of time or occasion) — text/tense.ts
 * futureOfNoun. Only a hit the other status rules left as happened is changed.
 */
import { EN } from '../../lang/en';
import { futureOfNoun, infinitiveOfNoun } from '../../text/tense';
import { fired, type ClauseEnv, type Draft } from './types';

/** a preposition or subordinator right before "meeting" makes it a gerund ("before meeting Birch"), not the noun */
const GERUND_BEFORE = /\b(?:before|after|while|when|since|of|for|by|about|without|from|on|in|upon)\s+$/i;
const isGerund = (d: Draft, e: ClauseEnv): boolean =>
  /^meeting/i.test(d.h.text) && GERUND_BEFORE.test(e.view.text.slice(Math.max(e.clause.start, d.h.start - 20), d.h.start));

export function nounFutureClause(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (d.modality !== 'happened' || h.role === 'statement' || h.role === 'join' || h.type === 'statement' || h.type === 'agreement') return;
  if (!EN.nounFutureClause.pattern.test(h.text)) return;
  const { text, quotes } = e.view;
  if (isGerund(d, e)) return;
  // a quotation inside the clause speaks for itself; a hit inside one is read by its own words
  if (quotes.some((q) => h.start > q.start && h.start < q.end)) return;
  const c = text.slice(e.clause.start, e.clause.end);
  const aux = futureOfNoun(c, h.start - e.clause.start, h.end - e.clause.start);
  if (!aux) return;
  if (quotes.some((q) => e.clause.start + aux.start > q.start && e.clause.start + aux.start < q.end)) return;
  d.modality = fired(d.why, 'status', EN.nounFutureClause.id, 'planned');
}

/**
 * noun-in-infinitive-clause: a happening told by a NOUN that is the object of a to-infinitive — "agreed to resume talks",
 * "threatened to scuttle the trade talks", "it is too soon to engage in talks with Birch", "appointed Alder to lead
 * discussions with Birch" — is an aim, a promise, a duty or a threat of its clause, not a happening done: planned. The
 * clause modality reads "to" only right before a trigger ("to meet"); here the infinitive governs the noun a few words
 * on (text/tense.ts infinitiveOfNoun, with part-of-speech tags for "to"). Only a hit the other status rules left as
 * happened is changed.
 */
export function nounInfinitiveClause(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (d.modality !== 'happened' || h.role === 'statement' || h.type === 'statement') return;
  if (!EN.nounInfinitiveClause.pattern.test(h.text)) return;
  const { text, quotes } = e.view;
  if (isGerund(d, e)) return;
  const inf = infinitiveOfNoun(text, e.clause.start, h.start);
  if (!inf) return;
  // a quotation inside the clause speaks for itself: the infinitive and the noun must stand on the same side of it
  if (quotes.some((q) => (inf.start > q.start && inf.start < q.end) !== (h.start > q.start && h.start < q.end))) return;
  d.modality = fired(d.why, 'status', EN.nounInfinitiveClause.id, 'planned');
}
