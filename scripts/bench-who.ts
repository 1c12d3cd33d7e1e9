/**
 * npx tsx scripts/bench-who.ts [--docs 2000] [--pool 2000] [--full]
 * Times the "who" stage (mentions, discovery, places) on a corpus built from
 * the real documents of the tuning pool (samples, hard cases, blind, blind-2,
 * blind-3; never later blind sets), noise kept, with every person of
 * data/actors.yaml swapped, per document, for one of a pool of invented people
 * (first name + surname; written in full, surname alone, title + surname, and
 * misspelt: a doubled or dropped letter, a hyphen for a space). Half the pool
 * is in actors.yaml, half must be discovered. Deterministic (seeded).
 * Prints ms/document per stage and discovered actors against the pool people
 * actually used. Asserts nothing: a measurement.
 */
import { join } from 'node:path';
import { clean } from '../lib/compile/clean';
import { splitSentences } from '../lib/compile/sentences';
import { findMentions } from '../lib/compile/mentions';
import { compile } from '../lib/compile';
import { load } from '../lib/compile/load';
import { rng } from '../lib/rng';
import { distance } from 'fastest-levenshtein';
import type { SourceDoc } from '../lib/compile/types';
import type { ActorEntry } from '../lib/schema';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DOCS = arg('docs', 2000);
const POOL = arg('pool', 2000);
const rand = rng(7);
const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

const base = load('data', process.cwd());
const sources: SourceDoc[] = [...base.documents];
for (const set of ['hard-cases', 'blind', 'blind-2', 'blind-3']) sources.push(...load(join('data', 'eval', set), process.cwd()).documents);

// invented people: real first names, surnames built from syllables
const FIRST = 'Ana Boris Carla Dmitri Elena Farid Greta Hassan Ines Jonas Kenji Lena Mateo Nadia Omar Petra Rosa Stefan Tamar Yusuf Marta Ivan Sofia Tomas Aylin Pavel Leila Nikos Irena Karim'.split(' ');
const SYL = 'ko va ri sto len mar tin bo ra dze vic ne lu ka sha mi ro de go per han sel tu ba zan gu pi dal fen or ul brek nas tov mek sar yun vel cos hil ab'.split(' ');
const END = ['ov', 'ski', 'ez', 'an', 'ić', 'escu', 'berg', 'ani', 'ero', 'ssen', 'oglu', 'ets'];
const seen = new Set<string>();
const people: { first: string; last: string }[] = [];
while (people.length < POOL) {
  const n = 2 + Math.floor(rand() * 2);
  let sn = '';
  for (let k = 0; k < n; k++) sn += pick(SYL);
  sn = sn[0].toUpperCase() + sn.slice(1) + pick(END);
  if (seen.has(sn)) continue;
  seen.add(sn);
  people.push({ first: pick(FIRST), last: sn });
}
const variant = (w: string): string => {
  const r = rand();
  if (r < 0.4) {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return w.slice(0, i) + w[i] + w.slice(i); // doubled letter
  }
  if (r < 0.7) {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    return w.slice(0, i) + w.slice(i + 1); // dropped letter
  }
  const i = 2 + Math.floor(rand() * (w.length - 4));
  return `${w.slice(0, i)}-${w[i].toUpperCase()}${w.slice(i + 1)}`; // hyphenated
};

// the persons of actors.yaml and how they are written
const persons = base.actors.filter((a) => a.kind === 'person');
interface Form { re: string; id: string; full: boolean }
const forms: Form[] = [];
for (const a of persons) {
  const parts = a.name.split(/\s+/);
  forms.push({ re: a.name, id: a.id, full: parts.length > 1 });
  for (const al of a.aliases) forms.push({ re: al, id: a.id, full: al.split(/\s+/).length > 1 });
  if (parts.length > 1) forms.push({ re: parts[parts.length - 1], id: a.id, full: false });
}
forms.sort((x, y) => y.re.length - x.re.length);
const byForm = new Map(forms.map((f) => [f.re, f]));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FORM_RE = new RegExp(`(?<![\\p{L}])(?:${forms.map((f) => esc(f.re)).join('|')})(?![\\p{L}])`, 'gu');

