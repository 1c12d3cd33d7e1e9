/**
 * `npm run check`: validates every data file (load + compile, nothing
 * written) and lists every problem as  file:line field: message (hint).
 */
import { countProblems, formatProblem } from '../problems';
import type { Problem } from '../schema';
import { runCompile } from './run';
import { checkStories } from '../stories/check';

export interface CheckResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** the lines to print, the last one being the count */
  lines: string[];
  exitCode: 0 | 1;
}

export function check(root: string, dataDir?: string): CheckResult {
  const run = runCompile({ root, dataDir, write: false });
  const problems = [...run.problems, ...checkStories(dataDir ?? `${root}/data`, run.result?.dataset ?? null, root)];
  const counts = countProblems(problems);
  const lines = problems.map(formatProblem);
  const what = run.result ? `${run.result.dataset.documents.length} documents, ${run.result.dataset.events.length} events` : 'not compiled';
  lines.push(`${counts.errors ? '✗' : '✓'} ${counts.text} (${what})`);
  return { problems, errors: counts.errors, warnings: counts.warnings, lines, exitCode: counts.errors ? 1 : 0 };
}
