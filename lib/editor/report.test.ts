import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ActorsFile, type Dataset, type DatasetEvent } from '../schema';
import { actorYaml, buildReport, formatSummary, sentenceAround } from './report';
import { Report } from './report-schema';
import { diffDatasets } from './diff';

const TEXT = 'Foreign Minister Ana Kovac met her counterpart Ivo Novak in Zagreb on Monday. They agreed to meet again.';

function ev(id: string, over: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id,
    type: 'meeting',
    title: 'Kovac meets Novak',
    date: '2025-03-03',
    location: 'Zagreb',
    participants: ['ana-kovac', 'ivo-novak'],
    evidence: [{ documentId: 'doc-a', quote: TEXT.slice(0, 78), start: 0, end: 78 }],
    confidence: 0.9,
    status: 'happened',
    dateInfo: { expression: 'on Monday', reference: 'published 2025-03-04', precision: 'day' },
    respondsTo: [],
    disagreements: [],
    edited: null,
    ...over,
  };
}

function dataset(events: DatasetEvent[]): Dataset {
  return {
    schemaVersion: 1,
    documents: [{ id: 'doc-a', title: 'Talks', outlet: 'Agency', url: 'https://example.org/a', published: '2025-03-04', kind: 'article', text: TEXT, kept: [[0, TEXT.length]] }],
    actors: [
      { id: 'ana-kovac', name: 'Ana Kovac', kind: 'person', affiliation: null, aliases: [], role: null, discovered: true, surfaceForms: ['Ana Kovac', 'Foreign Minister Ana Kovac'], eventCount: 1 },
      { id: 'ivo-novak', name: 'Ivo Novak', kind: 'person', affiliation: 'SI', aliases: [], role: 'Minister', discovered: false, surfaceForms: ['Ivo Novak'], eventCount: 1 },
    ],
    events,
    edges: [{ source: 'ana-kovac', target: 'ivo-novak', kind: 'met', eventIds: ['m1'] }],
  };
}

const trace = {
  eventsByDocument: { 'doc-a': ['m1', 's1'] },
  merges: [
    { eventId: 'm1', documentIds: ['doc-b', 'doc-a'], reasons: ['same participants', 'dates within 1 day'] },
    { eventId: 's1', documentIds: ['doc-a'] },
  ],
  corrections: [{ index: 0, op: 'drop-event', applied: false, message: "unknown event 'x'" }],
};

