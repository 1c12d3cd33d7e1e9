/**
 * One compile of the project, as `npm run compile`, `npm run check` and
 * `npm run dev` do it: load → compile → (no errors?) report → emit.
 * With errors nothing is written and the last good dataset stays.
 */
import { join } from 'node:path';
import type { Problem } from '../schema';
import { compile } from '../compile';
import { commitStaging, emit, hashOfValue, readPrevious, writeDataset, writeReport, writeSearch, writeSplit } from '../compile/emit';
import { Staging } from '../compile/staging';
import { searchInThread, searchSource } from '../compile/search-thread';
import { layoutInThread } from '../compile/layout-thread';
import type { Threaded } from '../compile/thread';
import { codeRoot } from '../compile/cache';
import { load } from '../compile/load';
import { compileProject } from '../compile/parallel/project';
import type { CompileInputs, CompileResult } from '../compile/types';
import { buildReport, reportChanges } from './report';
import type { Report } from './report-schema';
import { addPart, timePart, type WriteParts } from '../compile/write-parts';

export interface RunOptions {
  /** project root (paths in problems are relative to it) */
  root: string;
  /** default <root>/data */
  dataDir?: string;
  /** default <root>/public/data */
  outDir?: string;
  /** false: validate only, write nothing */
  write: boolean;
  /** filled with the write side's time and bytes per part (npm run bench) */
  writeParts?: WriteParts;
}

export interface RunResult {
  ok: boolean;
  problems: Problem[];
  result: CompileResult | null;
  report: Report | null;
  /** dataset hash (version.json) when compiled without errors */
  hash: string | null;
  ms: number;
  written: boolean;
}

export function runCompile(opts: RunOptions): RunResult {
  const t0 = performance.now();
  const inputs = load(opts.dataDir ?? join(opts.root, 'data'), opts.root);
  let result: CompileResult;
  try {
    result = compile(inputs);
  } catch (e) {
    return crashed(inputs, e, t0);
  }
  return finishRun(opts, inputs, result, t0);
}

export interface ParallelRunOptions extends RunOptions {
  /** the per-document cache; default <root>/.parley/cache, null: none */
  cacheDir?: string | null;
  /** worker threads; default one per core (none for small projects) */
  workers?: number;
  /** keep the merge state for this process's next compile (a long-lived compile thread); see ProjectOptions */
  keepMerge?: boolean;
}

/**
 * runCompile with per-document stages on worker threads and cached by content
 * hash (lib/compile/parallel/project.ts): the same bytes, faster on large archives.
 */
export async function runCompileParallel(opts: ParallelRunOptions): Promise<RunResult> {
  const t0 = performance.now();
  const inputs = load(opts.dataDir ?? join(opts.root, 'data'), opts.root);
  let result: CompileResult;
  try {
    result = await compileProject(inputs, { root: opts.root, cacheDir: opts.cacheDir, workers: opts.workers, keepMerge: opts.keepMerge });
  } catch (e) {
    return crashed(inputs, e, t0);
  }
  return finishRunParallel(opts, inputs, result, t0);
}

/**
 * finishRun with the search index built on a worker thread (writing its files into the staging folder itself)
 * while this one writes the dataset, the report and the split files (the same bytes; built here when the
 * thread cannot start or fails). Every file goes into the staging folder as it is made; the folder is swapped
 * in at the end, so a failure anywhere leaves the last good output whole.
 */
