/**
 * .parley/dev.lock: which `npm run dev` owns this project (its pid, the pid of
 * its `next dev` process group, the port). A second start while the first is
 * alive gets a clear message; a lock left by a run that was killed outright
 * (kill -9) is cleared, and the `next dev` it left behind is stopped.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface DevLock {
  pid: number;
  /** process group of next dev (its pid), or null before it started */
  nextPid: number | null;
  port: string | null;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process (Linux /proc), or null. */
function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return null;
  }
}

export function readLock(path: string): DevLock | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<DevLock>;
    return typeof v.pid === 'number' ? { pid: v.pid, nextPid: typeof v.nextPid === 'number' ? v.nextPid : null, port: v.port ?? null } : null;
  } catch {
    return null;
  }
}

export function writeLock(path: string, lock: DevLock): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(lock) + '\n');
}

export function removeLock(path: string, pid = process.pid): void {
  if (readLock(path)?.pid === pid) rmSync(path, { force: true });
}

export type LockCheck = { ok: true; note: string | null } | { ok: false; message: string };

/**
 * Before starting: refuse when another dev loop of this project is alive;
 * stop the orphaned `next dev` of a dead one (only when it still is a next process).
 */
export function takeOver(path: string, kill: (pgid: number) => void = (g) => process.kill(-g, 'SIGTERM')): LockCheck {
  if (!existsSync(path)) return { ok: true, note: null };
  const old = readLock(path);
  if (old && old.pid !== process.pid && alive(old.pid)) {
    return {
      ok: false,
      message: `another "npm run dev" of this project is running (pid ${old.pid}${old.port ? `, port ${old.port}` : ''}): use it, or stop it first (Ctrl-C in its terminal, or: kill ${old.pid})`,
    };
  }
  let note = `cleared a stale lock left by an earlier "npm run dev" (pid ${old?.pid ?? '?'}) that did not stop cleanly`;
  if (old?.nextPid && alive(old.nextPid)) {
    const cmd = commandLine(old.nextPid);
    if (cmd === null || /next/.test(cmd)) {
      try {
        kill(old.nextPid);
        note = `stopped the orphaned "next dev" (process group ${old.nextPid}) left by an earlier "npm run dev" (pid ${old.pid}) that was killed`;
      } catch {
        return { ok: false, message: `an orphaned "next dev" from an earlier run is still running (pid ${old.nextPid}) and could not be stopped: stop it with  kill -- -${old.nextPid}` };
      }
    }
  }
  rmSync(path, { force: true });
  return { ok: true, note };
}
