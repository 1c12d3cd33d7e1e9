/**
 * The write side alone (what `npm run compile` does after the compile: serialise, report, layout, split files,
 * search index, writing), from a compiled data folder's dataset.json, timed and measured:
 *
 *   npx tsx scripts/bench-write.ts DIR [--out OUT] [--serial] [--hashes FILE] [--keep] [--twice] [--alone] [--no-collect]
 *
 * DIR/dataset.json is read and parsed first (not counted); then finishRunParallel (as `npm run compile`; --serial:
 * finishRun, the one-thread path `npm run check`/tests use) writes into OUT (default DIR/../.bench-write-out, emptied
 * first; --keep: written over what is there, as the dev loop does). Prints wall, CPU (all threads), the process's RSS
 * before the write side and its peak during it (sampled every 20 ms on a thread of its own), the parts' times and
 * bytes, and a digest of every written file (path + sha256; --hashes FILE: the list). --twice: a second write over the
 * first (the dev loop's case: unchanged files kept). As `npm run compile`, the write side starts with a full garbage
 * collection (lib/compile/gc.ts; --no-collect: without, as the dev loop). --alone: each part by itself instead (the search and the layout
 * threads, the dataset, the report made and written, the split files, the search index on this thread), the
 * collector run before and after each: its RSS peak above what was there
 * before it, its main-thread heap when it ended and what it left behind. Prints figures; asserts nothing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WriteParts } from '../lib/compile/write-parts';
import { hashTree, treeDigest } from './hash-tree';
import { readCompiled } from '../lib/bench/compiled';

const argv = process.argv.slice(2);
const flag = (n: string) => argv.includes(`--${n}`);
const opt = (n: string): string | null => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 ? argv[i + 1] : null;
};
const dir = argv.find((a, i) => !a.startsWith('--') && !['--out', '--hashes'].includes(argv[i - 1] ?? ''));
if (!dir) {
  console.error('usage: npx tsx scripts/bench-write.ts DIR [--out OUT] [--serial] [--hashes FILE] [--keep] [--twice] [--alone] [--no-collect]');
  process.exit(2);
}
const mb = (b: number) => `${Math.round(b / 1048576).toLocaleString('en-US')} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** RSS sampled every 20 ms on a thread of its own (the main thread is busy in synchronous work most of the time). */
function rssSampler(): { take: () => Promise<[number, number][]>; stop: () => Promise<void> } {
  const code = `
    const { parentPort } = require('node:worker_threads');
    let samples = [];
    const t = setInterval(() => samples.push([performance.timeOrigin + performance.now(), process.memoryUsage.rss()]), 20);
    parentPort.on('message', (m) => { if (m === 'stop') { clearInterval(t); parentPort.close(); } else { parentPort.postMessage(samples); samples = []; } });
  `;
  const w = new Worker(code, { eval: true });
  return {
    take: () =>
      new Promise((res) => {
        w.once('message', (p: [number, number][]) => res(p));
        w.postMessage('take');
      }),
    stop: async () => {
      w.postMessage('stop');
      await w.terminate();
    },
  };
}

