import type { ActorInfo, DateExpr, DocEvent, Mention, PlaceMention, SentencedDoc } from './types';

export interface ExtractInput {
  doc: SentencedDoc;
  mentions: Mention[];
  places: PlaceMention[];
  dates: DateExpr[];
  actors: Map<string, ActorInfo>;
}

/** STUB (to be replaced): no events. */
export function extractEvents(_input: ExtractInput): DocEvent[] {
  return [];
}
