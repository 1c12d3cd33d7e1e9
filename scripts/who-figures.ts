/**
 * npx tsx scripts/who-figures.ts [--seeds 5] [--json]
 * People-and-places figures per eval set of the tuning pool: event F1, people
 * recall, actor precision, junk actors, duplicate actors (an annotated person or
 * actor matched by more than one compiled actor). speech-damaged is averaged over
 * --seeds seeds. Prints figures; asserts nothing.
 */
import { compile } from '../lib/compile';
import { evaluate } from '../lib/eval/evaluate';
import { isFound } from '../lib/eval/actors';
import { buildSet, SET_NAMES } from '../lib/eval/sets';
import type { DatasetActor } from '../lib/schema';
import type { Annotations } from '../lib/eval/annotations';

const args = process.argv.slice(2);
const seedsAt = args.indexOf('--seeds');
const SEEDS = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 5;
// the fresh blind sets are scored by the lead only: never read here
const POOL = SET_NAMES.filter((s) => !/^blind-[4-9]$/.test(s));

function duplicates(ann: Annotations, actors: DatasetActor[]): string[] {
  const found = actors.filter(isFound);
  const names = (a: DatasetActor) => new Set([a.name, ...a.aliases, ...a.surfaceForms].map((s) => s.toLowerCase()));
  const out: string[] = [];
  const wanted = [
    ...ann.people.map((p) => ({ id: p.id, names: [p.name, ...p.aliases] })),
    ...ann.realActors.filter((r) => !ann.people.some((p) => p.id === r.id)),
  ];
  for (const w of wanted) {
    const ns = new Set(w.names.map((s) => s.toLowerCase()));
    const hits = found.filter((a) => a.id === w.id || [...names(a)].some((n) => ns.has(n)));
    if (hits.length > 1) out.push(`${w.id}: ${hits.map((h) => h.id).join(', ')}`);
  }
  return out;
}

interface Row { set: string; f1: number; people: number; precision: number; junk: string[]; dups: string[]; actors: number }
const rows: Row[] = [];
for (const name of POOL) {
  const seeds = name === 'speech-damaged' ? Array.from({ length: SEEDS }, (_, i) => i + 1) : [1];
  const acc: Row[] = [];
  for (const seed of seeds) {
    const set = buildSet(name, process.cwd(), { seed });
    if (!set.annotations) continue;
    const result = compile(set.inputs);
    const f = evaluate(name, set.annotations, result.dataset);
    acc.push({
      set: name,
      f1: f.events.overall.f1 ?? 0,
      people: f.actors.peopleRecall ?? 1,
      precision: f.actors.actorPrecision ?? 1,
      junk: f.actors.junk.map((j) => j.id),
      dups: duplicates(set.annotations, result.dataset.actors),
      actors: f.actors.compiled,
    });
  }
  const mean = (k: 'f1' | 'people' | 'precision' | 'actors') => acc.reduce((s, r) => s + r[k], 0) / acc.length;
  rows.push({ set: name, f1: mean('f1'), people: mean('people'), precision: mean('precision'), actors: mean('actors'), junk: acc.flatMap((r) => r.junk), dups: acc.flatMap((r) => r.dups) });
}
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  for (const r of rows)
    console.log(
      `${r.set.padEnd(15)} F1 ${r.f1.toFixed(3)}  people ${r.people.toFixed(3)}  actor-precision ${r.precision.toFixed(3)}  actors ${r.actors.toFixed(1)}  junk ${r.junk.length}  dup ${r.dups.length}`,
    );
  for (const r of rows) {
    if (r.junk.length) console.log(`  ${r.set} junk: ${[...new Set(r.junk)].join(', ')}`);
    if (r.dups.length) console.log(`  ${r.set} dup: ${[...new Set(r.dups)].join(' | ')}`);
  }
}
