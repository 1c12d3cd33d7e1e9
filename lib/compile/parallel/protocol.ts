/** Messages between the compiler's main thread and its workers (structured clone). */
import type { PlaceEntry } from '../../schema';
import type { EventsInput, PreparedDoc } from '../index';
import type { ActorInfo, SentencedDoc, SourceDoc } from '../types';
import type { WhoSetup } from '../mentions';

export type WorkerRequest =
  | { kind: 'prepare'; items: SourceDoc[] }
  | { kind: 'who-context'; setup: WhoSetup }
  | { kind: 'who'; items: SentencedDoc[] }
  | { kind: 'context'; actors: ActorInfo[]; places: PlaceEntry[] }
  | { kind: 'events'; items: { prepared: PreparedDoc; input: EventsInput }[] };

export type WorkerResponse = { ok: true; value: unknown } | { ok: false; message: string; stack?: string };
