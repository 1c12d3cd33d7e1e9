/**
 * npm run bench [-- --docs 10000 --actors 2000]
 * Builds a synthetic corpus (deterministic, seeded) of news-like documents about
 * invented actors, writes it to a temp folder, then measures load and compile
 * time and peak memory. Prints figures; asserts nothing (timings are not tests).
 *   --stages     also times clean+sentences, mentions and dates on their own (after the
 *                compile, so with warm caches: a lower bound; cold, 2,000 documents take ~1.3 ms each in mentions)
 *   --keep DIR   writes the corpus to DIR and keeps it (for profiling)
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from '../lib/compile/load';
import { compile } from '../lib/compile';
import { stableJson } from '../lib/compile/emit';
import { rng } from '../lib/rng';
import { clean } from '../lib/compile/clean';
import { splitSentences } from '../lib/compile/sentences';
import { findMentions } from '../lib/compile/mentions';
import { findDates } from '../lib/compile/dates';

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}
const DOCS = arg('docs', 2000);
const ACTORS = arg('actors', 2000);

const rand = rng(42);
const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

const FIRST = ['Ana', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hassan', 'Ines', 'Jonas', 'Kenji', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Petra', 'Quentin', 'Rosa', 'Stefan', 'Tamar'];
const LAST = ['Kovac', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quiroga', 'Rahman', 'Sato', 'Tanaka', 'Varga', 'Weber', 'Yilmaz', 'Zeller', 'Haddad', 'Ibsen', 'Jansen', 'Kaplan', 'Larsen', 'Mendes'];
const COUNTRIES: [string, string, string][] = [
  ['Croatia', 'HR', 'Croatian'], ['Finland', 'FI', 'Finnish'], ['Turkey', 'TR', 'Turkish'], ['Brazil', 'BR', 'Brazilian'],
  ['Japan', 'JP', 'Japanese'], ['Kenya', 'KE', 'Kenyan'], ['Chile', 'CL', 'Chilean'], ['Norway', 'NO', 'Norwegian'],
];
const CITIES = ['Zagreb', 'Helsinki', 'Ankara', 'Brasilia', 'Tokyo', 'Nairobi', 'Santiago', 'Oslo'];
const ROLES = ['Foreign Minister', 'Prime Minister', 'Defence Minister', 'President', 'Trade Minister'];

const actors = Array.from({ length: ACTORS }, (_, i) => {
  const first = FIRST[i % FIRST.length];
  const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? String.fromCharCode(97 + (i % 26)) + 'son' + Math.floor(i / 400) : ''}`;
  const c = COUNTRIES[i % COUNTRIES.length];
  return { first, last, name: `${first} ${last}`, country: c, role: ROLES[i % ROLES.length] };
});

const keepAt = process.argv.indexOf('--keep');
const keep = keepAt > 0 ? process.argv[keepAt + 1] : null;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'parley-bench-'));
mkdirSync(join(dir, 'documents'), { recursive: true });
for (const f of ['places.yaml', 'lexicon.yaml']) copyFileSync(join('data', f), join(dir, f));
writeFileSync(
  join(dir, 'actors.yaml'),
  actors
    .slice(0, Math.floor(ACTORS / 2)) // half are known, half must be discovered
    .map((a) => `- id: ${a.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}\n  name: ${a.name}\n  kind: person\n  affiliation: ${a.country[1]}\n  aliases: [${a.last}]\n`)
    .join(''),
);
const day0 = Date.UTC(2024, 0, 1);
for (let d = 0; d < DOCS; d++) {
  const a = pick(actors);
  let b = pick(actors);
  if (b === a) b = actors[(actors.indexOf(a) + 1) % actors.length];
  const pub = new Date(day0 + Math.floor(rand() * 600) * 86400000).toISOString().slice(0, 10);
  const city = pick(CITIES);
  const paras = [
    `${a.country[2]} ${a.role} ${a.name} met ${b.country[2]} ${b.role} ${b.name} in ${city} on Tuesday, officials said.`,
    `${a.last} said the talks had been "constructive" and that both sides agreed to meet again.`,
    `A day earlier, ${a.last} had spoken by phone with ${pick(actors).name}, according to a statement.`,
    `${b.last} told reporters that ${b.country[0]} would not accept any deal made without its involvement.`,
    ...Array.from({ length: 4 }, () => `Analysts in ${pick(CITIES)} said the meeting followed weeks of preparation and reflected a broader shift in the region's diplomacy.`),
  ];
  writeFileSync(
    join(dir, 'documents', `doc-${String(d).padStart(5, '0')}.md`),
    `---\ntitle: "${a.last} and ${b.last} meet in ${city}"\noutlet: Bench Wire\nurl: null\npublished: ${pub}\nkind: article\n---\n${paras.join('\n\n')}\n`,
  );
}

const mem = () => Math.round(process.memoryUsage().rss / 1048576);
let peak = mem();
const timer = setInterval(() => (peak = Math.max(peak, mem())), 50);
const t0 = performance.now();
const inputs = load(dir, dir);
const t1 = performance.now();
const result = compile(inputs);
const t2 = performance.now();
const json = stableJson(result.dataset);
const t3 = performance.now();
clearInterval(timer);
peak = Math.max(peak, mem());
if (!keep) rmSync(dir, { recursive: true, force: true });

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`corpus: ${DOCS} documents, ${ACTORS} actors (${Math.floor(ACTORS / 2)} in actors.yaml)`);
console.log(`load:      ${fmt(t1 - t0)}`);
console.log(`compile:   ${fmt(t2 - t1)}  (${((t2 - t1) / DOCS).toFixed(2)} ms/document)`);
console.log(`serialise: ${fmt(t3 - t2)}  (${(json.length / 1048576).toFixed(1)} MiB dataset.json)`);
console.log(`peak RSS:  ${peak} MiB`);
if (process.argv.includes('--stages')) {
  const s0 = performance.now();
  const docs = [...inputs.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => splitSentences(clean(d)));
  const s1 = performance.now();
  findMentions(docs, inputs.actors, inputs.places, inputs.lexicon);
  const s2 = performance.now();
  for (const d of docs) findDates(d);
  const s3 = performance.now();
  const per = (ms: number) => `${(ms / DOCS).toFixed(2)} ms/document`;
  console.log(`stages:    clean+sentences ${per(s1 - s0)}, mentions ${per(s2 - s1)}, dates ${per(s3 - s2)}`);
}
console.log(
  `output:    ${result.dataset.events.length} events, ${result.dataset.actors.length} actors, ${result.dataset.edges.length} edges, ${result.problems.length} problems`,
);
