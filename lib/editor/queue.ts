/**
 * Debounced, never-overlapping runs: changes arriving within `debounceMs` are
 * one run; changes arriving while a run is under way queue exactly one more
 * run after it (with every path that changed meanwhile).
 */
export interface RunQueue {
  /** a path changed (at `at`, performance.now()) */
  change(path: string, at?: number): void;
  /** runs now (or right after the current run) */
  now(): void;
  /** resolves when nothing is pending or running */
  idle(): Promise<void>;
  /** stops: no further run starts */
  stop(): void;
}

export interface Batch {
  paths: string[];
  /** performance.now() of the first change of the batch, or null */
  firstAt: number | null;
}

export function runQueue(run: (batch: Batch) => void | Promise<void>, debounceMs: number, onError: (e: unknown) => void = () => {}): RunQueue {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let rerun = false;
  let stopped = false;
  const pending = new Set<string>();
  let firstAt: number | null = null;
  const waiters: (() => void)[] = [];

  const settle = () => {
    if (!running && !timer && !rerun) for (const w of waiters.splice(0)) w();
  };
  const start = async () => {
    timer = null;
    if (stopped) return settle();
    if (running) {
      rerun = true;
      return;
    }
    running = true;
    const batch: Batch = { paths: [...pending].sort(), firstAt };
    pending.clear();
    firstAt = null;
    try {
      await run(batch);
    } catch (e) {
      onError(e);
    }
    running = false;
    if (rerun && !stopped) {
      rerun = false;
      schedule(debounceMs);
    }
    settle();
  };
  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void start(), ms);
  };
  return {
    change(path, at = performance.now()) {
      if (stopped) return;
      pending.add(path);
      firstAt ??= at;
      if (running) rerun = true;
      else schedule(debounceMs);
    },
    now() {
      if (running) rerun = true;
      else schedule(0);
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      rerun = false;
      settle();
    },
  };
}
