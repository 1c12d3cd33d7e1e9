/**
 * npx tsx scripts/bench-merge.ts <corpus dir> [--runs N] [--incremental]
 *
 * Times the merge stage alone: compiles the corpus up to the events stage once (cached in
 * <corpus>/.merge-input.v8 after the first run), then runs mergeEvents N times and prints
 * ms per run, CPU ms, and the hash of its output (events + merges) — the same hash before and
 * after a change to merge proves the output byte-identical. With --incremental: also edits one
 * document's reports (its last one dropped), merges again from the previous run's state and
 * prints that time and whether the output equals a full merge of the edited input.
 * With --edits N (after --incremental): N more edits, each from the last one's state; CPU ms each, the last compared with a
 * full merge. With --disk: also merges the edited input from the state as saved on disk (packMergeState through
 * v8 serialize: what a fresh process reads) and prints its size and time.
 * Prints figures; asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { load } from '../lib/compile/load';
import { byId, docEvents, prepareDoc, slimDoc, whoStage } from '../lib/compile/index';
import { mergeEvents, packMergeState, type MergeState } from '../lib/compile/merge';
import { stableJson } from '../lib/compile/emit';
import type { ActorInfo, DocEvent, SentencedDoc } from '../lib/compile/types';

const argv = process.argv.slice(2);
const dir = argv[0];
const runs = Number(argv[argv.indexOf('--runs') + 1] || 1) || 1;
const cacheFile = join(dir, '.merge-input.v8');

interface Input { events: DocEvent[]; docs: SentencedDoc[]; actors: [string, ActorInfo][]; places: unknown[] }
let input: Input;
if (existsSync(cacheFile)) input = deserialize(readFileSync(cacheFile)) as Input;
else {
  const inputs = load(dir, dir);
  const prepared = [...inputs.documents].sort(byId).map(prepareDoc);
  const docs = prepared.map((p) => p.doc);
  const { perDoc, actorById } = whoStage(inputs, docs);
  const events: DocEvent[] = [];
  for (const p of prepared) events.push(...docEvents(p, perDoc.get(p.doc.id)!, actorById, inputs.places));
  input = { events, docs: docs.map(slimDoc), actors: [...actorById], places: inputs.places };
  writeFileSync(cacheFile, serialize(input));
}
const actors = new Map(input.actors);
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = mergeEvents(input.events, input.docs, { actors, places: input.places as never });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const hash = createHash('sha256').update(stableJson(out)).digest('hex').slice(0, 16);
  console.log(`merge: ${input.docs.length} docs, ${input.events.length} reports → ${out.events.length} events, ${out.merges.length} merges; ${ms.toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms cpu; hash ${hash}`);
}

if (argv.includes('--incremental')) {
  const cpuOf = (c: NodeJS.CpuUsage) => ((c.user + c.system) / 1000).toFixed(0);
  const hashOf = (x: unknown) => createHash('sha256').update(stableJson(x)).digest('hex').slice(0, 16);
  // edit: the middle document loses its last report
  const docIds = [...new Set(input.events.map((e) => e.docId))].sort();
  const target = docIds[Math.floor(docIds.length / 2)];
  const last = input.events.map((e) => e.docId).lastIndexOf(target);
  const edited = input.events.filter((_, i) => i !== last);
  // the caller's keys (compileProject has one per document: its events cache key); with --no-keys merge hashes every document
  const keys = !argv.includes('--no-keys');
  const keysOf = (v: string) => (keys ? new Map(docIds.map((id) => [id, id === target ? v : 'v1'])) : undefined);
  let c0 = process.cpuUsage();
  const first = mergeEvents(input.events, input.docs, { actors, places: input.places as never, keep: true, docKeys: keysOf('v1') });
  console.log(`full merge keeping its state: ${cpuOf(process.cpuUsage(c0))} ms cpu`);
  // (the state as a fresh process would read it, packed before the incremental run takes the state over)
  c0 = process.cpuUsage();
  const bytes = argv.includes('--disk') ? serialize(packMergeState(first.state!)) : null;
  const packCpu = cpuOf(process.cpuUsage(c0));
  c0 = process.cpuUsage();
  const t0 = performance.now();
  const inc = mergeEvents(edited, input.docs, { actors, places: input.places as never, keep: true, previous: first.state, docKeys: keysOf('v2') });
  const incMs = performance.now() - t0;
  const incCpu = cpuOf(process.cpuUsage(c0));
  const full = mergeEvents(edited, input.docs, { actors, places: input.places as never });
  const same = hashOf({ events: inc.events, merges: inc.merges }) === hashOf(full);
  console.log(`incremental merge after editing ${target} (${keys ? 'document keys given' : 'document keys computed'}): ${incMs.toFixed(0)} ms wall, ${incCpu} ms cpu; equal to a full merge: ${same}`);
  // --edits N: N more edits, one document each (its last report dropped), each merged from the state the previous left
  const more = Number(argv[argv.indexOf('--edits') + 1] || 0) || 0;
  if (argv.includes('--edits') && more > 0) {
    let state = inc.state;
    let events = edited;
    const cpus: number[] = [];
    const versions = new Map([[target, 2]]);
    for (let k = 1; k <= more; k++) {
      const doc = docIds[(Math.floor(docIds.length / 2) + k * 37) % docIds.length];
      const at = events.map((e) => e.docId).lastIndexOf(doc);
      events = events.filter((_, i) => i !== at);
      versions.set(doc, k + 2);
      const keyMap = new Map(docIds.map((id) => [id, `v${versions.get(id) ?? 1}`]));
      const c1 = process.cpuUsage();
      const out = mergeEvents(events, input.docs, { actors, places: input.places as never, keep: true, previous: state, docKeys: keyMap });
      cpus.push((process.cpuUsage(c1).user + process.cpuUsage(c1).system) / 1000);
      state = out.state;
      if (k === more) {
        const whole = mergeEvents(events, input.docs, { actors, places: input.places as never });
        console.log(`${more} more edits: cpu ms ${cpus.map((c) => c.toFixed(0)).join(' ')} (median ${[...cpus].sort((a, b) => a - b)[Math.floor(cpus.length / 2)].toFixed(0)}); the last equal to a full merge: ${hashOf({ events: out.events, merges: out.merges }) === hashOf(whole)}`);
      }
    }
  }
  if (argv.includes('--disk')) {
    c0 = process.cpuUsage();
    const saved = deserialize(bytes!) as MergeState;
    const readCpu = cpuOf(process.cpuUsage(c0));
    c0 = process.cpuUsage();
    const fromDisk = mergeEvents(edited, input.docs, { actors, places: input.places as never, keep: true, previous: saved, docKeys: keysOf('v2') });
    const diskCpu = cpuOf(process.cpuUsage(c0));
    const sameDisk = hashOf({ events: fromDisk.events, merges: fromDisk.merges }) === hashOf(full);
    console.log(`from the state saved on disk (${(bytes!.length / 1048576).toFixed(1)} MB; packed + serialised ${packCpu} ms cpu, read ${readCpu} ms cpu): merge ${diskCpu} ms cpu; equal to a full merge: ${sameDisk}`);
  }
}
