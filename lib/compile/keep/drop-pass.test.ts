import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import { dropWhere, dropWhereKept, withDrops } from './drop-pass';
import { diffById } from '../keep';

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

  it('with a state: the rule read only on the events that are not last run’s objects, the same outcome as dropWhere', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(ev);
    const read: string[] = [];
    const rule = (e: DatasetEvent) => (read.push(e.id), e.title.endsWith('!'));
    const first = dropWhereKept([a, b, c], 'rule-x', rule, new Set(), undefined, diffById);
    expect(read).toEqual(['a', 'b', 'c']);
    read.length = 0;
    const b2 = { id: 'b', title: 'Event b!' } as DatasetEvent; // b made again (a new object), d new
    const list = [a, b2, c, d];
    const next = dropWhereKept(list, 'rule-x', rule, new Set(), first.state, diffById);
    expect(read).toEqual(['b', 'd']);
    const want = dropWhere(list, 'rule-x', (e) => e.title.endsWith('!'), new Set());
    expect(next.events).toEqual(want.events);
    expect(next.dropped).toEqual(want.dropped);
    // a correction naming b keeps it, from the kept answer too (the rule not read again)
    read.length = 0;
    const kept = dropWhereKept(list, 'rule-x', rule, new Set(['b']), next.state, diffById);
    expect(read).toEqual([]);
    expect(kept.events).toBe(list);
    expect(kept.dropped).toEqual([]);
  });
});