describe('buildReport', () => {
  const ds = dataset([
    ev('m1', { disagreements: [{ field: 'date', values: [{ value: '2025-03-03', documentIds: ['doc-a'] }, { value: '2025-03-02', documentIds: ['doc-b'] }] }] }),
    ev('s1', { type: 'statement', title: 'Statement', date: null, confidence: 0.3, participants: ['ana-kovac'], evidence: [{ documentId: 'doc-a', quote: 'They agreed to meet again.', start: 79, end: 105 }] }),
  ]);
  const report = buildReport({
    dataset: ds,
    trace,
    problems: [{ severity: 'warning', file: 'data/documents/doc-a.md', line: 6, message: 'no text' }],
    correctionLines: [3],
    previous: null,
    hash: 'abcdef0123456789',
  });

  it('is valid against the Report schema', () => {
    expect(Report.safeParse(report).success).toBe(true);
  });

  it('lists the events per document, by date', () => {
    expect(report.documents[0].events.map((e) => e.id)).toEqual(['m1', 's1']);
    expect(report.documents[0].events[0]).toEqual({ id: 'm1', type: 'meeting', date: '2025-03-03', title: 'Kovac meets Novak' });
  });

  it('lists discovered people with their sentence and a YAML snippet that validates', () => {
    expect(report.discovered).toHaveLength(1);
    const p = report.discovered[0];
    expect(p).toMatchObject({ id: 'ana-kovac', name: 'Ana Kovac', eventIds: ['m1', 's1'] });
    expect(p.sentences[0]).toEqual({ documentId: 'doc-a', text: TEXT.slice(0, 78) });
    const parsed = ActorsFile.safeParse(parse(p.yaml));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.[0]).toMatchObject({ id: 'ana-kovac', name: 'Ana Kovac', aliases: ['Foreign Minister Ana Kovac'] });
  });

  it('lists undated, low-confidence, merges, disagreements, corrections and problems', () => {
    expect(report.undated.map((e) => e.id)).toEqual(['s1']);
    expect(report.lowConfidence).toEqual([{ id: 's1', type: 'statement', date: null, title: 'Statement', confidence: 0.3 }]);
    expect(report.merges).toEqual([{ eventId: 'm1', title: 'Kovac meets Novak', documentIds: ['doc-a', 'doc-b'], reasons: ['same participants', 'dates within 1 day'] }]);
    expect(report.disagreements[0]).toMatchObject({ eventId: 'm1', field: 'date' });
    expect(report.corrections).toEqual([{ index: 0, line: 3, op: 'drop-event', applied: false, message: "unknown event 'x'" }]);
    expect(report.summary).toMatchObject({ documents: 1, events: 2, eventsByType: { meeting: 1, statement: 1 }, discovered: 1, edges: 1, errors: 0, warnings: 1 });
    expect(report.changes.previous).toBe(false);
  });

  it('compares with the previous compile only in the dev loop (a build is reproducible)', () => {
    const input = { dataset: ds, trace, problems: [], previous: dataset([]), hash: 'abcdef0123456789' };
    const saved = process.env.PARLEY_REPORT_CHANGES;
    try {
      delete process.env.PARLEY_REPORT_CHANGES;
      expect(buildReport(input).changes).toEqual({ previous: false, added: [], removed: [], changed: [], actorsAdded: [], actorsRemoved: [] });
      process.env.PARLEY_REPORT_CHANGES = '1';
      expect(buildReport(input).changes.added.map((e) => e.id)).toEqual(['m1', 's1']);
    } finally {
      if (saved === undefined) delete process.env.PARLEY_REPORT_CHANGES;
      else process.env.PARLEY_REPORT_CHANGES = saved;
    }
  });

  it('prints a short summary', () => {
    const s = formatSummary(report, 42);
    expect(s).toContain('1 documents → 2 events (1 meeting, 1 statement), 2 actors (1 discovered), 1 links');
    expect(s).toContain('1 undated');
    expect(s).toContain('0/1 corrections applied');
    expect(s).toContain('recompiled in 42 ms');
  });
});

describe('diffDatasets', () => {
  it('finds added, removed and changed events', () => {
    const before = dataset([ev('m1'), ev('gone', { title: 'Gone' })]);
    const after = dataset([ev('m1', { date: '2025-03-02', participants: ['ana-kovac'] }), ev('new', { title: 'New' })]);
    const d = diffDatasets(JSON.parse(JSON.stringify(before)), after);
    expect(d.previous).toBe(true);
    expect(d.added.map((e) => e.id)).toEqual(['new']);
    expect(d.removed.map((e) => e.id)).toEqual(['gone']);
    expect(d.changed).toEqual([
      {
        id: 'm1',
        title: 'Kovac meets Novak',
        fields: [
          { field: 'date', before: '2025-03-03', after: '2025-03-02' },
          { field: 'participants', before: 'ana-kovac, ivo-novak', after: 'ana-kovac' },
        ],
      },
    ]);
  });

  it('tolerates no or a malformed previous dataset', () => {
    expect(diffDatasets(null, dataset([])).previous).toBe(false);
    expect(diffDatasets({ events: [{ nope: 1 }] }, dataset([ev('m1')])).added).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('sentenceAround returns the sentence holding a name', () => {
    const at = TEXT.indexOf('They');
    expect(sentenceAround(TEXT, at, at + 4)).toBe('They agreed to meet again.');
    expect(sentenceAround('line one\nB met C today\nline three', 10, 11)).toBe('B met C today');
  });

  it('actorYaml quotes names safely', () => {
    const y = actorYaml({ id: 'x-y', name: 'X: "Y"', kind: 'person', affiliation: null, role: null, surfaceForms: ['Y'] });
    expect(ActorsFile.parse(parse(y))[0]).toMatchObject({ name: 'X: "Y"', aliases: ['Y'] });
  });
});
