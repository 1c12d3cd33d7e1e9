/**
 * Who started the dev loop: `npm run dev` runs  npm → sh → tsx → node dev.ts.
 * A signal that kills npm (or the shell) without reaching dev.ts would leave
 * the loop and its `next dev` running as orphans; the loop watches its
 * launchers and stops when one of them is gone.
 */
import { readFileSync } from 'node:fs';
import { alive } from './dev-lock';

export interface Proc {
  pid: number;
  cmd: string;
}

/** Parent pid from /proc/<pid>/stat (Linux), or null. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** The processes above this one, nearest first (Linux; elsewhere only the parent). */
export function ancestors(pid = process.pid, max = 8): Proc[] {
  const out: Proc[] = [];
  let cur: number | null = pid === process.pid ? process.ppid : parentOf(pid);
  while (cur !== null && cur > 1 && out.length < max) {
    out.push({ pid: cur, cmd: commandOf(cur) });
    cur = parentOf(cur);
  }
  return out;
}

/** The launchers to watch: every ancestor up to the npm that ran the script, else the parent. */
export function launchers(chain: Proc[]): Proc[] {
  const npm = chain.findIndex((p) => /(^|[\s/])npm(-cli\.js)?(\s|$)/.test(p.cmd) || /npm-cli\.js/.test(p.cmd));
  return npm >= 0 ? chain.slice(0, npm + 1) : chain.slice(0, 1);
}

/** Calls onGone (once) when a launcher exits; returns a function that stops watching. */
export function watchLaunchers(onGone: (p: Proc) => void, everyMs = 500): () => void {
  const watched = launchers(ancestors());
  const initialParent = process.ppid;
  const timer = setInterval(() => {
    const gone = watched.find((p) => !alive(p.pid)) ?? (process.ppid !== initialParent ? { pid: initialParent, cmd: 'parent' } : undefined);
    if (gone) {
      clearInterval(timer);
      onGone(gone);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
