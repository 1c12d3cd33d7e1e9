import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage, HeapBound } from './gc';

const used = () => getHeapStatistics().used_heap_size;

describe('garbage collection asked for', () => {
  it('collectGarbage runs a full collection (no --expose-gc needed) and leaves no gc function behind', () => {
    expect(collectGarbage()).toBe(true);
    const before = used();
    let junk: { i: number; s: string }[] | null = Array.from({ length: 400_000 }, (_, i) => ({ i, s: `item ${i}` }));
    expect(used()).toBeGreaterThan(before + 10e6);
    junk = null;
    expect(collectGarbage()).toBe(true);
    expect(used()).toBeLessThan(before + 10e6);
    expect(junk).toBeNull();
    // contexts made afterwards get a gc function only when Node was started with one
    expect(runInNewContext('typeof gc')).toBe(typeof (globalThis as { gc?: unknown }).gc);
  });

  it('HeapBound collects after a step only when the heap outgrew its bound', () => {
    collectGarbage();
    const loose = new HeapBound(100, 1 << 40);
    let junk: unknown[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    loose.step();
    expect(loose.collections).toBe(0);
    const tight = new HeapBound(1, 0);
    junk = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    junk = null;
    tight.step();
    expect(tight.collections).toBe(1);
    expect(tight.peakMb).toBeGreaterThan(0);
    expect(junk).toBeNull();
  });
});
