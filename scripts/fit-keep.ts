/**
 * npm run fit:keep [-- --l2 0.05] [-- --without family,…] [-- --train both] [-- --no-first-runs] [-- --first-runs DIR]
 *                  [-- --no-write] [-- --cache FILE] [-- --time-on DATASET.json]
 *
 * Fits the keep filter (lib/compile/keep.ts) on the tuning pool and validates it honestly:
 * 1. compiles every eval set with the filter OFF (inputs.keep = 'off': the same pipeline);
 * 2. labels each compiled event with the scorer's matcher (lib/eval/match.ts): matched to a main
 *    annotated event = keep; a false positive or a duplicate = drop; matched to a minor event, or a
 *    planned/cancelled/denied event the scorer ignores = neutral (left out of the fit);
 * 2b. the FIRST RUNS of blind-4 onwards (each set compiled by the compiler that first saw it: lib/eval/first-runs.ts,
 *    rebuilt once from git history into .parley/keep/first-runs/): outputs on unseen documents, labelled the same way;
 *    --train current|first|both (default both) says which outputs the weights are fitted on;
 * 3. leave-one-set-out: for every set, weights and threshold fitted on all OTHER sets (samples and
 *    speech-damaged share their documents: each is held out with the other), the set re-scored
 *    exactly (matchEvents on the kept events); then leave-one-round-out (sets written in one round
 *    held out together);
 * 4. the final fit on every set; the gate (mean leave-one-out gain >= +0.02 F1, no set down by more
 *    than 0.03, samples >= 0.95 and hard-cases 1.000 with the final fit) decides `adopted`;
 * 5. writes lib/compile/lang/en-keep.ts (unless --no-write). Deterministic: same inputs → same bytes.
 * --cache FILE: reuse (or write) the compiled pool, for trying options quickly.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../lib/compile';
import type { Dataset, DatasetEvent } from '../lib/schema';
import type { Annotations } from '../lib/eval/annotations';
import { matchEvents } from '../lib/eval/match';
import { buildSet, SET_NAMES } from '../lib/eval/sets';
import { buildFirstRuns } from '../lib/eval/first-runs';
import { FEATURE_FAMILIES, exampleOf, featuresOf, type KeepContext, type KeepDoc } from '../lib/compile/keep/features';
import { chooseThreshold, fitLogistic, mapRules, score, BIAS, type Scored, type Weights } from '../lib/compile/keep/model';
import { keepEvents } from '../lib/compile/keep';
import type { KeepModel, KeepRow } from '../lib/compile/keep/rows';

interface PoolSet {
  name: string;
  group: string;
  /** the unit held out together in leave-one-set-out */
  unit: string;
  annotations: Annotations;
  dataset: Dataset;
}

interface Labelled {
  set: string;
  features: string[];
  label: Scored['label'];
}

/** sets written in one round (for leave-one-round-out): no names, only the set numbering */
export function groupOf(name: string): string {
  if (name === 'samples' || name === 'speech-damaged') return 'samples';
  if (name === 'hard-cases') return 'hard-cases';
  const n = name === 'blind' ? 1 : Number(name.replace(/^blind-/, ''));
  if (!Number.isFinite(n)) return name;
  if (n <= 3) return 'blind-1..3';
  if (n <= 6) return 'blind-4..6';
  const lo = 7 + 2 * Math.floor((n - 7) / 2);
  return `blind-${lo}..${lo + 1}`;
}
const unitOf = (name: string) => (name === 'speech-damaged' ? 'samples' : name);

function contextOf(ds: Dataset): KeepContext {
  const docs = new Map<string, KeepDoc>(ds.documents.map((d) => [d.id, { id: d.id, published: d.published, kind: d.kind, outlet: d.outlet, text: d.text, kept: (d.kept ?? []).map(([start, end]) => ({ start, end })) }]));
  const actors = new Map(ds.actors.map((a) => [a.id, a]));
  return { docs, actor: (id) => actors.get(id) };
}

