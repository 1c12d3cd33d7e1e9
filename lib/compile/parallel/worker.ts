/**
 * A compiler worker: runs the per-document stages (clean → sentences → dates; the
 * who stage's first pass, and its second pass once discoveries are linked across
 * documents; events once the who stage is done) for the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import type { PlaceEntry } from '../../schema';
import { docEvents, prepareDoc } from '../index';
import type { ActorInfo } from '../types';
import { docFacts, firstPassData, secondPassCompact, secondPassContext, whoContext, type SecondPassContext, type SecondPassReads, type WhoContext } from '../mentions';
import { packResult, unpackTask, type EventsMade, type WorkerRequest, type WorkerResponse } from './protocol';
import { docItems } from '../merge';
import { clearWordMemos } from '../who/text';
import { thisThreadId } from './threads';

let actors = new Map<string, ActorInfo>();
let places: PlaceEntry[] = [];
let zones: Record<string, string> | undefined;
let who: WhoContext | null = null;
let second: SecondPassContext | null = null;
let outlets: Set<string> | null = null;

const HEAP_GC = process.env.PARLEY_HEAP_GC === '1' ? ((globalThis as { gc?: () => void }).gc ?? null) : null;

const port = parentPort!;
port.on('message', (msg: WorkerRequest) => {
  let res: WorkerResponse;
  const t0 = performance.now();
  try {
    // the tasks' documents as this thread packed them for the clone (protocol.ts packDoc), made whole
    if ('items' in msg) for (const t of msg.items) unpackTask(msg.kind, t);
    if (msg.kind === 'prepare') res = { ok: true, value: msg.items.map((d) => packResult('prepare', prepareDoc(d))) };
    else if (msg.kind === 'facts-context') {
      outlets = new Set(msg.outlets);
      res = { ok: true, value: null };
    } else if (msg.kind === 'facts') {
      const o = outlets;
      if (!o) throw new Error('facts: no outlets sent');
      res = { ok: true, value: msg.items.map((d) => docFacts(d, o)) };
    } else if (msg.kind === 'who-context') {
      who = whoContext(msg.setup);
      res = { ok: true, value: null };
    } else if (msg.kind === 'who') {
      const cx = who;
      if (!cx) throw new Error('who: no context sent');
      res = { ok: true, value: msg.items.map((d) => firstPassData(d, cx)) };
    }
    else if (msg.kind === 'who-second-context') {
      second = secondPassContext(msg.actors, new Map(msg.discovered));
      res = { ok: true, value: null };
    } else if (msg.kind === 'who-second') {
      const sp = second;
      if (!sp) throw new Error('who-second: no context sent');
      res = {
        ok: true,
        value: msg.items.map((t) => {
          const reads: SecondPassReads = { ids: [], names: [], codes: [] };
          return { mentions: secondPassCompact(t.doc, t.data, sp, reads), reads };
        }),
      };
    } else if (msg.kind === 'release') {
      who = null;
      second = null;
      outlets = null;
      res = { ok: true, value: null };
    } else if (msg.kind === 'context') {
      // the events stage: what the who passes held is not needed any more (the second pass's context, the words' memos)
      who = null;
      second = null;
      outlets = null;
      clearWordMemos();
      actors = new Map(msg.actors.map((a) => [a.id, a]));
      places = msg.places;
      zones = msg.zones;
      res = { ok: true, value: null };
    } else
      res = {
        ok: true,
        // each document's reports, and their items for the merge (made here, on the worker, not on the merge's thread)
        value: msg.items.map((t): EventsMade => {
          const events = docEvents(t.prepared, t.input, actors, places, zones);
          return { events, items: docItems(events, t.prepared.doc, actors) };
        }),
      };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    res = { ok: false, message: err.message, stack: err.stack };
  }
  if (res.ok) {
    res.ms = performance.now() - t0;
    // this worker's heap in use after the task (what it holds: its contexts, memos, and the task's garbage not yet
    // collected — collected first when measuring: PARLEY_HEAP_GC=1 under node --expose-gc, scripts/profile-parallel.ts)
    if (HEAP_GC) HEAP_GC();
    res.heap = getHeapStatistics().used_heap_size;
  }
  port.postMessage(res);
});
// (its thread's id: the profiling scripts tell the workers' CPU time from the other threads', threads.ts)
port.postMessage({ ready: thisThreadId() });
