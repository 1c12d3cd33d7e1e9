/**
 * events: per document, turns sentences + mentions + places + dates into
 * DocEvents. The passes are in events/ (see events/extract.ts for the order);
 * the words they read are rule rows in lang/en.ts and what/triggers.ts, the
 * event types in event-types.ts. No names in code.
 */
import type { PlaceEntry } from '../schema';
import type { ActorInfo, DateExpr, DocEvent, Mention, PlaceMention, SentencedDoc } from './types';
import type { WhatDocEvent } from './what/types';
import { extractDocEvents } from './events/extract';

export interface ExtractInput {
  doc: SentencedDoc;
  mentions: Mention[];
  places: PlaceMention[];
  dates: DateExpr[];
  actors: Map<string, ActorInfo>;
  /** data/places.yaml, to label venues ("Glass Palace, Avalon") */
  placeEntries?: PlaceEntry[];
  /** data/zones.yaml (country code → zone), for days told in the writer's zone */
  zoneEntries?: Record<string, string>;
}

export function extractEvents(input: ExtractInput): WhatDocEvent[] {
  return extractDocEvents(input);
}

export { pastWeekday } from './events/weekday';
export { nationGroup, relativeAntecedent } from './events/clues';
export type { DocEvent };
