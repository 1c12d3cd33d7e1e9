/**
 * emit: writes the dataset, its JSON Schema, the editors' report, the
 * explorer's split files (search.json: the search index over names and titles, search-quotes/: quote shards, which the browser
 * cannot build from the index alone; index.json with the network positions laid out here,
 * events/<n>.json, docs/<id>.json per document: lib/data/split.ts; files whose bytes did not change are left
 * alone, files of removed documents deleted) and version.json, each
 * atomically (temporary file, then rename). Callers write nothing at all when
 * the compile has errors, so the last good dataset stays. version.json is
 * written last: a page polling it sees a complete dataset.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetJsonSchema, type Dataset } from '../schema';
import { splitFiles as split } from '../data/split';
import { computePositions } from './layout';
import { searchFiles } from '../search/build';
import { writeSearchFiles } from '../search/emit';
import { timePart, type WriteParts } from './write-parts';

export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** First 16 hex of the sha256 of the dataset.json bytes. */
export function hashOf(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
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

/** Writes a file only when its bytes change (an edit to one document rewrites one document file). */
function writeIfChanged(path: string, content: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) return;
  } catch {
    // missing: write it
  }
  writeAtomic(path, content);
}

function writeSplit(outDir: string, dataset: Dataset, parts?: WriteParts, made?: Map<string, string>): void {
  const files = made ?? splitFiles(dataset, parts);
  const t0 = performance.now();
  for (const dir of ['docs', 'events', 'index']) mkdirSync(join(outDir, dir), { recursive: true });
  for (const [rel, content] of files) if (rel !== 'index.json') writeIfChanged(join(outDir, rel), content);
  for (const dir of ['docs', 'events', 'index']) {
    for (const name of readdirSync(join(outDir, dir))) {
      if (!files.has(`${dir}/${name}`)) unlinkSync(join(outDir, dir, name));
    }
  }
  writeAtomic(join(outDir, 'index.json'), files.get('index.json')!);
  if (parts) (parts['write split'] ??= { ms: 0, bytes: 0 }).ms += performance.now() - t0;
}

/** Parts of the output already made elsewhere (runCompileParallel builds the search index on a thread meanwhile). */
export interface Made {
  files?: Map<string, string>;
  search?: Map<string, string>;
  serialised?: Emitted;
}

export function emit(outDir: string, dataset: Dataset, report?: unknown, serialised: Emitted = serialise(dataset), parts?: WriteParts, made: Made = {}): Emitted {
  timePart(parts, 'write dataset', () => {
    writeAtomic(join(outDir, 'dataset.schema.json'), stableJson(datasetJsonSchema()));
    writeAtomic(join(outDir, 'dataset.json'), serialised.datasetJson);
  });
  writeSplit(outDir, dataset, parts, made.files);
  const search = made.search ?? timePart(parts, 'search index', () => searchFiles(dataset));
  timePart(parts, 'write search', () => writeSearchFiles(outDir, search));
  if (report !== undefined) {
    const json = timePart(parts, 'report json', () => stableJson(report));
    timePart(parts, 'write report', () => writeAtomic(join(outDir, 'report.json'), json));
  }
  writeAtomic(join(outDir, 'version.json'), stableJson({ hash: serialised.hash }));
  return serialised;
}
