import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetEvent } from '../schema';
import { parseAnnotations } from './annotations';
import { evaluate, figuresJson } from './evaluate';
import { formatSet } from './report';

const YAML = `
people:
  - { id: anna-berg, name: Anna Berg }
  - { id: tom-keller, name: Tom Keller }
events:
  - { id: m, type: meeting, main: true, date: 2025-02-18, participants: [anna-berg, tom-keller], quotes: { d: "Anna Berg met Tom Keller" } }
  - { id: s, type: statement, main: true, date: 2025-02-19, participants: [tom-keller], quotes: { d: "Keller said" } }
edges:
  - { kind: met, pair: [anna-berg, tom-keller] }
`;

function ev(x: Partial<DatasetEvent> & { id: string; type: DatasetEvent['type'] }): DatasetEvent {
  return {
    title: x.id, date: null, location: null, participants: [], confidence: 1, status: 'happened',
    evidence: [{ documentId: 'd', quote: 'Anna Berg met Tom Keller', start: 0, end: 24 }],
    dateInfo: { expression: null, reference: null, precision: null }, respondsTo: [], disagreements: [], edited: null, ...x,
  };
}

function dataset(events: DatasetEvent[]): Dataset {
  const person = (id: string, name: string) => ({ id, name, kind: 'person' as const, affiliation: null, aliases: [], role: null, discovered: true, surfaceForms: [name], eventCount: 1 });
  return {
    schemaVersion: 1,
    documents: [],
    actors: [person('anna-berg', 'Anna Berg'), person('tom-keller', 'Tom Keller')],
    events,
    edges: [{ source: 'anna-berg', target: 'tom-keller', kind: 'met', eventIds: ['c1'] }],
  };
}

describe('evaluate + report', () => {
  const ann = parseAnnotations(YAML, 't.yaml').annotations!;

  it('passes every target on a perfect dataset', () => {
    const f = evaluate('t', ann, dataset([
      ev({ id: 'c1', type: 'meeting', date: '2025-02-18', participants: ['anna-berg', 'tom-keller'] }),
      ev({ id: 'c2', type: 'statement', date: '2025-02-19', participants: ['tom-keller'] }),
    ]));
    expect(f.targets.every((t) => t.pass)).toBe(true);
    expect(f.edges.recall).toBe(1);
    const text = formatSet(f, { targets: true });
    expect(text).toContain('PASS  core-event F1');
    expect(text).not.toContain('FAIL');
  });

  it('reports misses with their quote, false positives and duplicates', () => {
    const f = evaluate('t', ann, dataset([
      ev({ id: 'c1', type: 'meeting', date: '2025-02-18', participants: ['anna-berg', 'tom-keller'] }),
      ev({ id: 'c3', type: 'meeting', date: '2025-02-17', participants: ['anna-berg', 'tom-keller'] }),
      ev({ id: 'c4', type: 'visit', date: '2025-02-17', participants: ['anna-berg'] }),
    ]));
    expect(f.events.overall).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    const text = formatSet(f, { targets: true });
    expect(text).toContain('FAIL  duplicates');
    expect(text).toContain('d: "Keller said"');
    expect(text).toMatch(/c3 .*\n.*\n\s+duplicates m/);
    const json = figuresJson(f) as { misses: { id: string }[]; duplicates: unknown[]; falsePositives: string[] };
    expect(json.misses.map((m) => m.id)).toEqual(['s']);
    expect(json.falsePositives).toEqual(['c4']);
    expect(json.duplicates).toEqual([{ compiled: 'c3', of: 'm' }]);
  });
});
