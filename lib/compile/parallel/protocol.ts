/** Messages between the compiler's main thread and its workers (structured clone). */
import type { PlaceEntry } from '../../schema';
import type { EventsInput, PreparedDoc } from '../index';
import type { ActorEntry } from '../../schema';
import type { ActorInfo, DocEvent, SentencedDoc, SourceDoc } from '../types';
import type { Item } from '../merge';
import type { LinkedCompact, WhoSetup } from '../mentions';

export type WorkerRequest =
  | { kind: 'prepare'; items: SourceDoc[] }
  /** the outlets' folded names (outletNames), for the facts of documents */
  | { kind: 'facts-context'; outlets: string[] }
  | { kind: 'facts'; items: SentencedDoc[] }
  | { kind: 'who-context'; setup: WhoSetup }
  | { kind: 'who'; items: SentencedDoc[] }
  /** the people discovered across documents (in discovery order, [key, actor]), for the second pass */
  | { kind: 'who-second-context'; actors: ActorEntry[]; discovered: [string, ActorInfo][] }
  | { kind: 'who-second'; items: { doc: SentencedDoc; data: LinkedCompact }[] }
  /** the contexts of the facts and of both who passes let go (the pool kept for later stages) */
  | { kind: 'release' }
  | { kind: 'context'; actors: ActorInfo[]; places: PlaceEntry[]; zones?: Record<string, string> }
  | { kind: 'events'; items: { prepared: PreparedDoc; input: EventsInput }[] };

/** `ms`: the worker's time computing the answer (not receiving or sending it); `heap`: its heap in use after it (bytes) */
export type WorkerResponse = { ok: true; value: unknown; ms?: number; heap?: number } | { ok: false; message: string; stack?: string };

/** a document's reports as a worker's events task answers them, with their items for the merge (merge.ts docItems) */
export interface EventsMade {
  events: DocEvent[];
  items: Item[];
}
