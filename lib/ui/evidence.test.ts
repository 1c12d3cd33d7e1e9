import { describe, expect, it } from 'vitest';
import type { DatasetDocument, Evidence } from '../schema';
import { groupEvidence } from './evidence';

const doc = (id: string, published: string) => ({ id, published }) as DatasetDocument;

describe('groupEvidence', () => {
  it('groups quotes by document, oldest document first, quotes in text order, no repeats', () => {
    const ev = (documentId: string, start: number): Evidence => ({ documentId, quote: `q${start}`, start, end: start + 2 });
    const docs = new Map([
      ['b', doc('b', '2025-02-18')],
      ['a', doc('a', '2025-02-17')],
    ]);
    const groups = groupEvidence([ev('b', 40), ev('a', 9), ev('b', 3), ev('b', 40)], docs);
    expect(groups.map((g) => g.documentId)).toEqual(['a', 'b']);
    expect(groups[1].quotes.map((q) => q.start)).toEqual([3, 40]);
  });
});