function labelsOf(s: PoolSet): { events: { event: DatasetEvent; label: Scored['label'] }[]; misses: number } {
  const m = matchEvents(s.annotations.events, s.dataset.events);
  const label = new Map<string, Scored['label']>();
  for (const p of m.pairs) label.set(p.compiled.id, p.annotated.main ? 'keep' : 'neutral');
  for (const c of m.falsePositives) label.set(c.id, 'drop');
  for (const d of m.duplicates) label.set(d.compiled.id, 'drop');
  for (const c of m.ignored) label.set(c.id, 'neutral');
  return { events: s.dataset.events.map((event) => ({ event, label: label.get(event.id) ?? 'neutral' })), misses: m.misses.length };
}

interface Fold {
  weights: Weights;
  trainF1: number;
}

function fit(train: Labelled[], misses: number, l2: number): Fold {
  // rule ids that occur in >= 3 different sets of the training pool; others count as rule-other:<stage>
  const setsOfRule = new Map<string, Set<string>>();
  for (const x of train) for (const f of x.features) if (f.startsWith('rule:')) (setsOfRule.get(f) ?? setsOfRule.set(f, new Set()).get(f)!).add(x.set);
  const ruleVocabulary = [...setsOfRule].filter(([, s]) => s.size >= 3).map(([f]) => f).sort();
  const vocab = new Set(ruleVocabulary);
  const mapped = train.map((x) => ({ ...x, features: mapRules(x.features, vocab) }));
  const weights = fitLogistic(
    mapped.filter((x) => x.label !== 'neutral').map((x) => ({ features: x.features, label: x.label === 'keep' ? 1 : 0 })),
    { l2 },
  );
  const pool: Scored[] = mapped.map((x) => ({ score: score(x.features, weights), label: x.label }));
  const t = chooseThreshold(pool, misses);
  return { weights: { weights, threshold: t.threshold, ruleVocabulary }, trainF1: t.f1 };
}

interface Figures {
  f1: number;
  p: number;
  r: number;
}
function figuresOf(s: PoolSet, events: DatasetEvent[]): Figures {
  const o = matchEvents(s.annotations.events, events).overall;
  return { f1: o.f1 ?? 0, p: o.precision ?? 0, r: o.recall ?? 0 };
}
function filtered(s: PoolSet, w: Weights): DatasetEvent[] {
  return keepEvents(s.dataset.events, contextOf(s.dataset), w).events;
}

const f3 = (x: number) => x.toFixed(3);
const sgn = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;

