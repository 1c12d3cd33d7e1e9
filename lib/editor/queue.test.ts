import { describe, expect, it } from 'vitest';
import { runQueue, type Batch } from './queue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('run queue of the dev loop', () => {
  it('debounces a burst of changes into one run with every path', async () => {
    const batches: Batch[] = [];
    const q = runQueue((b) => void batches.push(b), 30);
    for (let i = 0; i < 300; i++) q.change(`documents/f-${i}.md`);
    await sleep(60);
    await q.idle();
    expect(batches).toHaveLength(1);
    expect(batches[0].paths).toHaveLength(300);
    expect(batches[0].firstAt).not.toBeNull();
  });

  it('never runs twice at once: changes during a run queue exactly one more run', async () => {
    let running = 0;
    let maxRunning = 0;
    const batches: string[][] = [];
    const q = runQueue(async (b) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      batches.push(b.paths);
      await sleep(80);
      running--;
    }, 10);
    q.change('a.md');
    await sleep(30); // the first run is under way
    q.change('b.md');
    q.change('c.md');
    q.now();
    await sleep(10);
    q.change('d.md');
    await sleep(20);
    await q.idle();
    expect(maxRunning).toBe(1);
    expect(batches).toEqual([['a.md'], ['b.md', 'c.md', 'd.md']]);
  });

  it('keeps going after a run fails, and stops for good', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const q = runQueue(() => {
      n++;
      if (n === 1) throw new Error('boom');
    }, 5, (e) => errors.push(e));
    q.change('a.md');
    await sleep(20);
    await q.idle();
    q.change('b.md');
    await sleep(20);
    await q.idle();
    expect(n).toBe(2);
    expect(errors).toHaveLength(1);
    q.stop();
    q.change('c.md');
    await sleep(20);
    expect(n).toBe(2);
  });
});
