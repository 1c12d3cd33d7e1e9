/**
 * npm run compile: data/ → public/data/{dataset.json, dataset.schema.json,
 * report.json, version.json, the explorer's and the search's files}. On any error: print every problem, write
 * nothing (the previous dataset stays), exit 1. The files are made in a staging folder beside public/data and
 * swapped in at the end (lib/compile/staging.ts): a compile that stops midway leaves the last good output whole. Per-document stages run on
 * worker threads and are cached in .parley/cache/ (a document's results are
 * redone only when it, the data files or the compiler change): the same bytes
 * as the one-thread compile. Flags: --no-cache, --workers N (0: none).
 */
import { formatProblem } from '../lib/problems';
import { runCompileParallel } from '../lib/editor/run';
import { formatSummary } from '../lib/editor/report';
import { checkStories } from '../lib/stories/check';
import { collectBeforeWriting } from '../lib/compile/gc';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  // this process compiles once: the compile's garbage is collected before the write side adds its own (lib/compile/gc.ts)
  collectBeforeWriting(true);
  const w = args.indexOf('--workers');
  const r = await runCompileParallel({
    root: process.cwd(),
    write: true,
    cacheDir: args.includes('--no-cache') ? null : undefined,
    workers: w >= 0 ? Number(args[w + 1]) : undefined,
  });
  for (const p of r.problems) console.error(formatProblem(p));
  if (!r.ok || !r.report) {
    const errors = r.problems.filter((p) => p.severity === 'error').length;
    console.error(`\n${errors} error(s): nothing was written; the previous dataset was left untouched.`);
    return 1;
  }
  // stories name events and actors: an id this compile no longer has is reported (a warning: the dataset is good)
  for (const p of checkStories(`${process.cwd()}/data`, r.result?.dataset ?? null)) console.warn(formatProblem({ ...p, severity: 'warning' }));
  console.log(formatSummary(r.report));
  console.log(`report: public/data/report.json (open /report/ on the site) · version ${r.hash}`);
  return 0;
}

void main().then((code) => process.exit(code));
