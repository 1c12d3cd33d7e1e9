import { describe, expect, it } from 'vitest';
import { buildEdges, SIGNED_IN_PERSON, signedInPerson } from './network';
import type { DatasetEvent } from '../schema';

function ev(id: string, type: DatasetEvent['type'], participants: string[], status: DatasetEvent['status'] = 'happened', respondsTo: string[] = []): DatasetEvent {
  return {
    id,
    type,
    title: id,
    date: null,
    location: null,
    participants,
    evidence: [{ documentId: 'd', quote: 'q', start: 0, end: 1 }],
    confidence: 0.5,
    status,
    dateInfo: { expression: null, reference: null, precision: null },
    respondsTo,
    disagreements: [],
    edited: null,
  };
}

describe('buildEdges', () => {
  it('links every pair of a happened meeting, call participants, and statements to whom they answer', () => {
    const edges = buildEdges([
      ev('m1', 'meeting', ['c', 'a', 'b']),
      ev('m2', 'meeting', ['b', 'a']),
      ev('c1', 'call', ['b', 'a']),
      ev('p1', 'meeting', ['a', 'd'], 'planned'),
      ev('s1', 'statement', ['d'], 'happened', ['a']),
    ]);
    expect(edges).toEqual([
      { source: 'a', target: 'b', kind: 'called', eventIds: ['c1'] },
      { source: 'a', target: 'b', kind: 'met', eventIds: ['m1', 'm2'] },
      { source: 'a', target: 'c', kind: 'met', eventIds: ['m1'] },
      { source: 'b', target: 'c', kind: 'met', eventIds: ['m1'] },
      { source: 'd', target: 'a', kind: 'responded_to', eventIds: ['s1'] },
    ]);
  });

  it('only links actors that exist (people, organisations, countries, groups)', () => {
    const edges = buildEdges([ev('m1', 'meeting', ['a', 'g', 'x'])], [
      { id: 'a', kind: 'person' },
      { id: 'g', kind: 'group' },
    ]);
    // group-is-a-party: "talks between the Avalon Forces and the Nordvik Guard" link the two groups; an unknown id links nothing
    expect(edges).toEqual([{ source: 'a', target: 'g', kind: 'met', eventIds: ['m1'] }]);
  });
});

describe('signed-in-person', () => {
  const people = ['alder', 'birch', 'cedar'].map((id) => ({ id, kind: 'person' as const }));
  const actors = [...people, { id: 'avalon', kind: 'country' as const }];
  const signed = (over: Partial<DatasetEvent>): DatasetEvent => ({ ...ev('a1', 'agreement', ['alder', 'birch', 'avalon']), location: 'Avalon', rules: [{ stage: 'trigger', rule: 'agreement-signed' }], ...over });

  it(`${SIGNED_IN_PERSON.id}: "${SIGNED_IN_PERSON.example}" links the people who signed at the place, not the country`, () => {
    expect(signedInPerson(signed({}))).toBe(true);
    expect(buildEdges([signed({})], actors)).toEqual([{ source: 'alder', target: 'birch', kind: 'met', eventIds: ['a1'] }]);
  });

  it('no place, no signing trigger ("both leaders agreed" on a call), or not happened: no edge', () => {
    expect(buildEdges([signed({ location: null })], actors)).toEqual([]);
    expect(buildEdges([signed({ rules: [{ stage: 'trigger', rule: 'agreement-agreed' }] })], actors)).toEqual([]);
    expect(buildEdges([signed({ status: 'planned' })], actors)).toEqual([]);
    // without the actors' kinds the people cannot be told from the parties
    expect(buildEdges([signed({})])).toEqual([]);
  });
});
