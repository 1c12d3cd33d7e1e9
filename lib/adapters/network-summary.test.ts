import { describe, expect, it } from 'vitest';
import { FIXTURE_INDEX } from './fixtures';
import { buildEdges } from '../compile/network';
import type { DataIndex, DatasetActor, IndexEvent } from '../schema';
import { networkModel, networkView, type CyElements, type NetworkOptions } from './network';
import { decodeNetworkSummary, networkSummary, summaryView } from './network-summary';

/** A seeded random network: `actors` people and organisations, `events` meetings, calls, visits and statements among them. */
function randomIndex(seed: number, actors: number, events: number): DataIndex {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const a0 = FIXTURE_INDEX.actors[0];
  const people: DatasetActor[] = Array.from({ length: actors }, (_, i) => ({
    ...a0,
    id: `a${String(i).padStart(3, '0')}`,
    name: `Actor ${i}`,
    kind: i % 7 === 0 ? 'organization' : 'person',
    affiliation: pick(['North', 'South', 'East', null]),
    discovered: i % 5 === 0,
    eventCount: 0,
  }));
  const e0 = FIXTURE_INDEX.events[0];
  // a few busy actors, many quiet ones
  const who = () => people[Math.floor(Math.pow(rnd(), 2.5) * actors)].id;
  const list: IndexEvent[] = Array.from({ length: events }, (_, i) => {
    const type = pick(['meeting', 'call', 'visit', 'statement'] as const);
    const participants = Array.from({ length: 1 + Math.floor(rnd() * 3) }, who);
    const day = `2024-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    return {
      ...e0,
      id: `${type}-${day}-e${i}`,
      type,
      date: rnd() < 0.05 ? null : day,
      week: null,
      status: rnd() < 0.1 ? 'cancelled' : 'happened',
      participants,
      respondsTo: type === 'statement' && rnd() < 0.5 ? [who()] : [],
    } as IndexEvent;
  });
  const count = new Map<string, number>();
  for (const e of list) for (const p of new Set(e.participants)) count.set(p, (count.get(p) ?? 0) + 1);
  const withCounts = people.map((a) => ({ ...a, eventCount: count.get(a.id) ?? 0 }));
  return { ...FIXTURE_INDEX, actors: withCounts, events: list, edges: buildEdges(list, withCounts), positions: {} };
}

/** networkView's elements as the summary gives them: no event ids, their number in `events`. */
const withoutIds = (v: CyElements) => ({ ...v, edges: v.edges.map((e) => ({ data: { ...e.data, eventIds: [] } })) });

describe('the network of every event from the index head (networkSummary → summaryView)', () => {
  it('draws what networkView draws from the whole index, whenever the summary holds the actors asked for', () => {
    let compared = 0;
    for (const seed of [1, 2, 3]) {
      const index = randomIndex(seed, 60, 400);
      const model = networkModel(index);
      for (const size of [8, 25, 300]) {
        const summary = decodeNetworkSummary(JSON.parse(JSON.stringify(networkSummary(index, size))), index.actors);
        const busiest = summary.actors[0].id;
        const quiet = index.actors[index.actors.length - 1].id;
        const options: NetworkOptions[] = [{}, { limit: 5 }, { limit: 8 }, { limit: 20, maxEdges: 10 }, { limit: 8, include: [busiest] }, { limit: 5, include: [quiet] }, { maxEdges: 3, include: [busiest] }];
        for (const opts of options) {
          const got = summaryView(summary, opts);
          const whole = networkView(model, null, opts);
          if (got === null) {
            // only when it cannot tell: more actors than it holds, or a selection outside it
            const held = new Set(summary.actors.map((a) => a.id));
            expect(summary.total > summary.actors.length).toBe(true);
            expect((opts.limit ?? Infinity) > summary.actors.length || (opts.include ?? []).some((id) => !held.has(id))).toBe(true);
            continue;
          }
          compared++;
          expect(got).toEqual(withoutIds(whole));
          for (const e of whole.edges) expect(e.data.events).toBe(e.data.eventIds.length);
        }
      }
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('is small: the most active actors and only the links between them', () => {
    const index = randomIndex(7, 200, 2000);
    const wire = networkSummary(index, 20);
    expect(wire.actors.length).toBe(20);
    expect(wire.activity).toEqual([...wire.activity].sort((a, b) => b - a));
    expect(wire.links.length % 4).toBe(0);
    for (let i = 0; i < wire.links.length; i += 4) {
      expect(wire.links[i]).toBeLessThan(20);
      expect(wire.links[i + 1]).toBeLessThan(20);
    }
    expect(wire.total).toBe(networkView(networkModel(index)).total);
  });

  it('draws the fixture network as networkView does', () => {
    const model = networkModel(FIXTURE_INDEX);
    const summary = decodeNetworkSummary(networkSummary(FIXTURE_INDEX), FIXTURE_INDEX.actors);
    expect(summaryView(summary)).toEqual(withoutIds(networkView(model)));
    expect(summaryView(summary)!.nodes.length).toBeGreaterThan(1);
  });
});
