import { describe, expect, it } from 'vitest';
import type { DatasetDocument, Evidence } from '../schema';
import { SOURCE_RULES, groupEvidence, sourceKind } from './evidence';

const doc = (id: string, published: string, extra: Partial<DatasetDocument> = {}) =>
  ({ id, published, outlet: 'Wire', title: 'A report', kind: 'article', ...extra }) as DatasetDocument;
const ev = (documentId: string, start: number): Evidence => ({ documentId, quote: `q${start}`, start, end: start + 2 });

describe('groupEvidence', () => {
  it('groups quotes by document, oldest document first, quotes in text order, no repeats', () => {
    const docs = new Map([
      ['b', doc('b', '2025-02-18')],
      ['a', doc('a', '2025-02-17')],
    ]);
    const groups = groupEvidence([ev('b', 40), ev('a', 9), ev('b', 3), ev('b', 40)], docs);
    expect(groups.map((g) => g.documentId)).toEqual(['a', 'b']);
    expect(groups[1].quotes.map((q) => q.start)).toEqual([3, 40]);
    expect(groups.every((g) => g.source === 'original' && g.label === null)).toBe(true);
  });

  it('puts original reports before machine-paraphrased copies and automatic transcripts, labelled', () => {
    const docs = new Map([
      ['spun', doc('spun', '2025-02-17', { outlet: 'The Daily (machine-paraphrased copy)' })],
      ['asr', doc('asr', '2025-02-16', { kind: 'transcript' })],
      ['orig', doc('orig', '2025-02-19')],
    ]);
    const groups = groupEvidence([ev('spun', 1), ev('asr', 1), ev('orig', 1)], docs);
    expect(groups.map((g) => [g.documentId, g.source])).toEqual([
      ['orig', 'original'],
      ['spun', 'paraphrase'],
      ['asr', 'transcript'],
    ]);
    expect(groups[1].label).toMatch(/paraphrased/);
    expect(groups[2].label).toMatch(/transcript/);
  });
});

describe('sourceKind', () => {
  it('follows every rule example', () => {
    for (const rule of SOURCE_RULES) {
      const m = rule.example.match(/^(\w+): "?(.*?)"?$/)!;
      const d = m[1] === 'kind' ? doc('x', '2025-01-01', { kind: 'transcript' }) : doc('x', '2025-01-01', { [m[1]]: m[2] });
      expect(sourceKind(d), rule.id).toBe(rule.effect);
    }
  });
  it('reads an ordinary report or an aggregator copy as original', () => {
    expect(sourceKind(doc('x', '2025-01-01', { outlet: 'Washington Examiner (aggregator copy)' }))).toBe('original');
    expect(sourceKind(undefined)).toBe('original');
  });
});
