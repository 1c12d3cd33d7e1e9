import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { collectBeforeWriting, collectGarbage, HeapBound, lastCollectionMs, writeStarts } from './gc';

const used = () => getHeapStatistics().used_heap_size;

afterEach(() => {
  collectBeforeWriting(false);
});

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

  it('collectBeforeWriting is off unless a process that compiles once turns it on', () => {
    expect(collectBeforeWriting()).toBe(false);
    expect(collectBeforeWriting(true)).toBe(true);
    expect(collectBeforeWriting()).toBe(true);
    expect(collectBeforeWriting(false)).toBe(false);
  });

  it('writeStarts collects once per dataset written, and only in a process that asked for it', () => {
    const dataset = {};
    expect(writeStarts(dataset)).toBeNull();
    collectBeforeWriting(true);
    const ms = writeStarts(dataset);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(lastCollectionMs()).toBe(ms);
    // the next part of the same write side does not collect again; the next compile's dataset does
    expect(writeStarts(dataset)).toBeNull();
    expect(writeStarts({})).toBeGreaterThanOrEqual(0);
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
