import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetActor, DatasetEvent } from '../schema';
import { parseAnnotations } from './annotations';
import { annotatedIds, duplicateActors, withAnnotatedIds } from './resolve';

const YAML = `
people:
  - { id: president-mara-quist, name: President Mara Quist, aliases: [Mara Quist] }
  - { id: tomas-vell, name: Tomas Vell }
  - { id: ada-birch, name: Ada Birch, aliases: [Birch] }
  - { id: olaf-birch, name: Olaf Birch, aliases: [Birch] }
realActors:
  - { id: nordvik, names: [Nordvik, the Nordvik government] }
events:
  - { id: m, type: meeting, main: true, date: 2025-02-18, participants: [president-mara-quist, tomas-vell], quotes: { d: "Mara Quist met Tomas Vell" } }
`;

function actor(id: string, name: string, surfaceForms: string[] = [name]): DatasetActor {
  return { id, name, kind: 'person', affiliation: null, aliases: [], role: null, discovered: true, surfaceForms, eventCount: 1 };
}

function event(id: string, participants: string[]): DatasetEvent {
  return {
    id, type: 'meeting', title: id, date: '2025-02-18', location: null, participants, confidence: 1, status: 'happened',
    evidence: [], dateInfo: { expression: null, reference: null, precision: null }, respondsTo: [], disagreements: [], edited: null,
  } as DatasetEvent;
}

const ann = () => {
  const { annotations } = parseAnnotations(YAML, 'annotations.yaml');
  if (!annotations) throw new Error('annotations did not parse');
  return annotations;
};

describe('annotatedIds', () => {
  it('reads a compiled id as the annotated actor that lists its name, case-insensitively', () => {
    const ids = annotatedIds(ann(), [actor('mara-quist', 'Mara Quist'), actor('tomas-vell', 'Tomas Vell'), { ...actor('nordvik-gov', 'Nordvik Gov'), aliases: ['the Nordvik government'] }]);
    expect([...ids.entries()]).toEqual([['mara-quist', 'president-mara-quist'], ['nordvik-gov', 'nordvik']]);
  });

  it('never reads by surface forms alone, and leaves two compiled actors for one annotated actor apart as duplicates', () => {
    const a = ann();
    const actors = [actor('mara-quist', 'Mara Quist'), actor('president-mara-quist', 'President Mara Quist'), actor('vell', 'Vell', ['Tomas Vell'])];
    expect(annotatedIds(a, actors).size).toBe(0);
    expect(duplicateActors(a, actors)).toEqual([['president-mara-quist', ['mara-quist', 'president-mara-quist']]]);
  });

  it('leaves ids the annotations use, unknown names and names two annotated actors list', () => {
    const ids = annotatedIds(ann(), [actor('tomas-vell', 'Tomas Vell'), actor('birch', 'Birch'), actor('cedar-lind', 'Cedar Lind')]);
    expect(ids.size).toBe(0);
  });
});

describe('withAnnotatedIds', () => {
  it('rewrites participants (once each) and edge ends, and leaves the dataset alone when nothing resolves', () => {
    const ds = {
      events: [event('a', ['mara-quist', 'tomas-vell']), event('b', ['tomas-vell'])],
      edges: [{ source: 'mara-quist', target: 'tomas-vell', kind: 'met' }],
    } as unknown as Dataset;
    const read = withAnnotatedIds(ds, new Map([['mara-quist', 'president-mara-quist']]));
    expect(read.events[0]!.participants).toEqual(['president-mara-quist', 'tomas-vell']);
    expect(read.events[1]).toBe(ds.events[1]);
    expect(read.edges[0]).toMatchObject({ source: 'president-mara-quist', target: 'tomas-vell' });
    expect(withAnnotatedIds(ds, new Map())).toBe(ds);
  });
});
