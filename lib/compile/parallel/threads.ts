/**
 * The CPU time of each thread of this process (Linux: /proc/self/task/<tid>/stat), for the profiling scripts: which
 * thread worked when (this thread, the pool's workers, the rest — V8's helper threads: the collector's parallel and
 * concurrent work, the compiler's). Elsewhere (no /proc) every answer is empty. Figures only; nothing reads them to decide.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** clock ticks per second of /proc's utime and stime (USER_HZ: 100 on Linux) */
const TICKS = 100;

/** thread id → CPU milliseconds used so far (user + system), every thread of this process alive now */
export function threadCpu(): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const t of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'latin1');
      // the fields after the command (in parentheses, which may hold spaces): state is field 3, utime 14, stime 15
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(t), ((Number(f[11]) + Number(f[12])) * 1000) / TICKS);
    } catch {
      // (the thread ended between the listing and the read)
    }
  }
  return out;
}

/** this thread's id (Linux), or null */
export function thisThreadId(): number | null {
  try {
    const id = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(id) ? id : null;
  } catch {
    return null;
  }
}
