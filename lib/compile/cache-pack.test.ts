import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Pack } from './cache-pack';
import { cacheEntries, DiskCache, housekeeping } from './cache';

const tmp = mkdtempSync(join(tmpdir(), 'parley-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const value = (i: number) => ({ id: `doc-${i}`, words: Array.from({ length: 50 }, (_, j) => `w${i}-${j}`), n: i, at: new Map([[i, [i, i + 1]]]) });

describe('Pack: one stage in one append-only file and its index', () => {
  it('writes an object holding byte chunks in pieces (the merge state) and reads back the same object', () => {
    const dir = mkdtempSync(join(tmp, 's-'));
    const enc = new TextEncoder();
    const state = () => ({
      gen: 3,
      placesKey: 'k:1',
      actorSig: new Map([['a', 'person|x|A'], ['b', 'org||B']]),
      docs: new Map([['d1', { key: 'h1', items: [{ uid: 'd1#0', key: 'x', gate: 0 }] }]]),
      blocks: new Map([['blk', { uids: ['d1#0', 'd2#1'], a: new Int32Array([0, 1]), b: new Int32Array([1, 0]), s: new Float64Array([0.5, 0.25]) }]]),
      comps: new Map([['c', [[0, 1], [2]]]]),
      built: new Map(),
      builtJson: [enc.encode(JSON.stringify([['s1', { t: 'é — “x” 🙂' }]])), enc.encode('[]'), enc.encode(JSON.stringify([['s2', 1]]))],
    });
    const p = new Pack(dir, 'merge');
    expect(p.set('state', state())).toBe(true);
    p.set('plain', value(1));
    p.set('empty-chunks', { a: 1, list: [] as Uint8Array[] });
    expect(p.get('state')?.value).toEqual(state());
    p.flush();
    const q = new Pack(dir, 'merge');
    const back = q.get<ReturnType<typeof state>>('state')!.value;
    expect(back).toEqual(state());
    expect(Object.keys(back)).toEqual(Object.keys(state()));
    expect(back.builtJson.every((c) => c instanceof Uint8Array)).toBe(true);
    expect(new TextDecoder().decode(back.builtJson[0])).toBe(JSON.stringify([['s1', { t: 'é — “x” 🙂' }]]));
    expect(q.get('plain')?.value).toEqual(value(1));
    expect(q.get('empty-chunks')?.value).toEqual({ a: 1, list: [] });
    // a damaged piece: a miss, never a wrong value
    const raw = readFileSync(join(dir, 'merge.pack'));
    raw.writeUInt32LE(raw.readUInt32LE(8 + 'state'.length + 4) + 9999, 8 + 'state'.length + 4);
    writeFileSync(join(dir, 'merge.pack'), raw);
    expect(new Pack(dir, 'merge').get('state')).toBeUndefined();
    expect(new Pack(dir, 'merge').get('plain')?.value).toEqual(value(1));
  });

  it('gives back what was set, across instances (a fresh process)', () => {
    const dir = mkdtempSync(join(tmp, 'a-'));
    const p = new Pack(dir, 'events');
    for (let i = 0; i < 20; i++) expect(p.set(`k${i}`, value(i))).toBe(true);
    expect(p.get('k3')?.value).toEqual(value(3));
    p.flush();
    const q = new Pack(dir, 'events');
    expect(q.keys().sort()).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`).sort());
    for (let i = 0; i < 20; i++) expect(q.get(`k${i}`)?.value).toEqual(value(i));
    expect(q.get('absent')).toBeUndefined();
  });

  it('a long-lived process keeps the index between packs of a stage (memo), and reads it again once another writer changed it', () => {
    const dir = mkdtempSync(join(tmp, 'm-'));
    const p = new Pack(dir, 'who', { memo: true });
    for (let i = 0; i < 5; i++) p.set(`k${i}`, value(i));
    p.flush();
    // the next compile's pack: the same index, its entries read back
    const q = new Pack(dir, 'who', { memo: true });
    expect(q.keys().sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(q.get('k2')?.value).toEqual(value(2));
    q.retain(new Set(['k0', 'k1', 'k2', 'k3']));
    q.set('k5', value(5));
    q.flush();
    expect(new Pack(dir, 'who', { memo: true }).keys().sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k5']);
    // another process: appends and writes its own index (of what it read from disk)
    const other = new Pack(dir, 'who');
    other.set('k6', value(6));
    other.retain(new Set(['k0', 'k6']));
    other.flush();
    const r = new Pack(dir, 'who', { memo: true });
    expect(r.keys().sort()).toEqual(['k0', 'k6']);
    expect(r.get('k6')?.value).toEqual(value(6));
    expect(r.get('k1')).toBeUndefined();
    // a damaged index after a memo: misses, never a kept stale map
    r.set('k7', value(7));
    r.flush();
    writeFileSync(join(dir, 'who.idx'), 'garbage');
    expect(new Pack(dir, 'who', { memo: true }).keys()).toEqual([]);
  });

  it('a stale or damaged index gives misses, never another entry\'s value', () => {
    const dir = mkdtempSync(join(tmp, 'b-'));
    const p = new Pack(dir, 's');
    p.set('a', value(1));
    p.set('b', value(2));
    p.flush();
    // another writer replaced the pack (its own compaction): the index's places now point into other records
    writeFileSync(join(dir, 's.pack'), readFileSync(join(dir, 's.pack')).subarray(10));
    const q = new Pack(dir, 's');
    expect(q.get('a')).toBeUndefined();
    expect(q.get('b')).toBeUndefined();
    writeFileSync(join(dir, 's.idx'), 'garbage');
    expect(new Pack(dir, 's').keys()).toEqual([]);
  });

  it('two writers appending to one pack: each reads its own entries or misses, never a wrong value', () => {
    const dir = mkdtempSync(join(tmp, 'c-'));
    const a = new Pack(dir, 's');
    const b = new Pack(dir, 's');
    a.set('x1', value(1));
    b.set('y1', value(2));
    a.set('x2', value(3));
    b.set('y2', value(4));
    a.flush();
    const r = new Pack(dir, 's');
    for (const [k, i] of [['x1', 1], ['x2', 3]] as const) {
      const got = r.get(k);
      if (got) expect(got.value).toEqual(value(i));
    }
  });

  it('forgets what is not kept and rewrites the pack compactly once it is mostly dead', () => {
    const dir = mkdtempSync(join(tmp, 'd-'));
    const p = new Pack(dir, 's');
    const big = (i: number) => ({ i, pad: 'x'.repeat(600_000) });
    for (let i = 0; i < 20; i++) p.set(`k${i}`, big(i));
    p.flush();
    const full = statSync(join(dir, 's.pack')).size;
    const q = new Pack(dir, 's');
    expect(q.retain(new Set(['k4', 'k15']))).toBe(18);
    q.flush();
    expect(statSync(join(dir, 's.pack')).size).toBeLessThan(full / 5);
    const r = new Pack(dir, 's');
    expect(r.keys().sort()).toEqual(['k15', 'k4']);
    expect(r.get('k15')?.value).toEqual(big(15));
    expect(r.get('k4')?.value).toEqual(big(4));
    // nothing kept: no files left
    r.retain(new Set());
    r.flush();
    expect(cacheEntries(dir)).toEqual({});
  });
});

describe('DiskCache over packs', () => {
  it('prunes what a compile did not use, keeps what it kept, and removes other versions aside', async () => {
    const base = mkdtempSync(join(tmp, 'e-'));
    const c1 = new DiskCache(base, 'v1');
    c1.set('events', 'a', value(1));
    c1.set('events', 'b', value(2));
    c1.set('who', 'a', value(3));
    c1.prune();
    const c2 = new DiskCache(base, 'v1');
    expect(c2.get('events', 'a')).toEqual(value(1));
    c2.keep('who', 'a');
    c2.set('events', 'c', value(4));
    c2.prune();
    expect(cacheEntries(join(base, 'v1'))).toEqual({ events: 2, who: 1 });
    // after the prune (the merge state): written and indexed at once
    c2.set('merge', 'm', value(5));
    expect(new DiskCache(base, 'v1').get('merge', 'm')).toEqual(value(5));
    const c3 = new DiskCache(base, 'v2');
    expect(c3.get('events', 'a')).toBeUndefined();
    const done = await housekeeping();
    expect(done.folders).toBeGreaterThanOrEqual(1);
    expect(cacheEntries(join(base, 'v1'))).toEqual({});
  });

  it('a compile that stops before its prune keeps what it wrote (close indexes it)', () => {
    const base = mkdtempSync(join(tmp, 'f-'));
    const c = new DiskCache(base, 'v1');
    c.set('events', 'a', value(1));
    c.close();
    expect(new DiskCache(base, 'v1').get('events', 'a')).toEqual(value(1));
  });
});
