import { describe, expect, it } from 'vitest';
import type { DatasetActor } from '../schema';
import { parseAnnotations } from './annotations';
import { scoreActors, scoreEdges } from './actors';

const YAML = `
people:
  - { id: anna-berg, name: Anna Berg, aliases: [Berg] }
  - { id: tom-keller, name: Tom Keller }
realActors:
  - land-a
  - { id: land-b, names: [Land B, Bland] }
events:
  - id: m
    type: meeting
    main: true
    date: 2025-02-18
    participants: [anna-berg, tom-keller]
    quotes: { d: "Anna Berg met Tom Keller" }
edges:
  - { kind: met, pair: [tom-keller, anna-berg] }
  - { kind: called, pair: [anna-berg, land-a] }
  - { kind: responded_to, pair: [tom-keller, anna-berg] }
absentEdges:
  - { kind: met, pair: [anna-berg, land-b] }
`;

function actor(x: Partial<DatasetActor> & { id: string }): DatasetActor {
  return { name: x.id, kind: 'person', affiliation: null, aliases: [], role: null, discovered: false, surfaceForms: [], eventCount: 0, ...x };
}

describe('actors and edges', () => {
  const { annotations, problems } = parseAnnotations(YAML, 't.yaml');
  it('parses', () => {
    expect(problems).toEqual([]);
    expect(annotations).not.toBeNull();
  });

  it('finds people by id or by name/alias among surface forms; listed-only actors do not count', () => {
    const f = scoreActors(annotations!, [
      actor({ id: 'anna-berg' }), // in the data file but never found in the text
      actor({ id: 'keller', name: 'Keller', discovered: true, surfaceForms: ['Tom Keller'] }),
    ]);
    expect(f.peopleFound).toEqual(['tom-keller']);
    expect(f.peopleMissed).toEqual(['anna-berg']);
    expect(f.peopleRecall).toBe(0.5);
  });

  it('lists junk actors: found actors matching no real actor by id or name', () => {
    const f = scoreActors(annotations!, [
      actor({ id: 'anna-berg', surfaceForms: ['Berg'] }),
      actor({ id: 'bland-x', name: 'Bland', discovered: true, kind: 'country' }),
      actor({ id: 'the-daily', name: 'The Daily', discovered: true, surfaceForms: ['The Daily'] }),
      actor({ id: 'land-a', eventCount: 1 }),
    ]);
    expect(f.compiled).toBe(4);
    expect(f.real).toBe(3);
    expect(f.junk.map((j) => j.id)).toEqual(['the-daily']);
    expect(f.actorPrecision).toBe(0.75);
  });

  it('scores met/called pairs unordered, responded_to directed, and flags absent edges', () => {
    const f = scoreEdges(annotations!, [
      { source: 'anna-berg', target: 'tom-keller', kind: 'met', eventIds: ['e'] },
      { source: 'anna-berg', target: 'tom-keller', kind: 'responded_to', eventIds: ['e'] },
      { source: 'land-b', target: 'anna-berg', kind: 'met', eventIds: ['e'] },
    ]);
    expect(f).toMatchObject({ found: 1, total: 2, recall: 0.5, respondedFound: 0, respondedTotal: 1 });
    expect(f.missed).toEqual(['called:anna-berg—land-a']);
    expect(f.wrong).toEqual(['met:anna-berg—land-b']);
  });
});
