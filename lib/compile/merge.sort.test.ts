import { describe, expect, it } from 'vitest';
import { sortedByKey, type Item } from './merge';

const item = (key: string, tag: number) => ({ key, uid: String(tag) }) as unknown as Item;
const byKey = (a: Item, b: Item) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe('sortedByKey', () => {
  it('gives what a stable sort of the lists joined gives, on lists of one document each and on lists that overlap', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 200; round++) {
      const lists: Item[][] = [];
      let tag = 0;
      const docs = 1 + rnd(12);
      for (let d = 0; d < docs; d++) {
        // a document's keys share its day and id; some rounds mix keys across lists (the fallback)
        const prefix = round % 3 === 0 ? '' : `2024-0${1 + rnd(3)}-1${rnd(9)}|doc${rnd(20)}|`;
        lists.push(Array.from({ length: rnd(6) }, () => item(`${prefix}${String(rnd(4)).padStart(9, '0')}|meeting`, tag++)));
      }
      const want = lists.flat().sort(byKey);
      expect(sortedByKey(lists).map((x) => x.uid)).toEqual(want.map((x) => x.uid));
    }
  });
});
