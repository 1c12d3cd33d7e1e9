import { describe, expect, it } from 'vitest';
import { KeptSums } from './kept-sums';

type F = { id: string; n: number };
const sums = (sameListSame = false) => {
  let adds = 0;
  const k = new KeptSums<F, Map<string, number>>(
    () => new Map(),
    (t, facts, sign) => {
      adds += facts.length;
      for (const f of facts) {
        const c = (t.get(f.id) ?? 0) + sign * f.n;
        if (c) t.set(f.id, c);
        else t.delete(f.id);
      }
    },
    sameListSame,
  );
  return { k, adds: () => adds };
};
const whole = (facts: F[]) => {
  const m = new Map<string, number>();
  for (const f of facts) m.set(f.id, (m.get(f.id) ?? 0) + f.n);
  return m;
};

describe('KeptSums', () => {
  const docs = Array.from({ length: 10 }, (_, i) => ({ id: `a${i % 3}`, n: i + 1 }));
  it('brought up to date by the facts gone and come equals the sum over the list', () => {
    const { k, adds } = sums();
    expect(k.of(docs)).toEqual(whole(docs));
    const before = adds();
    const edited = [...docs.slice(0, 9), { id: 'a1', n: 7 }];
    expect(k.of(edited)).toEqual(whole(edited));
    // one gone, one come: two facts read, not ten
    expect(adds() - before).toBe(2);
    const back = [...edited.slice(0, 4), ...edited.slice(5)];
    expect(k.of(back)).toEqual(whole(back));
  });
  it('more than half changed: summed anew', () => {
    const { k, adds } = sums();
    k.of(docs);
    const before = adds();
    const other = docs.map((d) => ({ ...d }));
    expect(k.of(other)).toEqual(whole(other));
    expect(adds() - before).toBe(10);
  });
  it('one facts object twice: summed over the list as given, nothing kept', () => {
    const { k } = sums();
    const twice = [docs[0], docs[0], docs[1]];
    expect(k.of(twice)).toEqual(whole(twice));
    expect(k.of(docs)).toEqual(whole(docs));
  });
  it('the same list object again gives the last answer when asked to', () => {
    const { k, adds } = sums(true);
    const first = k.of(docs);
    const before = adds();
    expect(k.of(docs)).toBe(first);
    expect(adds()).toBe(before);
  });
});
