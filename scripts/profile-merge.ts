/**
 * npx tsx scripts/profile-merge.ts DUMP [--runs 3] [--no-keep] [--once]
 *
 * The merge alone (merge.ts mergeEvents, as compileProject runs it: reports by document, their items made ahead as the
 * workers make them, a state kept) over the inputs a compile wrote to DUMP (run the compile with
 * PARLEY_MERGE_DUMP=DUMP: parallel/project.ts writes its merge's inputs there, v8-serialised). Prints, per run, wall
 * and CPU milliseconds and the result's hash (events and merges); each run in a fresh copy of the inputs. Run it under
 * `node --cpu-prof --import tsx` for a profile. --once: a one-shot merge (merge.ts MergeOptions.once: no resident index), as a
 * cold compile without keepMerge runs it. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { adoptItems, docItems, mergeEvents } from '../lib/compile/merge';
import type { ActorInfo, DocEvent, SentencedDoc } from '../lib/compile/types';
import type { PlaceEntry } from '../lib/schema';

const argv = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : null;
};
const raw = readFileSync(argv[0]);
const runs = Number(opt('runs') ?? 3);
const keep = !argv.includes('--no-keep');
const once = argv.includes('--once');

// the collector's pauses on this thread (perf_hooks 'gc' entries): their count and time, per run
let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcMs += e.duration;
    gcCount++;
  }
}).observe({ entryTypes: ['gc'] });

async function main() {
for (let r = 0; r < runs; r++) {
  const { byDocument, docs, actors, places } = deserialize(raw) as {
    byDocument: DocEvent[][];
    docs: SentencedDoc[];
    actors: Map<string, ActorInfo>;
    places: PlaceEntry[];
  };
  const byId = new Map(docs.map((d) => [d.id, d]));
  // what the workers do beside the extraction (merge.ts docItems): not timed
  for (const list of byDocument) if (list.length) adoptItems(docItems(list, byId.get(list[0].docId)!, actors));
  const docKeys = new Map(docs.map((d) => [d.id, d.id]));
  await new Promise((ok) => setImmediate(ok));
  gcMs = 0;
  gcCount = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const res = mergeEvents([], docs, { actors, places, byDocument, docKeys, keep, once });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  // (the gc entries of the run delivered before they are read)
  await new Promise((ok) => setImmediate(ok));
  const gc = `gc ${gcCount} pauses ${gcMs.toFixed(0)} ms`;
  const hash = createHash('sha256').update(JSON.stringify([res.events, res.merges])).digest('hex').slice(0, 16);
  console.log(`run ${r + 1}: ${res.events.length} events from ${byDocument.reduce((n, l) => n + l.length, 0)} reports, ${docs.length} docs: wall ${wall.toFixed(0)} ms, CPU ${((c.user + c.system) / 1000).toFixed(0)} ms, ${gc}, hash ${hash}`);
}
}
void main();