const used = new Set<number>();
const docs: SourceDoc[] = [];
for (let d = 0; d < DOCS; d++) {
  const src = sources[d % sources.length];
  const cast = new Map<string, number>();
  const misspelt = new Map<string, string>();
  const body = src.body.replace(FORM_RE, (m) => {
    const f = byForm.get(m)!;
    let who = cast.get(f.id);
    if (who === undefined) cast.set(f.id, (who = Math.floor(rand() * POOL)));
    used.add(who);
    const p = people[who];
    // one spelling per person per document, 15% of documents misspell it
    let last = misspelt.get(f.id);
    if (last === undefined) misspelt.set(f.id, (last = rand() < 0.15 ? variant(p.last) : p.last));
    return f.full ? `${p.first} ${last}` : last;
  });
  docs.push({ ...src, id: `${src.id}-${String(d).padStart(5, '0')}`, body });
}
// half the pool in actors.yaml, the other persons of the data file left out
const known: ActorEntry[] = people
  .slice(0, POOL / 2)
  .map((p, i) => ({ id: `p${i}-${p.last.toLowerCase()}`, name: `${p.first} ${p.last}`, kind: 'person', aliases: [p.last], titles: [] }) as unknown as ActorEntry);
const actors = [...base.actors.filter((a) => a.kind !== 'person'), ...known];

const mem = () => Math.round(process.memoryUsage().rss / 1048576);
let peak = mem();
const timer = setInterval(() => (peak = Math.max(peak, mem())), 50);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const sentenced = docs.map((d) => splitSentences(clean(d)));
const t1 = performance.now();
const cpu1 = process.cpuUsage();
const who = findMentions(sentenced, actors, base.places, base.lexicon);
const t2 = performance.now();
const cpu = process.cpuUsage();
let full = '';
if (process.argv.includes('--full')) {
  const t3 = performance.now();
  const r = compile({ ...base, documents: docs, actors, corrections: [], correctionLines: [] });
  full = `full compile ${((performance.now() - t3) / 1000).toFixed(1)} s (${((performance.now() - t3) / DOCS).toFixed(2)} ms/doc), ${r.dataset.events.length} events`;
}
clearInterval(timer);
const words = docs.reduce((s, d) => s + d.body.split(/\s+/).length, 0);
const discovered = who.actors.filter((a) => a.discovered);
const usedUnknown = [...used].filter((i) => i >= POOL / 2);
// each discovered actor → the pool person it names (same first name or none, surname within 2 edits), if any
const norm = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[-\s]/g, '');
const byFirst = new Map<string, number[]>();
people.forEach((p, i) => byFirst.set(p.first, [...(byFirst.get(p.first) ?? []), i]));
const truth = new Map<number, string[]>();
let other = 0;
for (const a of discovered) {
  const parts = a.name.split(/\s+/);
  const sn = norm(parts.length > 1 && /-/.test(a.name) ? parts.slice(1).join('') : parts[parts.length - 1]);
  const cands = parts.length > 1 ? byFirst.get(parts[0]) ?? [] : people.map((_, i) => i);
  let hit: number | undefined;
  for (const i of cands) if (distance(norm(people[i].last), sn) <= 2 && (hit === undefined || distance(norm(people[i].last), sn) < distance(norm(people[hit].last), sn))) hit = i;
  if (hit === undefined) other++;
  else truth.set(hit, [...(truth.get(hit) ?? []), a.id]);
}
const dupOf = [...truth.values()].filter((ids) => ids.length > 1);
console.log(`corpus: ${DOCS} documents from ${sources.length} real ones, ${Math.round(words / DOCS)} words/doc, pool ${POOL} (${POOL / 2} in actors.yaml)`);
console.log(`clean+sentences: ${((t1 - t0) / DOCS).toFixed(2)} ms/doc; who stage: ${((t2 - t1) / 1000).toFixed(2)} s, ${((t2 - t1) / DOCS).toFixed(2)} ms/doc`);
console.log(`pool people used: ${used.size}, ${usedUnknown.length} of them not in actors.yaml; discovered actors: ${discovered.length} = ${truth.size} pool people + ${dupOf.reduce((s, x) => s + x.length - 1, 0)} duplicates + ${other} others (people of the source texts in no file, or junk)`);
console.log(`cpu (user+sys): clean+sentences ${((cpu1.user + cpu1.system - cpu0.user - cpu0.system) / 1000 / DOCS).toFixed(2)} ms/doc, who stage ${((cpu.user + cpu.system - cpu1.user - cpu1.system) / 1000 / DOCS).toFixed(2)} ms/doc (wall times above count the other work on a shared machine)`);
console.log(`mentions ${who.mentions.length}, places ${who.places.length}, peak RSS ${peak} MiB`);
if (full) console.log(full);
if (process.argv.includes('--list')) {
  for (const ids of dupOf.slice(0, 40)) console.log(`  dup: ${ids.join(', ')}`);
  const inPool = new Set([...truth.values()].flat());
  for (const a of discovered.filter((x) => !inPool.has(x.id)).slice(0, 200)) console.log(`  other: ${a.id}\t${a.surfaceForms.join(' | ')}`);
}
