/**
 * emit: writes the dataset, its JSON Schema, the editors' report, the
 * explorer's split files (search.json: the search index over names and titles, search-quotes/: quote shards, which the browser
 * cannot build from the index alone; index.json with the network positions laid out here,
 * index/<page>.json, events/<n>.json, docs/<id>.json per document: lib/data/split.ts) and version.json.
 *
 * Every file goes into a staging folder beside the output folder as soon as it is made and is dropped from
 * memory (dataset.json and report.json are written in pieces, never held as one string; the split files one
 * by one; the search files by the search thread itself), then the staging folder is swapped in by rename
 * (lib/compile/staging.ts): a compile that fails anywhere before that leaves the last good output whole.
 * Files whose bytes did not change keep their inode (hard-linked from the old folder); files of removed
 * documents are gone. Callers write nothing at all when the compile has errors. version.json is written last.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetJsonSchema, type Dataset } from '../schema';
import { splitEntries, splitFiles as split } from '../data/split';
import { computePositions, type Positions } from './layout';
import { positionsOf } from './layout-thread';
import type { SearchSource } from '../search/build';
import { writeSearchStaged } from '../search/emit';
import { addPart, timePart, type WriteParts } from './write-parts';
import { Staging, type StagedWriter } from './staging';
import { writeStarts } from './gc';

export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * First 16 hex of the sha256 of the dataset.json bytes. Hashed a slice at a time (a slice never ends between the two
 * halves of a surrogate pair: the same UTF-8 bytes): the whole string's UTF-8 copy is never made (10k: 275 MB).
 */
export function hashOf(json: string): string {
  const h = createHash('sha256');
  for (let i = 0; i < json.length; ) {
    let j = Math.min(json.length, i + HASH_SLICE);
    if (j < json.length) {
      const c = json.charCodeAt(j - 1);
      if (c >= 0xd800 && c <= 0xdbff) j--;
    }
    h.update(i === 0 && j === json.length ? json : json.slice(i, j));
    i = j;
  }
  return h.digest('hex').slice(0, 16);
}
/** characters hashed at a time (hashOf) */
const HASH_SLICE = 1 << 20;

