/** Writes the search's files beside the dataset (search.json, search-quotes/); stale shards removed. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { searchFileEntries, searchFiles, type SearchSource } from './build';
import { QUOTES_DIR, SEARCH_FILE } from './options';

function writeIfChanged(file: string, text: string) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Writes made files (from searchFiles); shards first, search.json (which lists them) last. */
export function writeSearchFiles(outDir: string, files: Map<string, string>): void {
  mkdirSync(join(outDir, QUOTES_DIR), { recursive: true });
  for (const [name, text] of files) if (name !== SEARCH_FILE) writeIfChanged(join(outDir, name), text);
  for (const name of readdirSync(join(outDir, QUOTES_DIR))) {
    if (!files.has(`${QUOTES_DIR}/${name}`)) unlinkSync(join(outDir, QUOTES_DIR, name));
  }
  writeIfChanged(join(outDir, SEARCH_FILE), files.get(SEARCH_FILE)!);
}

export function writeSearchIndex(outDir: string, dataset: SearchSource): string {
  writeSearchFiles(outDir, searchFiles(dataset));
  return join(outDir, SEARCH_FILE);
}

/** Where writeSearchStaged writes (lib/compile/staging.ts StagedWriter). */
export interface FileSink {
  mkdir(rel: string): void;
  write(rel: string, text: string): void;
}

/**
 * The search's files made one at a time and written at once (the shards, then search.json): none is held.
 * `release`: the source is given away (searchFileEntries drops each shard's quotes once it is made).
 */
export function writeSearchStaged(sink: FileSink, source: SearchSource, release = false): void {
  sink.mkdir(QUOTES_DIR);
  for (const [rel, text] of searchFileEntries(source, undefined, release)) sink.write(rel, text);
}