/** --alone: each part of the write side by itself, GC'd before and after; RSS peak and heap per part. */
async function alone(): Promise<void> {
  const { collectGarbage } = await import('../lib/compile/gc');
  const gc = () => void collectGarbage();
  const from = resolve(dir!);
  const out = resolve(opt('out') ?? join(from, '..', '.bench-write-out'));
  const emit = await import('../lib/compile/emit');
  const { Staging } = await import('../lib/compile/staging');
  const { searchInThread, searchSource } = await import('../lib/compile/search-thread');
  const { layoutInThread, positionsOf } = await import('../lib/compile/layout-thread');
  const { codeRoot } = await import('../lib/compile/cache');
  const { buildReport } = await import('../lib/editor/report');
  const { result, readMs } = readCompiled(from);
  const { dataset } = result;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  console.log(`${dataset.documents.length.toLocaleString('en-US')} documents, ${dataset.events.length.toLocaleString('en-US')} events (read + parse ${s(readMs)}) → ${out} · each part alone`);
  const sampler = rssSampler();
  const heap = () => process.memoryUsage().heapUsed;
  const staging = new Staging(out);
  let positions: import('../lib/compile/layout').Positions | null = null;
  let report: unknown = null;
  const part = async (name: string, fn: () => unknown) => {
    gc();
    await sampler.take();
    const rss0 = process.memoryUsage.rss();
    const h0 = heap();
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    await fn();
    const wall = performance.now() - w0;
    const cpu = process.cpuUsage(c0);
    const h1 = heap();
    const series = await sampler.take();
    const peak = Math.max(rss0, ...series.map(([, r]) => r));
    gc();
    const h2 = heap();
    console.log(
      `  ${name}: wall ${s(wall)} · cpu ${s((cpu.user + cpu.system) / 1000)} · rss before ${mb(rss0)}, peak +${mb(Math.max(0, peak - rss0))} · heap before ${mb(h0)}, at its end +${mb(h1 - h0)}, kept after gc ${h2 >= h0 ? '+' : ''}${mb(h2 - h0)}`,
    );
  };
  await part('layout (thread)', async () => (positions = await layoutInThread(codeRoot(), dataset)));
  await part('layout (this thread)', () => positionsOf(dataset));
  await part('search index (thread)', () => searchInThread(codeRoot(), () => searchSource(dataset), staging.dir, out));
  let hash = '';
  await part('serialise + write dataset', () => (hash = emit.writeDataset(staging.writer, dataset)));
  await part('report', () => (report = buildReport({ dataset, trace: result.trace, problems: result.problems, correctionLines: [], previous: null, hash })));
  await part('report json + write', () => emit.writeReport(staging.writer, report));
  report = null;
  await part('split + write', () => emit.writeSplit(staging.writer, dataset, undefined, positions!));
  await part('search index (this thread)', () => emit.writeSearch(staging.writer, dataset));
  await part('commit', () => emit.commitStaging(staging, hash));
  const files = hashTree(out);
  console.log(`  ${files.length.toLocaleString('en-US')} files, digest ${treeDigest(files)} · dataset ${hash} · process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
  if (opt('hashes')) writeFileSync(opt('hashes')!, files.map(([p, h]) => `${h}  ${p}\n`).join(''));
  await sampler.stop();
}

async function main(): Promise<void> {
  if (flag('alone')) return alone();
  const from = resolve(dir!);
  const out = resolve(opt('out') ?? join(from, '..', '.bench-write-out'));
  const { finishRun, finishRunParallel } = await import('../lib/editor/run');
  const { collectBeforeWriting, lastCollectionMs } = await import('../lib/compile/gc');
  collectBeforeWriting(!flag('no-collect'));
  const { result, readMs } = readCompiled(from);
  const { dataset } = result;
  if (!flag('keep')) rmSync(out, { recursive: true, force: true });
  console.log(
    `${dataset.documents.length.toLocaleString('en-US')} documents, ${dataset.events.length.toLocaleString('en-US')} events, ${dataset.edges.length.toLocaleString('en-US')} edges (read + parse ${s(readMs)}) → ${out} · ${flag('serial') ? 'finishRun (one thread)' : 'finishRunParallel (as npm run compile)'}`,
  );
  const sampler = rssSampler();
  const runs = flag('twice') ? 2 : 1;
  for (let run = 1; run <= runs; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    await sampler.take(); // starts a new series
    const rss0 = process.memoryUsage.rss();
    const parts: WriteParts = {};
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const opts = { root: from, outDir: out, write: true, writeParts: parts };
    const r = flag('serial') ? finishRun(opts, { correctionLines: [] }, result, w0) : await finishRunParallel(opts, { correctionLines: [] }, result, w0);
    const wall = performance.now() - w0;
    const cpu = process.cpuUsage(c0);
    const series = await sampler.take();
    const peak = Math.max(rss0, ...series.map(([, r]) => r));
    // the peak inside each part (the search thread runs beside the others: its memory is in every window)
    const inPart = Object.entries(parts)
      .filter(([, v]) => v.from !== undefined && v.to !== undefined)
      .map(([k, v]) => `${k} ${mb(Math.max(0, ...series.filter(([t]) => t >= v.from! && t <= v.to!).map(([, r]) => r)))}`);
    const list = Object.entries(parts).map(([k, v]) => `${k} ${s(v.ms)}${v.bytes ? ` (${mb(v.bytes)})` : ''}`);
    const files = hashTree(out);
    const digest = treeDigest(files);
    const gcMs = lastCollectionMs();
    console.log(`  run ${run}: ${r.ok ? 'ok' : 'FAILED'} · wall ${s(wall)} · cpu ${s((cpu.user + cpu.system) / 1000)} (all threads)${gcMs !== null && run === 1 ? ` · garbage collected first in ${s(gcMs)}` : ''}`);
    console.log(`    rss before ${mb(rss0)} · peak during ${mb(peak)} (+${mb(Math.max(0, peak - rss0))}) · process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
    console.log(`    parts: ${list.join(' · ')}`);
    console.log(`    rss peak within each part: ${inPart.join(' · ')}`);
    console.log(`    ${files.length.toLocaleString('en-US')} files, digest ${digest} (sha256 of "sha256  path" lines) · dataset ${r.hash}`);
    if (opt('hashes')) writeFileSync(opt('hashes')!, files.map(([p, h]) => `${h}  ${p}\n`).join(''));
  }
  await sampler.stop();
}

void main().then(() => process.exit(0));