export async function finishRunParallel(opts: RunOptions, inputs: Pick<CompileInputs, 'correctionLines'>, result: CompileResult, t0: number): Promise<RunResult> {
  if (!opts.write || result.problems.some((p) => p.severity === 'error')) return finishRun(opts, inputs, result, t0);
  const parts = opts.writeParts;
  const outDir = outDirOf(opts);
  const previous = readPreviousIfAsked(outDir, parts);
  const staging = new Staging(outDir);
  const threads: Threaded<unknown>[] = [];
  try {
    // the layout and the search index on threads of their own; a failed thread is not a failed compile: its part is made here instead
    const layoutMs = performance.now();
    const layout = timePart(parts, 'threads start', () => layoutInThread(codeRoot(), result.dataset));
    const searchMs = performance.now();
    const search = timePart(parts, 'threads start', () => searchInThread(codeRoot(), () => searchSource(result.dataset), staging.dir, outDir));
    for (const t of [layout, search]) if (t) threads.push(t);
    const laidOut = layout?.catch(() => null) ?? Promise.resolve(null);
    const searched = search?.catch(async () => {
      // whatever it wrote before failing is written again here
      await search.stop();
      return null;
    }) ?? Promise.resolve(null);
    const hash = writeDataset(staging.writer, result.dataset, parts);
    const report = timePart(parts, 'report', () => makeReport(inputs, result, previous, hash));
    writeReport(staging.writer, report, parts);
    const t0w = performance.now();
    const positions = await laidOut;
    addPart(parts, 'waiting for the layout', t0w);
    if (positions) addPart(parts, 'layout (thread, wall)', layoutMs);
    writeSplit(staging.writer, result.dataset, parts, positions ?? undefined);
    const t0s = performance.now();
    const wrote = await searched;
    addPart(parts, 'waiting for the search', t0s);
    if (wrote) addPart(parts, 'search index (thread, wall)', searchMs, wrote.bytes);
    if (!wrote) writeSearch(staging.writer, result.dataset, parts);
    commitStaging(staging, hash, parts);
    return { ok: true, problems: result.problems, result, report, hash, ms: Math.round(performance.now() - t0), written: true };
  } catch (e) {
    // no thread may write into the staging folder while it is removed
    await Promise.all(threads.map((t) => t.stop()));
    staging.abort();
    throw e;
  }
}

function crashed(inputs: CompileInputs, e: unknown, t0: number): RunResult {
  const err = e instanceof Error ? e : new Error(String(e));
  const where = /\((?:.*[\\/])?(lib[\\/][^)]+)\)/.exec(err.stack ?? '')?.[1] ?? 'lib/compile';
  const problems: Problem[] = [
    ...inputs.problems,
    { severity: 'error', file: where.split('\\').join('/'), line: null, message: `the compiler crashed: ${err.message}`, hint: 'this is a bug in the compiler, not in your data; the last good dataset is kept' },
  ];
  return { ok: false, problems, result: null, report: null, hash: null, ms: Math.round(performance.now() - t0), written: false };
}

const outDirOf = (opts: RunOptions) => opts.outDir ?? join(opts.root, 'public', 'data');

// only the dev loop's report compares with the previous compile: do not parse the old dataset otherwise
const readPreviousIfAsked = (outDir: string, parts?: WriteParts) => (reportChanges() ? timePart(parts, 'read previous', () => readPrevious(outDir)) : null);

function makeReport(inputs: Pick<CompileInputs, 'correctionLines'>, result: CompileResult, previous: unknown, hash: string): Report {
  return buildReport({ dataset: result.dataset, trace: result.trace, problems: result.problems, correctionLines: inputs.correctionLines, previous, hash });
}

/** After the compile: hash, report and (opts.write) emit, on this thread; nothing written when the result has errors. */
export function finishRun(opts: RunOptions, inputs: Pick<CompileInputs, 'correctionLines'>, result: CompileResult, t0: number): RunResult {
  const outDir = outDirOf(opts);
  const problems = result.problems;
  if (problems.some((p) => p.severity === 'error')) {
    return { ok: false, problems, result, report: null, hash: null, ms: Math.round(performance.now() - t0), written: false };
  }
  const parts = opts.writeParts;
  const previous = readPreviousIfAsked(outDir, parts);
  let report: Report | null = null;
  let hash: string;
  if (opts.write) {
    hash = emit(outDir, result.dataset, (h: string) => (report = makeReport(inputs, result, previous, h)), parts).hash;
  } else {
    hash = timePart(parts, 'serialise', () => hashOfValue(result.dataset));
    report = timePart(parts, 'report', () => makeReport(inputs, result, previous, hash));
  }
  return { ok: true, problems, result, report, hash, ms: Math.round(performance.now() - t0), written: opts.write };
}
