import { describe, expect, it } from 'vitest';
import { buildEdges, edgesKept, SIGNED_IN_PERSON, signedInPerson, type EdgeState } from './network';
import type { DatasetEvent } from '../schema';
import { diffById } from './keep';

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

describe('edgesKept (edges patched per changed event)', () => {
  // a small seeded generator: the same rounds every run
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const kinds = ['person', 'country', 'organization', 'group'] as const;

  for (const told of [false, true])
  it(`equals buildEdges of the same events after every round of random edits (events dropped, added, changed, actors re-kinded)${told ? ', the changed events told (diffById)' : ''}`, () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const r = rng(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
      let n = 0;
      const make = (): DatasetEvent => {
        const type = pick(['meeting', 'call', 'visit', 'statement', 'agreement'] as const);
        const ps = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(ids));
        const e = ev(`ev-${seed}-${n++}`, type, ps, pick(['happened', 'ongoing', 'planned'] as const), r() < 0.5 ? [pick(ids), pick(ids)] : []);
        if (type === 'agreement') Object.assign(e, { location: r() < 0.7 ? 'X' : null, rules: [{ stage: 'trigger', rule: pick(['agreement-signed', 'agreement-agreed']) }] });
        // now and then an id given twice (two reports of one event told apart): counted per event
        if (r() < 0.05 && n > 2) e.id = `ev-${seed}-${n - 2}`;
        return e;
      };
      let events = Array.from({ length: 30 }, make);
      let actors = ids.map((id) => ({ id, kind: pick(kinds) }));
      let state: EdgeState | undefined;
      let patched = 0;
      let before: DatasetEvent[] | null = null;
      for (let round = 0; round < 40; round++) {
        const sorted = [...events].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
        // told: the events gone and come, where both runs' ids are unique (diffById: null otherwise, the walk over all)
        const changed = told && before ? diffById(before, sorted) : null;
        const got = edgesKept(sorted, actors, state, changed ?? undefined);
        before = sorted;
        expect(got.edges).toEqual(buildEdges(sorted, actors));
        // patched: last run's edge objects reused where nothing of theirs changed
        const last = state;
        if (last && got.edges.some((e) => last.out.includes(e))) patched++;
        state = got.state;
        // the next round: some events dropped, some changed (a new object), some added; now and then an actor's kind
        events = events.filter(() => r() > 0.1).map((e) => (r() < 0.1 ? { ...e, participants: [...e.participants, pick(ids)] } : e));
        for (let k = Math.floor(r() * 4); k > 0; k--) events.push(make());
        // now and then an actor re-kinded, or unknown (not linkable) until it comes back
        if (r() < 0.15) actors = ids.filter(() => r() > 0.1).map((id) => ({ id, kind: actors.find((a) => a.id === id)?.kind ?? pick(kinds) })).map((a) => (r() < 0.3 ? { ...a, kind: pick(kinds) } : a));
      }
      expect(patched).toBeGreaterThan(20);
    }
  });

  it('without a previous state, equals buildEdges (the one-shot path)', () => {
    const events = [ev('m1', 'meeting', ['c', 'a', 'b']), ev('s1', 'statement', ['d'], 'happened', ['a', 'a'])];
    expect(edgesKept(events, undefined, undefined).edges).toEqual(buildEdges(events));
  });
});
