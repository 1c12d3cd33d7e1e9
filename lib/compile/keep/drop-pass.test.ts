import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import { dropWhere, withDrops } from './drop-pass';

const ev = (id: string) => ({ id, title: `Event ${id}` }) as DatasetEvent;

describe('keep/drop-pass', () => {
  it('drops the events the rule reads as none, in order, and hands back the very list when it drops none', () => {
    const list = [ev('a'), ev('b'), ev('c'), ev('d')];
    const r = dropWhere(list, 'rule-x', (e) => e.id === 'b' || e.id === 'd', new Set());
    expect(r.events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(r.dropped).toEqual([
      { eventId: 'b', title: 'Event b', score: 0, threshold: 0, against: [], rule: 'rule-x' },
      { eventId: 'd', title: 'Event d', score: 0, threshold: 0, against: [], rule: 'rule-x' },
    ]);
    expect(dropWhere(list, 'rule-x', () => false, new Set()).events).toBe(list);
    expect(dropWhere(list, 'rule-x', () => true, new Set(['a', 'b', 'c', 'd'])).events).toBe(list);
  });

  it('adds a pass’s drops to the earlier ones sorted by event id, or hands back the earlier outcome when it dropped none', () => {
    const prior = { events: [ev('a'), ev('c')], dropped: [{ eventId: 'c0', title: '', score: 0, threshold: 0, against: [] }] };
    const r = dropWhere(prior.events, 'rule-y', (e) => e.id === 'a', new Set());
    const out = withDrops(prior, r);
    expect(out.events.map((e) => e.id)).toEqual(['c']);
    expect(out.dropped.map((d) => d.eventId)).toEqual(['a', 'c0']);
    expect(withDrops(prior, dropWhere(prior.events, 'rule-y', () => false, new Set()))).toBe(prior);
  });
});
