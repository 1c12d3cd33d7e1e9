/**
 * node lib/editor/next-guard.mjs <parent pid> <command> [args…]
 *
 * Runs `next dev` for the dev loop (scripts/dev.ts) and dies with it. The dev
 * loop starts this guard in a process group of its own and stops it by
 * signalling the whole group (guard, next dev and its workers). If the dev
 * loop itself is killed without stopping it — SIGKILL, the OOM killer, or tsx
 * force-killing it because a long compile kept it from answering a SIGTERM
 * within 60 ms — the guard sees its parent gone and stops the group: no
 * orphaned next dev keeps the port and a frozen dataset.
 * Plain JavaScript: started with `node`, no loader.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const [parentArg, command, ...args] = process.argv.slice(2);
const parent = Number(parentArg);
const EVERY_MS = 250;
const GRACE_MS = 5000;

// a signal to the group reaches next dev as well: the guard waits for it to exit, then exits with it.
// Listening before the child starts: a signal sent as soon as the child is up must not kill the guard first.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {});

const child = spawn(command, args, { stdio: 'inherit' });
child.on('error', (e) => {
  console.error(`next-guard: cannot start ${command}: ${e.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)));


function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function stopGroup(signal) {
  try {
    process.kill(-process.pid, signal);
  } catch {
    // already gone
  }
}

let orphaned = false;
const timer = setInterval(() => {
  if (orphaned || alive(parent)) return;
  orphaned = true;
  clearInterval(timer);
  console.error(`next-guard: the dev loop (pid ${parent}) is gone: stopping next dev`);
  stopGroup('SIGTERM');
  setTimeout(() => stopGroup('SIGKILL'), GRACE_MS);
}, EVERY_MS);
