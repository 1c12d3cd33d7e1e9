/**
 * npm run dev: compiles data/, starts `next dev` (args passed through, e.g.
 * `npm run dev -- -p 3001`) and recompiles on every change in data/.
 *
 * - The watcher (chokidar) sees atomic saves (sed -i, write-then-rename),
 *   in-place writes, deletes and creates, folders; temporary files are ignored.
 * - Changes are debounced; a compile never runs twice at once (changes during
 *   a compile queue one more).
 * - A data error never stops the loop: the problems are printed and shown in
 *   the page's banner (public/data/status.json), the page keeps the last good
 *   dataset; it starts too when data/ has errors (on the last good dataset, or
 *   on none, showing the problems).
 * - SIGINT/SIGTERM stop everything: the watcher and next dev's whole process
 *   group. A lock (.parley/dev.lock) gives a clear message when another dev
 *   loop of this project runs, and stops a next dev orphaned by a killed one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countProblems, formatProblem } from '../lib/problems';
import type { Problem } from '../lib/schema';
import { compileThread } from '../lib/editor/compile-thread';
import { watchData, type DataWatcher } from '../lib/editor/watch';
import { runQueue, type Batch } from '../lib/editor/queue';
import { devStatus, removeStatus, writeStatus } from '../lib/editor/status';
import { alive, removeLock, takeOver, writeLock } from '../lib/editor/dev-lock';
import { watchLaunchers } from '../lib/editor/launcher';

const root = process.cwd();
const dataDir = join(root, 'data');
const outDir = join(root, 'public', 'data');
const lockPath = join(root, '.parley', 'dev.lock');
const DEBOUNCE_MS = Number(process.env.PARLEY_DEBOUNCE_MS ?? 100);
const tag = '\x1b[36m[parley]\x1b[0m';
const args = process.argv.slice(2);
const portArg = args.findIndex((a) => a === '-p' || a === '--port');
const port = portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? '3000');
const withNext = process.env.PARLEY_NO_NEXT !== '1';
// the report's "what changed since the last compile" is for this loop only, never for builds
process.env.PARLEY_REPORT_CHANGES = '1';

const log = (line: string) => console.log(`${tag} ${line}`);
const compiler = compileThread();

const lock = takeOver(lockPath);
if (!lock.ok) {
  console.error(`${tag} ${lock.message}`);
  process.exit(1);
}
if (lock.note) log(lock.note);
writeLock(lockPath, { pid: process.pid, nextPid: null, port: withNext ? port : null });

function shownHash(): string | null {
  try {
    const v = JSON.parse(readFileSync(join(outDir, 'version.json'), 'utf8')) as { hash?: unknown };
    return typeof v.hash === 'string' && existsSync(join(outDir, 'dataset.json')) ? v.hash : null;
  } catch {
    return null;
  }
}

async function recompile(batch: Batch | null): Promise<void> {
  const why = batch ? `changed ${summarise(batch.paths)}` : 'start';
  let problems: Problem[];
  let ok = false;
  try {
    // runCompileParallel on a thread of its own (signals answered at once); per-document stages cached by
    // content hash (.parley/cache): after one edit only that document is redone
    const r = await compiler.run(root);
    problems = r.problems;
    ok = r.ok;
    for (const p of problems) log(formatProblem(p));
    if (ok && r.summary) {
      const total = batch?.firstAt != null ? Math.round(performance.now() - batch.firstAt) : null;
      log(`${why}: ${r.summary.split('\n').join(' · ')}`);
      log(`recompiled in ${r.ms} ms${total !== null ? ` (edit → dataset written: ${total} ms, incl. ${DEBOUNCE_MS} ms debounce)` : ''} · version ${r.hash}`);
    }
  } catch (e) {
    // a fault outside the data (e.g. public/data not writable): the loop goes on
    problems = [{ severity: 'error', file: 'public/data', line: null, message: `the compile could not finish: ${e instanceof Error ? e.message : String(e)}`, hint: 'check that public/data is writable; the last good dataset is kept' }];
    log(formatProblem(problems[0]));
  }
  const hash = shownHash();
  if (!ok) {
    const n = countProblems(problems).errors;
    log(
      `${why}: ${n} error(s) — ${hash ? `the page keeps showing the last good dataset (version ${hash})` : 'there is no good dataset yet: the page shows these problems'}; fix and save to retry`,
    );
  }
  try {
    writeStatus(outDir, devStatus(ok, hash, problems));
  } catch {
    // status is a convenience for the page; the terminal has the problems
  }
}

function summarise(paths: string[]): string {
  return paths.length <= 6 ? paths.join(', ') : `${paths.slice(0, 5).join(', ')} and ${paths.length - 5} more`;
}

// ---------- start: compile, watch, serve ----------

const queue = runQueue(recompile, DEBOUNCE_MS, (e) => log(`the compile could not run: ${e instanceof Error ? e.message : String(e)}`));
let watcher: DataWatcher | null = null;
let child: ChildProcess | null = null;
let childExited = false;

async function start(): Promise<void> {
  await recompile(null);
  if (stopping) return;
  watcher = watchData(dataDir, {
    onChange: (path) => queue.change(path),
    onError: (e) => log(`watcher: ${e.message} (changes may be missed; save again, or restart npm run dev)`),
  });
  void watcher.ready.then(() => log('watching data/ for changes'));
  if (!withNext) return;
  const nextBin = join(root, 'node_modules', '.bin', 'next');
  // its own process group, so that stopping kills next dev and all its workers; started by a guard that
  // stops that group if this process dies without doing it (SIGKILL; tsx kills it when a long compile
  // keeps it from answering a SIGTERM at once)
  const guard = join(root, 'lib', 'editor', 'next-guard.mjs');
  child = spawn(process.execPath, [guard, String(process.pid), nextBin, 'dev', ...args], { stdio: 'inherit', env: process.env, detached: true });
  if (child.pid) writeLock(lockPath, { pid: process.pid, nextPid: child.pid, port });
  child.on('exit', (code, signal) => {
    childExited = true;
    if (!stopping) {
      log(`next dev stopped (${signal ?? `exit code ${code}`}); stopping the watcher`);
      void stop(code ?? 1);
    }
  });
}

// ---------- stop: the whole tree, no orphan ----------

let stopping = false;

function groupAlive(pgid: number): boolean {
  return alive(-pgid);
}

function killGroup(signal: NodeJS.Signals): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  queue.stop();
  const closing = watcher?.close().catch(() => {});
  watcher = null;
  if (child?.pid) {
    killGroup('SIGTERM');
    const t0 = Date.now();
    while ((!childExited || groupAlive(child.pid)) && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 50));
    if (groupAlive(child.pid)) killGroup('SIGKILL');
  }
  await closing;
  cleanup();
  process.exit(code);
}

function cleanup(): void {
  try {
    removeStatus(outDir);
  } catch {
    // nothing to remove
  }
  removeLock(lockPath);
}

// npm (or the shell under it) killed without the signal reaching us: stop too, leave nothing behind
watchLaunchers((p) => {
  log(`the process that started npm run dev is gone (pid ${p.pid}); stopping`);
  void stop(143);
});

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void stop(sig === 'SIGINT' ? 130 : 143));
process.on('uncaughtException', (e) => {
  console.error(`${tag} unexpected failure: ${e.message}`);
  void stop(1);
});
// last resort (process.exit elsewhere): never leave next dev behind
process.on('exit', () => {
  if (child?.pid && groupAlive(child.pid)) killGroup('SIGKILL');
  cleanup();
});

start().catch((e: unknown) => {
  console.error(`${tag} could not start: ${e instanceof Error ? e.message : String(e)}`);
  void stop(1);
});
