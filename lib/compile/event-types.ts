/**
 * The event types as rows: what each type needs to be kept, which network edge
 * it makes, and its trigger rules (what/triggers.ts, by type). Adding a type
 * ("sanction", "negotiation round") is adding a row here, its triggers in
 * TRIGGER_RULES and its title in what/titles.ts; the UI keeps its style and colour.
 */
import type { EdgeKind, EventType } from '../schema';
import { TRIGGER_RULES, type TriggerRule } from './what/triggers';

export interface EventTypeRule {
  id: EventType;
  /** the network edge between its participants when it happened (null: none; statements make responded_to edges) */
  edge: EdgeKind | null;
  /** fewest participants found in one document for the event to be kept */
  minParticipants: number;
  /** kept only with a place (a visit is a visit to somewhere) */
  needsPlace: boolean;
  /** after merging, one name alone in every report is a mention whose other side was not found */
  twoSides: boolean;
  /** a generic instance */
  example: string;
}

export const EVENT_TYPES: Record<EventType, EventTypeRule> = {
  meeting: { id: 'meeting', edge: 'met', minParticipants: 0, needsPlace: false, twoSides: true, example: 'Alder met Birch in Avalon on Tuesday' },
  call: { id: 'call', edge: 'called', minParticipants: 1, needsPlace: false, twoSides: true, example: 'Alder spoke by phone with Birch' },
  visit: { id: 'visit', edge: 'met', minParticipants: 0, needsPlace: true, twoSides: false, example: 'Alder arrived in Avalon' },
  agreement: { id: 'agreement', edge: null, minParticipants: 2, needsPlace: false, twoSides: false, example: 'Alder and Birch signed the accord' },
  statement: { id: 'statement', edge: 'responded_to', minParticipants: 1, needsPlace: false, twoSides: false, example: 'Alder rejected Birch’s plan' },
};

/** The trigger rules of one type. */
export function triggersOf(type: EventType): TriggerRule[] {
  return TRIGGER_RULES.filter((r) => r.type === type);
}
