import { describe, expect, it } from 'vitest';
import { sameJson } from './project';

// a small deterministic generator of JSON-like values (with the near misses: key order, undefined, -0, NaN, arrays vs objects)
function gen(seed: number) {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const leaf = (): unknown => [null, 0, -0, 1, NaN, Infinity, 'a', 'b', '', true, false, undefined][Math.floor(rnd() * 12)];
  const value = (depth: number): unknown => {
    const r = rnd();
    if (depth > 2 || r < 0.4) return leaf();
    if (r < 0.7) return Array.from({ length: Math.floor(rnd() * 3) }, () => value(depth + 1));
    const o: Record<string, unknown> = {};
    for (const k of ['x', 'y', 'z'].sort(() => rnd() - 0.5).slice(0, Math.floor(rnd() * 4))) o[k] = value(depth + 1);
    return o;
  };
  return value;
}

describe('sameJson', () => {
  it('is true only when JSON.stringify gives the same string, and true for equal plain data', () => {
    const value = gen(7);
    let same = 0;
    for (let i = 0; i < 20000; i++) {
      const a = value(0);
      const b = i % 3 ? value(0) : structuredClone(a);
      const eq = JSON.stringify(a) === JSON.stringify(b);
      if (sameJson(a, b)) {
        expect(eq).toBe(true);
        same++;
      }
      // a copy of plain data without NaN, infinities or undefined reads as the same
      if (!/NaN|Infinity|undefined/.test(String(JSON.stringify(a, (_k, v) => (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? String(v) : v)))))
        expect(sameJson(a, structuredClone(a))).toBe(true);
    }
    expect(same).toBeGreaterThan(1000);
  });

  it('tells apart key order, missing keys, arrays and objects, and non-plain objects', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson(new Map(), new Map())).toBe(false);
    expect(sameJson({ id: 'x', aliases: ['a'], role: null }, { id: 'x', aliases: ['a'], role: null })).toBe(true);
  });
});
