/**
 * The search's files before (one search.json over names, titles and every quote) and after (search.json: names
 * and titles + the list of quote shards; search-quotes/q-N.json) for a compiled dataset: bytes raw and gzip,
 * time to build each, and time to load + parse the first index in Node (a proxy for the browser's first search).
 *   tsx scripts/bench-search.ts <dir with dataset.json> [--no-old]   (--no-old: skip building the old single index)
 * Prints figures; writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import MiniSearch from 'minisearch';
import type { Dataset } from '../lib/schema';
import { describer, searchDocs, searchFiles } from '../lib/search/build';
import { FIRST_OPTIONS, QUOTE_OPTIONS, SEARCH_OPTIONS, type SearchDoc, type SearchHead } from '../lib/search/options';
import { runSearch } from '../lib/search/query';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join('public', 'data');
const noOld = args.includes('--no-old');
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const size = (t: string) => {
  const raw = Buffer.byteLength(t);
  return { raw, gz: gzipSync(t, { level: 9 }).length };
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function timed<T>(f: () => T): [T, number, number] {
  const [w, c] = [performance.now(), cpu()];
  const x = f();
  return [x, performance.now() - w, cpu() - c];
}
const ms = (w: number, c: number) => `${(w / 1000).toFixed(2)} s wall / ${(c / 1000).toFixed(2)} s CPU`;

console.log(`${dir} · load ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;
console.log(`  ${dataset.documents.length} documents, ${dataset.actors.length} actors, ${dataset.events.length} events`);

if (!noOld) {
  const [old, w, c] = timed(() => {
    const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    index.addAll(searchDocs(dataset));
    return JSON.stringify(index);
  });
  const s = size(old);
  console.log(`  before: search.json ${kB(s.raw)} raw, ${kB(s.gz)} gz; built in ${ms(w, c)}`);
  const [, lw, lc] = timed(() => MiniSearch.loadJSON<SearchDoc>(old, SEARCH_OPTIONS));
  console.log(`  before: first search loads + parses ${kB(s.raw)}: ${ms(lw, lc)}`);
}

const [files, w, c] = timed(() => searchFiles(dataset));
const head = files.get('search.json')!;
const hs = size(head);
const shards = [...files].filter(([f]) => f !== 'search.json').map(([, t]) => size(t));
const sum = (k: 'raw' | 'gz') => shards.reduce((n, s) => n + s[k], 0);
const max = (k: 'raw' | 'gz') => Math.max(0, ...shards.map((s) => s[k]));
console.log(`  after:  built in ${ms(w, c)} (first index + ${shards.length} quote shards)`);
console.log(`  after:  search.json (first index) ${kB(hs.raw)} raw, ${kB(hs.gz)} gz`);
console.log(`  after:  quote shards ${shards.length}: total ${kB(sum('raw'))} raw, ${kB(sum('gz'))} gz; largest ${kB(max('raw'))} raw, ${kB(max('gz'))} gz`);
const [first, lw, lc] = timed(() => {
  const h = JSON.parse(head) as SearchHead;
  return MiniSearch.loadJS<SearchDoc>(h.index as never, FIRST_OPTIONS);
});
console.log(`  after:  first search loads + parses search.json: ${ms(lw, lc)}`);
const name = dataset.actors[0]?.name.split(' ').at(-1) ?? 'said';
const [hits, sw, sc] = timed(() => runSearch(first, name, 10, describer(dataset)));
console.log(`  after:  a name query ("${name}") on the first index: ${hits.length} hits in ${ms(sw, sc)}`);
const [, qw, qc] = timed(() => [...files].filter(([f]) => f !== 'search.json').forEach(([, t]) => MiniSearch.loadJSON<SearchDoc>(t, QUOTE_OPTIONS)));
console.log(`  after:  all quote shards load + parse (in the worker, only for a quote search): ${ms(qw, qc)}`);
