/** Writes the search index beside the dataset (public/data/search.json); called once by the compiler's emit. */
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { searchIndexJson, type SearchSource } from './build';
import { SEARCH_FILE } from './options';

export function writeSearchIndex(outDir: string, dataset: SearchSource): string {
  const file = join(outDir, SEARCH_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, searchIndexJson(dataset));
  renameSync(tmp, file);
  return file;
}
