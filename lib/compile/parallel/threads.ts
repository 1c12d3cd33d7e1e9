/**
 * The CPU time of each thread of this process (Linux: /proc/self/task/<tid>/stat), for the profiling scripts: which
 * thread worked when (this thread, the pool's workers, the rest — V8's helper threads: the collector's parallel and
 * concurrent work, the compiler's). Elsewhere (no /proc) every answer is empty. Figures only; nothing reads them to decide.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** clock ticks per second of /proc's utime and stime (USER_HZ: 100 on Linux) */
const TICKS = 100;

/** thread id → what `read` gives for /proc/self/task/<tid>, every thread of this process alive now (empty without /proc) */
function perThread<T>(read: (dir: string) => T): Map<number, T> {
  const out = new Map<number, T>();
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const t of tids) {
    try {
      out.set(Number(t), read(`/proc/self/task/${t}`));
    } catch {
      // (the thread ended between the listing and the read)
    }
  }
  return out;
}

/** thread id → CPU milliseconds used so far (user + system), every thread of this process alive now */
export function threadCpu(): Map<number, number> {
  return perThread((dir) => {
    const stat = readFileSync(`${dir}/stat`, 'latin1');
    // the fields after the command (in parentheses, which may hold spaces): state is field 3, utime 14, stime 15
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS;
  });
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

/** thread id → its name (/proc/self/task/<tid>/comm: "V8 DefaultWorke", "libuv-worker", …), every thread alive now */
export function threadNames(): Map<number, string> {
  return perThread((dir) => readFileSync(`${dir}/comm`, 'latin1').trim());
}
