import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { computePositions, hashUnit, ticksFor } from './layout';

describe('computePositions', () => {
  it('is deterministic and places every actor', () => {
    const a = computePositions(FIXTURE);
    expect(computePositions(FIXTURE)).toEqual(a);
    expect(Object.keys(a).sort()).toEqual(FIXTURE.actors.map((x) => x.id).sort());
    for (const [x, y] of Object.values(a)) expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    const [bx, by] = a['anna-berg'];
    const [tx, ty] = a['trade-bloc'];
    expect(Math.hypot(bx - tx, by - ty)).toBeGreaterThan(20);
  });

  it('starts each actor from its id, so an unrelated addition moves the others little', () => {
    const a = computePositions(FIXTURE);
    const more = {
      actors: [...FIXTURE.actors, { ...FIXTURE.actors[0], id: 'zed-newcomer', name: 'Zed' }],
      edges: FIXTURE.edges,
    };
    const b = computePositions(more);
    expect(b['zed-newcomer']).toBeDefined();
    for (const id of Object.keys(a)) expect(Math.hypot(a[id][0] - b[id][0], a[id][1] - b[id][1])).toBeLessThan(60);
  });

  it('spends fewer ticks on big graphs', () => {
    expect(ticksFor(100)).toBe(300);
    expect(ticksFor(5000)).toBeLessThan(100);
    expect(hashUnit('a')).not.toBe(hashUnit('b'));
  });
});