/** A value JSON.stringify writes whole (no containers to open): primitives, toJSON, boxed values. */
function isLeaf(v: unknown): boolean {
  return v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function' || v instanceof String || v instanceof Number || v instanceof Boolean;
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * stableJson(value) in pieces: objects and arrays down to `depth` levels are opened here, deeper values
 * stringified whole (their lines indented to their place; JSON strings hold no raw newline), so the text is
 * never one string and no piece is larger than one element. Concatenated, the pieces are stableJson(value).
 */
export function* jsonPieces(value: unknown, depth = 2, indent = ''): Generator<string> {
  if (depth <= 0 || isLeaf(value)) {
    const s = JSON.stringify(value, null, 2);
    yield indent && s.includes('\n') ? s.replaceAll('\n', `\n${indent}`) : s;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    if (depth === 1) {
      yield* wholeElements(value, indent);
      yield `${indent}]`;
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v: unknown = value[i];
      if (skipped(v)) yield 'null';
      else yield* jsonPieces(v, depth - 1, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => !skipped(o[k]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield `${inner}${JSON.stringify(keys[i])}: `;
    yield* jsonPieces(o[keys[i]], depth - 1, inner);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/** Elements stringified per batch of this many (one native JSON.stringify each: faster than one by one, and than all at once). */
const BATCH = 256;

/**
 * The lines of an array's elements (each stringified whole) at their place under `indent`, per batch: a batch is
 * stringified inside single-key wrappers nesting it as deep as `indent` says, so its lines come out indented
 * exactly as in stableJson of the whole, and the wrappers' first and last lines are cut off.
 */
function* wholeElements(value: unknown[], indent: string): Generator<string> {
  const wrap = (a: unknown[]) => {
    let w: unknown = a;
    for (let i = 0; i < indent.length; i += 2) w = { k: w };
    return w;
  };
  const probe = JSON.stringify(wrap([0]), null, 2);
  const at = probe.lastIndexOf('0');
  const head = at - indent.length - 2;
  const tail = probe.length - at - 1;
  for (let i = 0; i < value.length; i += BATCH) {
    const s = JSON.stringify(wrap(value.slice(i, i + BATCH)), null, 2);
    yield s.slice(head, s.length - tail);
    yield i + BATCH < value.length ? ',\n' : '\n';
  }
}

/** hashOf(stableJson(value)) without making the string. */
export function hashOfValue(value: unknown): string {
  const h = createHash('sha256');
  for (const p of jsonPieces(value)) h.update(p);
  h.update('\n');
  return h.digest('hex').slice(0, 16);
}

/** stableJson(value) written in pieces into the staging folder; the sha256 of its bytes (16 hex) when asked. */
export function writeJson(writer: StagedWriter, rel: string, value: unknown, hash = false): { bytes: number; hash: string | null } {
  const h = hash ? createHash('sha256') : null;
  const f = writer.open(rel);
  if (h) f.tap((chunk) => h.update(chunk));
  try {
    for (const p of jsonPieces(value)) f.write(p);
    f.write('\n');
  } finally {
    f.close();
  }
  return { bytes: f.bytes, hash: h ? h.digest('hex').slice(0, 16) : null };
}

export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

/** The previous dataset.json, parsed, or null (missing or unreadable). */
export function readPrevious(outDir: string): unknown {
  const p = join(outDir, 'dataset.json');
  if (!existsSync(p)) return null;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export interface Emitted {
  hash: string;
  datasetJson: string;
}

/** Serialises the dataset (returns its bytes and hash) without writing. */
export function serialise(dataset: Dataset): Emitted {
  const datasetJson = stableJson(dataset);
  return { datasetJson, hash: hashOf(datasetJson) };
}

/** The explorer's files: index.json (compact JSON) and one file per document, by path relative to the data folder. */
export function splitFiles(dataset: Dataset, parts?: WriteParts): Map<string, string> {
  const positions = timePart(parts, 'layout', () => computePositions(dataset));
  return timePart(parts, 'split', () => split(dataset, positions), (m) => [...m.values()].reduce((n, s) => n + Buffer.byteLength(s), 0));
}

/**
 * dataset.json (in pieces, hashed as written) and dataset.schema.json into the staging folder: the dataset's hash.
 * In a process that compiles once, the compile's garbage is collected first unless the layout thread's start did
 * (lib/compile/gc.ts writeStarts).
 */
export function writeDataset(writer: StagedWriter, dataset: Dataset, parts?: WriteParts): string {
  const gcMs = writeStarts(dataset);
  if (gcMs !== null) addPart(parts, 'collect garbage', performance.now() - gcMs);
  const t0 = performance.now();
  writer.write('dataset.schema.json', stableJson(datasetJsonSchema()));
  const { bytes, hash } = writeJson(writer, 'dataset.json', dataset, true);
  addPart(parts, 'serialise + write dataset', t0, bytes);
  return hash!;
}

/** The layout (unless given: laid out on a thread) and the explorer's split files, each written into the staging folder as it is made. */
export function writeSplit(writer: StagedWriter, dataset: Dataset, parts?: WriteParts, laidOut?: Positions): void {
  const positions = laidOut ?? timePart(parts, 'layout', () => positionsOf(dataset));
  const t0 = performance.now();
  const b0 = writer.bytes;
  for (const dir of ['docs', 'events', 'index']) writer.mkdir(dir);
  for (const [rel, content] of splitEntries(dataset, positions)) writer.write(rel, content);
  addPart(parts, 'split + write', t0, writer.bytes - b0);
}

/** The search's files (search.json and its quote shards), each written as it is made. */
export function writeSearch(writer: StagedWriter, source: SearchSource, parts?: WriteParts): void {
  const t0 = performance.now();
  const b0 = writer.bytes;
  writeSearchStaged(writer, source);
  addPart(parts, 'search index', t0, writer.bytes - b0);
}

export function writeReport(writer: StagedWriter, report: unknown, parts?: WriteParts): void {
  const t0 = performance.now();
  const { bytes } = writeJson(writer, 'report.json', report);
  addPart(parts, 'report json + write', t0, bytes);
}

/** version.json's bytes (written last: a page polling it sees a complete dataset). */
export const versionJson = (hash: string) => stableJson({ hash });

/** Swaps the staging folder in (timed as 'commit'). */
export function commitStaging(staging: Staging, hash: string, parts?: WriteParts): void {
  timePart(parts, 'commit', () => staging.commit({ rel: 'version.json', content: versionJson(hash) }));
}

/**
 * Writes everything (one thread). `report` is the report or makes it from the dataset's hash (known once
 * dataset.json is written). Returns the hash.
 */
export function emit(outDir: string, dataset: Dataset, report?: unknown | ((hash: string) => unknown), parts?: WriteParts): { hash: string } {
  const staging = new Staging(outDir);
  try {
    const hash = writeDataset(staging.writer, dataset, parts);
    const r = typeof report === 'function' ? timePart(parts, 'report', () => (report as (h: string) => unknown)(hash)) : report;
    if (r !== undefined) writeReport(staging.writer, r, parts);
    writeSplit(staging.writer, dataset, parts);
    writeSearch(staging.writer, dataset, parts);
    commitStaging(staging, hash, parts);
    return { hash };
  } catch (e) {
    staging.abort();
    throw e;
  }
}
