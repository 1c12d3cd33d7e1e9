/**
 * Writes public/data/search.json from public/data/dataset.json (the compiler's
 * emit calls writeSearchIndex itself once wired; this is for trying it alone).
 *   tsx scripts/search-index.ts [dataDir=public/data]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSearchIndex } from '../lib/search/emit';
import type { Dataset } from '../lib/schema';

const dir = process.argv[2] ?? join('public', 'data');
const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;
const t0 = performance.now();
const file = writeSearchIndex(dir, dataset);
const size = readFileSync(file).length;
console.log(`${file}: ${dataset.actors.length} actors + ${dataset.events.length} events, ${(size / 1024).toFixed(1)} KiB, ${(performance.now() - t0).toFixed(0)} ms`);
