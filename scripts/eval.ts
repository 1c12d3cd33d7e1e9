/**
 * npm run eval [-- --strict] [-- --record] [-- --json] [-- --set samples] [-- --with-corrections] [-- --seed N] [-- --verbose] [-- --summary]
 *
 * Compiles each eval set (samples, hard-cases, speech-damaged) and scores it
 * against its annotations (data/eval/<set>/annotations.yaml). A measurement:
 * exits 0 whatever the figures, 1 only when an annotation file is invalid or
 * the eval crashes; with --strict also 1 when a samples target fails or a gated set (samples,
 * hard-cases) scores an F1 or strict F1 below data/eval/baseline.json; --record writes that file.
 * --summary: print only the summary line of each set (figures, no event lists: for a blind protocol's
 *   check sets, whose events must not be read).
 * --verbose: after each set, the rules that fired (trigger, participants, date, place, status …) for
 * every false positive and duplicate, and for the nearest compiled event of every miss.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATED_SETS, recordBaseline, regressions, type Baseline } from '../lib/eval/baseline';
import { compile } from '../lib/compile';
import { formatProblem } from '../lib/problems';
import { RULES } from '../lib/eval/match';
import { evaluate, figuresJson, type SetFigures } from '../lib/eval/evaluate';
import { formatSet } from '../lib/eval/report';
import { buildSet, SET_NAMES, type SetName } from '../lib/eval/sets';

function main(): number {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const record = args.includes('--record');
  const json = args.includes('--json');
  const corrections = args.includes('--with-corrections');
  const verbose = args.includes('--verbose');
  const summaryOnly = args.includes('--summary');
  const setArg = args.indexOf('--set');
  const only = setArg >= 0 ? (args[setArg + 1] as SetName) : null;
  const seedArg = args.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : 1;
  if (only && !SET_NAMES.includes(only)) {
    console.error(`unknown set "${only}"; sets: ${SET_NAMES.join(', ')}`);
    return 1;
  }

  const root = process.cwd();
  const results: SetFigures[] = [];
  let invalid = false;
  const log: string[] = [];
  if (!json && !summaryOnly) {
    log.push('Parley evaluation — compiled events vs careful annotations (data/eval/<set>/annotations.yaml)');
    log.push(RULES);
    log.push(
      `Sets: samples (data/documents, ${corrections ? 'WITH' : 'without'} data/corrections.yaml), hard-cases (data/eval/hard-cases/documents + data/*.yaml, no corrections),`,
    );
    log.push(`      speech-damaged (the samples with surnames misspelt, punctuation doubled, sentence starts lower-cased; seed ${seed}; quotes not compared).`);
    log.push('Targets (PASS/FAIL) apply to the samples set; they are shown for the others for information.\n');
  }

  for (const name of SET_NAMES) {
    if (only && name !== only) continue;
    const set = buildSet(name, root, { corrections, seed });
    for (const p of set.problems) console.error(formatProblem(p));
    if (set.problems.some((p) => p.severity === 'error') || !set.annotations) {
      invalid = true;
      console.error(`set ${name}: invalid annotations (${set.annotationsFile}); not scored.`);
      continue;
    }
    const result = compile(set.inputs);
    const compileErrors = result.problems.filter((p) => p.severity === 'error');
    if (compileErrors.length && !json) log.push(`(set ${name}: the compiler reported ${compileErrors.length} error(s); first: ${formatProblem(compileErrors[0])})`);
    const figures = evaluate(name, set.annotations, result.dataset);
    results.push(figures);
    if (!json && !summaryOnly) log.push(formatSet(figures, { targets: true }), '');
    if (!json && !summaryOnly && verbose) log.push(...whyLines(figures), '');
  }

  if (json) {
    console.log(JSON.stringify({ sets: results.map(figuresJson) }, null, 2));
  } else {
    const summary = results.map(
      (r) =>
        `  ${r.set.padEnd(15)} F1 ${r.events.overall.f1?.toFixed(3) ?? 'n/a'}  strict ${r.events.strict.f1?.toFixed(3) ?? 'n/a'}  P ${r.events.overall.precision?.toFixed(3) ?? 'n/a'}  R ${r.events.overall.recall?.toFixed(3) ?? 'n/a'}  exact-day ${r.events.overall.exactDay?.toFixed(3) ?? 'n/a'}  dup ${r.events.duplicates.length}  people ${r.actors.peopleRecall?.toFixed(3) ?? 'n/a'}  junk ${r.actors.junk.length}  dup-actors ${r.duplicateActors.length}  edges ${r.edges.recall?.toFixed(3) ?? 'n/a'}  responded ${r.edges.respondedTotal ? `${r.edges.respondedFound}/${r.edges.respondedTotal}` : 'n/a'}`,
    );
    log.push('Summary:', ...summary);
    console.log(log.join('\n'));
  }

  if (invalid) return 1;
  const baselineFile = join(root, 'data/eval/baseline.json');
  if (record) {
    if (only || seed !== 1 || corrections) {
      console.error('--record: run it on every set, seed 1, without --with-corrections.');
      return 1;
    }
    writeFileSync(baselineFile, `${JSON.stringify(recordBaseline(results), null, 2)}\n`);
    console.error(`recorded ${GATED_SETS.join(', ')} figures in data/eval/baseline.json`);
  }
  if (strict && existsSync(baselineFile)) {
    const drops = regressions(JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline, only ? results.filter((r) => r.set === only).concat([]) : results);
    const relevant = only ? drops.filter((d) => d.startsWith(`${only}:`)) : drops;
    if (relevant.length) {
      for (const d of relevant) console.error(`--strict: ${d}`);
      return 1;
    }
  }
  if (strict) {
    const samples = results.find((r) => r.set === 'samples');
    if (!samples || samples.targets.some((t) => !t.pass)) {
      console.error('--strict: a samples target fails.');
      return 1;
    }
  }
  return 0;
}

/** the rules that fired for each false positive, duplicate and nearest event of a miss (--verbose) */
function whyLines(f: SetFigures): string[] {
  const e = f.events;
  const rules = (ev: { rules?: { stage: string; rule: string }[] }) => (ev.rules ?? []).map((r) => `${r.stage}:${r.rule}`).join(' ') || '(none recorded)';
  const out = [`  why (${f.set}): the rules that fired`];
  for (const c of e.falsePositives) out.push(`    FP   ${c.id}\n         ${rules(c)}`);
  for (const d of e.duplicates) out.push(`    DUP  ${d.compiled.id} (of ${d.of})\n         ${rules(d.compiled)}`);
  e.misses.forEach((m, i) => {
    const near = e.missReasons[i];
    if (near) out.push(`    MISS ${m.id} ← nearest ${near.compiled.id} (${near.reason})\n         ${rules(near.compiled)}`);
  });
  return out;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error('eval crashed:', err);
  process.exitCode = 1;
}
