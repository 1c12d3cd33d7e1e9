import { describe, expect, it } from 'vitest';
import { PairList, PairTable } from './pair-table';

describe('PairTable', () => {
  it('stores a value per unordered pair, through growth, like a Map keyed by the pair', () => {
    const t = new PairTable(4);
    const ref = new Map<string, number>();
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 5000;
    for (let k = 0; k < 20_000; k++) {
      const a = next();
      const b = next();
      if (a === b) continue;
      t.set(a, b, k / 7);
      ref.set(a < b ? `${a},${b}` : `${b},${a}`, k / 7);
    }
    expect(t.size).toBe(ref.size);
    for (const [key, v] of ref) {
      const [a, b] = key.split(',').map(Number);
      expect(t.get(b, a)).toBe(v);
      expect(t.has(a, b)).toBe(true);
    }
    expect(t.get(4999, 5001)).toBeUndefined();
    t.set(1, 2, NaN);
    expect(Number.isNaN(t.get(2, 1))).toBe(true);
  });
});

describe('PairList', () => {
  it('grows and keeps every pushed pair in order', () => {
    const l = new PairList();
    for (let k = 0; k < 1000; k++) l.push(k, k + 1, k / 2);
    expect(l.length).toBe(1000);
    expect([l.i[999], l.j[999], l.s[999]]).toEqual([999, 1000, 499.5]);
    expect([l.i[0], l.j[0], l.s[0]]).toEqual([0, 1, 0]);
  });
});
