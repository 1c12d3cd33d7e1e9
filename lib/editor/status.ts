/**
 * public/data/status.json, written by `npm run dev` only: whether the last
 * compile succeeded and its problems, so the open page can show them in a
 * banner while it keeps showing the last good dataset. Removed when the dev
 * loop stops and before a build: it is never published.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../problems';
import type { Problem } from '../schema';
import { writeAtomic } from '../compile/emit';

export interface DevStatus {
  /** false: the last compile failed; the page shows the last good dataset (if any) */
  ok: boolean;
  /** the dataset on display (version.json), or null when there is none */
  hash: string | null;
  errors: number;
  warnings: number;
  /** one line per problem: file:line field: message (hint) */
  problems: string[];
}

export const STATUS_FILE = 'status.json';

export function devStatus(ok: boolean, hash: string | null, problems: Problem[]): DevStatus {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ok, hash, errors, warnings: problems.length - errors, problems: problems.map(formatProblem) };
}

export function writeStatus(outDir: string, status: DevStatus): void {
  writeAtomic(join(outDir, STATUS_FILE), JSON.stringify(status, null, 2) + '\n');
}

export function removeStatus(outDir: string): void {
  rmSync(join(outDir, STATUS_FILE), { force: true });
}
