/**
 * The event passes of one document, in order:
 *   1. find triggers      (context.ts: per sentence, clauses, hits, mentions, dates, places)
 *   2. happenings         (happenings.ts: participants → status → date → place → role, per trigger)
 *   3. statements         (statements.ts: speaker, respondsTo, day)
 *   4. narrative memory   (narrative.ts)
 *   5. cluster            (cluster.ts: mentions of one happening → one cluster)
 *   6. dates after clustering (anchors.ts, context-days.ts)
 *   7. to events          (to-event.ts, with the rules that fired)
 */
import type { ActorKind } from '../../schema';
import { groupBy } from '../group';
import { placeBook } from '../what/places';
import type { WhatDocEvent } from '../what/types';
import type { ExtractInput } from '../events';
import type { Cand } from './cand';
import { isLiveBlog, paragraphs, viewSentence, type Ctx } from './context';
import { findHappenings } from './happenings';
import { findStatements } from './statements';
import { dropReadouts } from './happen/readout';
import { updateNarrative } from './narrative';
import { clusterCands } from './cluster';
import { applyWeakDates, resolveAnchors } from './anchors';
import { inheritContextDays } from './context-days';
import { countryOfPlace } from './place';
import { toDocEvent } from './to-event';
import { describedCountry } from '../places/home';
import { countryZones } from '../zones';

/** The shared state of the passes over one document. */
export function makeCtx(input: ExtractInput): Ctx {
  const { doc, actors } = input;
  const kindOf = (id: string): ActorKind | null => actors.get(id)?.kind ?? null;
  return {
    doc,
    actors,
    book: placeBook(input.placeEntries ?? []),
    kindOf,
    published: doc.meta.published,
    places: input.places,
    mentionsBySentence: groupBy(input.mentions, (m) => m.sentence),
    placesBySentence: groupBy(input.places, (p) => p.sentence),
    datesBySentence: groupBy(input.dates, (d) => d.sentence),
    cands: [] as Cand[],
    personsBySentence: new Map(),
    paraOf: paragraphs(doc),
    liveBlog: isLiveBlog(doc.body),
    nar: { lastSpeaker: null, lastSubject: null, pronounChain: -1 },
  };
}

export function extractDocEvents(input: ExtractInput): WhatDocEvent[] {
  const { doc, actors } = input;
  const ctx = makeCtx(input);
  const { kindOf, published } = ctx;

  for (const s of doc.sentences) {
    const view = viewSentence(ctx, s);
    if (!view) continue;
    const from = ctx.cands.length;
    findHappenings(ctx, view);
    findStatements(ctx, view);
    // readout-not-statement: a body reporting a meeting or call of others in this sentence gives its readout, no statement
    dropReadouts(ctx, from);
    updateNarrative(ctx, view);
  }

  const clusters = clusterCands(ctx.cands, ctx.book, kindOf, actors, published);
  applyWeakDates(clusters);
  resolveAnchors(clusters, published);
  // a guest's visit told by its reception ("received Birch in Avalon") is on the reception's day
  for (const c of clusters) {
    const rec = c.type === 'visit' && !c.date.value ? c.cands.find((x) => x.reception)?.reception : undefined;
    const host = rec ? clusters.find((k) => k.cands.includes(rec)) : undefined;
    if (host?.date.value) {
      c.date = host.date;
      (c.why ??= []).push({ stage: 'date', rule: 'day-of-reception' });
    }
  }
  inheritContextDays(clusters, doc, ctx.datesBySentence, actors, (place) => countryOfPlace(ctx.book, place), countryZones(input.zoneEntries));
  // a person no data file places: the country the document describes him by (for home-visitor), once per person
  const described = new Map<string, string | null>();
  const describedOf = (id: string) => {
    if (!described.has(id)) described.set(id, describedCountry(doc.body, input.mentions, id));
    return described.get(id)!;
  };
  return clusters.map((c) => toDocEvent(c, doc, published, actors, ctx.book, describedOf)).filter((e): e is WhatDocEvent => e !== null);
}
