/**
 * npm run dev: starts `next dev` (args passed through, e.g. `npm run dev -- -p 3001`)
 * and recompiles data/ in-process on every change (debounced 200 ms). The
 * open page polls /data/version.json and refreshes by itself; on errors the
 * problems are printed and the last good dataset is kept.
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../lib/problems';
import { runCompile } from '../lib/editor/run';
import { formatSummary } from '../lib/editor/report';

const root = process.cwd();
const dataDir = join(root, 'data');
const DEBOUNCE_MS = 200;
const tag = '\x1b[36m[parley]\x1b[0m';

function recompile(changedAt: number | null, why: string): void {
  const r = runCompile({ root, write: true });
  const total = changedAt === null ? null : Math.round(performance.now() - changedAt);
  for (const p of r.problems) console.log(`${tag} ${formatProblem(p)}`);
  if (r.ok && r.report) {
    console.log(`${tag} ${why}: ${formatSummary(r.report).split('\n').join(' · ')}`);
    console.log(`${tag} recompiled in ${r.ms} ms${total !== null ? ` (edit → dataset written: ${total} ms, incl. ${DEBOUNCE_MS} ms debounce)` : ''} · version ${r.hash}`);
  } else {
    const n = r.problems.filter((p) => p.severity === 'error').length;
    console.log(`${tag} ${why}: ${n} error(s) — the page keeps showing the last good dataset (fix and save to retry)`);
  }
}

// `npm run predev` has compiled once already; PARLEY_COMPILE_ON_START=1 compiles here too.
// Otherwise compile once without writing, to warm the compiler up: the first edit is then fast.
if (process.env.PARLEY_COMPILE_ON_START === '1') recompile(null, 'start');
else runCompile({ root, write: false });

let timer: NodeJS.Timeout | null = null;
let firstChange: number | null = null;
const changed = new Set<string>();
if (existsSync(dataDir)) {
  watch(dataDir, { recursive: true }, (_event, file) => {
    const name = file ? String(file) : '';
    if (/(^|[\\/])\.|~$|\.swp$|\.tmp/.test(name)) return; // editor temp files
    changed.add(name);
    firstChange ??= performance.now();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const why = `changed ${[...changed].sort().join(', ')}`;
      const at = firstChange;
      changed.clear();
      firstChange = null;
      timer = null;
      recompile(at, why);
    }, DEBOUNCE_MS);
  });
  console.log(`${tag} watching data/ for changes`);
}

// PARLEY_NO_NEXT=1: only watch and recompile (used by the tests)
if (process.env.PARLEY_NO_NEXT !== '1') {
  const nextBin = join(root, 'node_modules', '.bin', 'next');
  const child = spawn(nextBin, ['dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
}