function main(): number {
  const args = process.argv.slice(2);
  const arg = (k: string) => (args.indexOf(k) >= 0 ? args[args.indexOf(k) + 1] : undefined);
  const l2 = Number(arg('--l2') ?? 0.05);
  const write = !args.includes('--no-write');
  const cache = arg('--cache');
  // --without a,b: leave feature families out (to measure what each carries)
  const without = new Set((arg('--without') ?? '').split(',').filter(Boolean));
  const keepFeature = (f: string) => !without.has(f.slice(0, f.indexOf(':'))) && !(without.has('rule') && f.startsWith('rule-other:'));
  const t0 = performance.now();
  const root = process.cwd();

  let pool: PoolSet[];
  if (cache && existsSync(cache)) {
    pool = JSON.parse(readFileSync(cache, 'utf8')) as PoolSet[];
  } else {
    pool = [];
    for (const name of SET_NAMES) {
      const set = buildSet(name, root);
      if (!set.annotations || set.problems.some((p) => p.severity === 'error')) {
        console.error(`set ${name}: invalid annotations; left out of the pool`);
        continue;
      }
      const result = compile({ ...set.inputs, keep: 'off' });
      pool.push({ name, group: groupOf(name), unit: unitOf(name), annotations: set.annotations, dataset: result.dataset });
    }
    if (cache) writeFileSync(cache, JSON.stringify(pool));
  }
  // --first-runs DIR: each blind set compiled by the compiler of its first run (first-run-blind-N.json: { name, dataset }),
  // scored against today's annotations; held out together with the set itself
  // (rebuilt once into .parley/keep/first-runs/ from git history; --no-first-runs skips them)
  const firstRunsDir = args.includes('--no-first-runs') ? null : (arg('--first-runs') ?? join(root, '.parley', 'keep', 'first-runs'));
  const firstRuns: PoolSet[] = [];
  if (firstRunsDir) {
    const blindSets = pool.map((s) => s.name).filter((n) => /^blind-\d+$/.test(n) && Number(n.slice(6)) >= 4);
    const fr = buildFirstRuns(root, firstRunsDir, blindSets, (l) => console.error(l));
    if (fr.failed.length) console.error(`first runs not rebuilt (left out): ${fr.failed.join(', ')}`);
    for (const f of readdirSync(firstRunsDir).filter((x) => /^first-run-.*\.json$/.test(x)).sort()) {
      const { name, dataset } = JSON.parse(readFileSync(join(firstRunsDir, f), 'utf8')) as { name: string; dataset: Dataset };
      const current = pool.find((s) => s.name === name);
      if (!current) continue;
      firstRuns.push({ name: `first-run:${name}`, group: current.group, unit: current.unit, annotations: current.annotations, dataset });
    }
    firstRuns.sort((a, b) => pool.findIndex((s) => `first-run:${s.name}` === a.name) - pool.findIndex((s) => `first-run:${s.name}` === b.name));
  }
  // --train current|first|both: which compiled outputs the weights are fitted on (validation covers both)
  const trainOn = arg('--train') ?? 'both';
  const all = [...pool, ...firstRuns];
  const tCompiled = performance.now();

  const labelled: Labelled[] = [];
  const missesOf = new Map<string, number>();
  for (const s of all) {
    const ctx = contextOf(s.dataset);
    const { events, misses } = labelsOf(s);
    missesOf.set(s.name, misses);
    for (const { event, label } of events) labelled.push({ set: s.name, features: featuresOf(event, ctx).filter(keepFeature), label });
  }
  const count = (l: Scored['label']) => labelled.filter((x) => x.label === l).length;
  const out: string[] = [];
  out.push(`keep filter fit: ${pool.length} sets (+ ${firstRuns.length} first runs), ${labelled.length} compiled events (keep ${count('keep')}, drop ${count('drop')}, neutral ${count('neutral')}); l2 ${l2}`);

  // what each feature value says on its own: share of false positives among the events it marks (n >= 15)
  const stats = new Map<string, { keep: number; drop: number }>();
  for (const x of labelled) {
    if (x.label === 'neutral') continue;
    for (const f of x.features) {
      const st = stats.get(f) ?? stats.set(f, { keep: 0, drop: 0 }).get(f)!;
      st[x.label]++;
    }
  }
  const baseDrop = count('drop') / Math.max(1, count('drop') + count('keep'));
  const worstFeatures = [...stats]
    .filter(([, st]) => st.keep + st.drop >= 15)
    .map(([f, st]) => ({ f, n: st.keep + st.drop, rate: st.drop / (st.keep + st.drop) }))
    .sort((a, b) => b.rate - a.rate || (a.f < b.f ? -1 : 1))
    .slice(0, 12);
  out.push(`Features with the most false positives (share of drop among keep+drop; pool ${f3(baseDrop)}; n >= 15): ${worstFeatures.map((w) => `${w.f} ${f3(w.rate)} (n ${w.n})`).join(', ')}`);

  // the same features as one-line rules: drop every event marked by the feature alone (no fit), on every output
  const featureSets = new Map(all.map((s) => [s.name, (() => {
    const ctx = contextOf(s.dataset);
    return s.dataset.events.map((e) => ({ e, f: new Set(featuresOf(e, ctx)) }));
  })()]));
  out.push('', 'Single features as rules (drop every event the feature marks; every output of the pool, today and first runs):');
  for (const w of worstFeatures.slice(0, 6)) {
    const d = all.map((s) => {
      const kept = featureSets.get(s.name)!.filter((x) => !x.f.has(w.f)).map((x) => x.e);
      return figuresOf(s, kept).f1 - figuresOf(s, s.dataset.events).f1;
    });
    out.push(`  ${w.f.padEnd(45)} mean ${sgn(d.reduce((a, b) => a + b, 0) / d.length)}, up ${d.filter((x) => x > 0.005).length}, down ${d.filter((x) => x < -0.005).length} of ${d.length}, worst ${sgn(Math.min(...d))}`);
  }

  const trains = (name: string) => (name.startsWith('first-run:') ? trainOn !== 'current' : trainOn !== 'first');
  const byName = new Map(all.map((s) => [s.name, s]));
  const order = (name: string) => all.findIndex((s) => s.name === name);
  const holdOut = (key: 'unit' | 'group') => {
    const rows: { set: string; base: Figures; with: Figures; threshold: number; dropped: number }[] = [];
    for (const value of [...new Set(all.map((s) => s[key]))]) {
      const train = labelled.filter((x) => trains(x.set) && byName.get(x.set)![key] !== value);
      const misses = all.filter((s) => trains(s.name) && s[key] !== value).reduce((n, s) => n + missesOf.get(s.name)!, 0);
      const fold = fit(train, misses, l2);
      for (const s of all.filter((p) => p[key] === value)) {
        const kept = filtered(s, fold.weights);
        rows.push({ set: s.name, base: figuresOf(s, s.dataset.events), with: figuresOf(s, kept), threshold: fold.weights.threshold, dropped: s.dataset.events.length - kept.length });
      }
    }
    rows.sort((a, b) => order(a.set) - order(b.set));
    return rows;
  };
  const table = (title: string, rows: ReturnType<typeof holdOut>) => {
    out.push('', title, '  set                        F1 / P / R (no filter)    F1 / P / R (filter fitted without it)   change  threshold  dropped');
    for (const r of rows) out.push(`  ${r.set.padEnd(25)}  ${f3(r.base.f1)} / ${f3(r.base.p)} / ${f3(r.base.r)}     ${f3(r.with.f1)} / ${f3(r.with.p)} / ${f3(r.with.r)}                  ${sgn(r.with.f1 - r.base.f1)}  ${r.threshold.toFixed(4)}     ${r.dropped}`);
    const d = rows.map((r) => r.with.f1 - r.base.f1);
    const mean = d.reduce((a, b) => a + b, 0) / Math.max(1, d.length);
    const falls = d.filter((x) => x < -0.005).length;
    const worst = Math.min(...d);
    out.push(`  mean change ${sgn(mean)}; sets up ${d.filter((x) => x > 0.005).length}, down ${falls}, worst ${sgn(worst)}`);
    return { mean, worst };
  };
  const isFirst = (r: { set: string }) => r.set.startsWith('first-run:');
  out.push(`trained on: ${trainOn === 'both' ? 'today\'s outputs and the first runs' : trainOn === 'first' ? 'the first runs only' : "today's outputs only"}${firstRuns.length ? ` (${firstRuns.length} first runs)` : ''}`);
  const losoRows = holdOut('unit');
  const logoRows = holdOut('group');
  const loso = table("Leave-one-set-out, today's compiler (samples and speech-damaged held out together; a set's first run held out with it):", losoRows.filter((r) => !isFirst(r)));
  const logo = table("Leave-one-round-out, today's compiler (sets of one round held out together):", logoRows.filter((r) => !isFirst(r)));
  if (firstRuns.length) {
    table('Leave-one-set-out on FIRST RUNS (each blind set as the compiler of its first run compiled it, unseen; filter fitted without that set):', losoRows.filter(isFirst));
    table('Leave-one-round-out on FIRST RUNS:', logoRows.filter(isFirst));
  }

  const final = fit(labelled.filter((x) => trains(x.set)), all.filter((s) => trains(s.name)).reduce((n, s) => n + missesOf.get(s.name)!, 0), l2);
  out.push('', `Final fit (all sets): threshold ${final.weights.threshold}, pooled training F1 ${f3(final.trainF1)}`);
  const inSample = new Map<string, Figures>();
  for (const s of pool) {
    const f = figuresOf(s, filtered(s, final.weights));
    inSample.set(s.name, f);
  }
  out.push(`  in-sample: ${pool.map((s) => `${s.name} ${f3(figuresOf(s, s.dataset.events).f1)}→${f3(inSample.get(s.name)!.f1)}`).join(', ')}`);
  const top = Object.entries(final.weights.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, 15);
  out.push(`  heaviest features: ${top.map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`).join(', ')}`);

  const gate = {
    'leave-one-set-out mean gain >= +0.02': loso.mean >= 0.02,
    'no set down by more than 0.03 (leave-one-set-out)': loso.worst >= -0.03,
    'samples >= 0.95 (final fit)': (inSample.get('samples')?.f1 ?? 0) >= 0.95 - 1e-9,
    'hard-cases 1.000 (final fit)': (inSample.get('hard-cases')?.f1 ?? 0) >= 1 - 1e-9,
  };
  const adopted = Object.values(gate).every(Boolean);
  out.push('', 'Gate:', ...Object.entries(gate).map(([k, v]) => `  ${v ? 'PASS' : 'FAIL'} ${k}`), `  → ${adopted ? 'ADOPTED: the stage filters' : 'NOT adopted: the stage keeps every event'}`);

  if (write) {
    const file = join(root, 'lib/compile/lang/en-keep.ts');
    writeFileSync(file, renderModel({ adopted, threshold: final.weights.threshold, ruleVocabulary: final.weights.ruleVocabulary, rows: rowsOf(final.weights.weights) }, { l2, pool: pool.map((s) => s.name), loso: loso.mean, logo: logo.mean }));
    out.push(`wrote ${file}`);
  }
  // --time-on DATASET.json: the stage's time with the final weights (active whatever the gate) on a compiled dataset
  const timeOn = arg('--time-on');
  if (timeOn) {
    const ds = JSON.parse(readFileSync(timeOn, 'utf8')) as Dataset;
    const ctx = contextOf(ds);
    const a = performance.now();
    const c = process.cpuUsage();
    const r = keepEvents(ds.events, ctx, final.weights);
    const ms = performance.now() - a;
    const cpu = process.cpuUsage(c);
    out.push(`stage time on ${timeOn}: ${ds.documents.length} documents, ${ds.events.length} events (${ds.events.reduce((n, e) => n + e.evidence.length, 0)} evidence) → ${r.events.length} kept; ${ms.toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms cpu`);
  }
  const t1 = performance.now();
  out.push(`time: compile ${((tCompiled - t0) / 1000).toFixed(1)} s, fit and validation ${((t1 - tCompiled) / 1000).toFixed(1)} s`);
  console.log(out.join('\n'));
  return 0;
}

/** one row per weighted feature, described by its family */
function rowsOf(weights: Record<string, number>): KeepRow[] {
  const rows: KeepRow[] = [];
  for (const [id, effect] of Object.entries(weights).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (id === BIAS) {
      rows.push({ id, pattern: 'every event (the intercept)', effect, example: 'any event' });
      continue;
    }
    const family = id.startsWith('rule-other:') ? FEATURE_FAMILIES.find((f) => f.id === 'rule')! : FEATURE_FAMILIES.find((f) => id.startsWith(`${f.id}:`));
    const value = id.slice(id.indexOf(':') + 1);
    const pattern = id.startsWith('rule-other:') ? `a rule of stage ${value} seen in fewer than 3 sets of the pool fired` : family ? `${family.pattern}: ${value}` : id;
    const ex = family ? exampleOf(family) : null;
    rows.push({ id, pattern, effect, example: ex ? `${family!.exampleFeature} ← "${ex.event.evidence[0].quote}" (keep/features.ts, family ${family!.id})` : id });
  }
  return rows;
}

function renderModel(m: KeepModel, info: { l2: number; pool: string[]; loso: number; logo: number }): string {
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    '// GENERATED by `npm run fit:keep` (scripts/fit-keep.ts): do not edit by hand; re-run the command after the compiler changes.',
    `// Fitted on ${info.pool.length} sets of the tuning pool (l2 ${info.l2}); leave-one-set-out mean F1 change ${sgn(info.loso)}, leave-one-round-out ${sgn(info.logo)}.`,
    `// adopted: ${m.adopted} (the gate in scripts/fit-keep.ts). Rows: { id, pattern, effect (log-odds weight), example }.`,
    "import type { KeepModel } from '../keep/rows';",
    '',
    'export const KEEP_MODEL: KeepModel = {',
    `  adopted: ${m.adopted},`,
    `  threshold: ${m.threshold},`,
    `  ruleVocabulary: [${m.ruleVocabulary.map((r) => `\n    ${q(r)},`).join('')}${m.ruleVocabulary.length ? '\n  ' : ''}],`,
    '  rows: [',
    ...m.rows.map((r) => `    { id: ${q(r.id)}, pattern: ${q(r.pattern)}, effect: ${r.effect}, example: ${q(r.example)} },`),
    '  ],',
    '};',
    '',
  ];
  return lines.join('\n');
}




try {
  process.exitCode = main();
} catch (err) {
  console.error('fit-keep crashed:', err);
  process.exitCode = 1;
}
