/**
 * npm run compile: data/ → public/data/{dataset.json, dataset.schema.json,
 * report.json, version.json}. On any error: print every problem, write
 * nothing (the previous dataset stays), exit 1.
 */
import { formatProblem } from '../lib/problems';
import { runCompile } from '../lib/editor/run';
import { formatSummary } from '../lib/editor/report';

const r = runCompile({ root: process.cwd(), write: true });
for (const p of r.problems) console.error(formatProblem(p));
if (!r.ok || !r.report) {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  console.error(`\n${errors} error(s): nothing was written; the previous dataset was left untouched.`);
  process.exit(1);
}
console.log(formatSummary(r.report));
console.log(`report: public/data/report.json (open /report/ on the site) · version ${r.hash}`);
