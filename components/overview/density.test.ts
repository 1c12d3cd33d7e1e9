import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '@/lib/schema';
import { density } from './density';

const ev = (date: string | null, type: DatasetEvent['type'] = 'call', dateInfo: Partial<DatasetEvent['dateInfo']> = {}) =>
  ({ date, type, dateInfo: { expression: null, reference: null, precision: null, range: null, ...dateInfo } }) as DatasetEvent;

describe('density', () => {
  it('counts dated events per day and type over the padded period', () => {
    const d = density([ev('2025-02-12'), ev('2025-02-12', 'meeting'), ev('2025-02-18', 'meeting'), ev(null)], 120, 2)!;
    expect([d.from, d.to, d.binDays, d.bins.length, d.max]).toEqual(['2025-02-10', '2025-02-21', 1, 11, 2]);
    expect(d.bins[2]).toEqual({ start: '2025-02-12', end: '2025-02-13', counts: { call: 1, meeting: 1 }, total: 2 });
    expect(d.bins.reduce((s, b) => s + b.total, 0)).toBe(3);
  });
  it('puts a month at its first day and a stated week at its first day', () => {
    const d = density([ev('2025-03'), ev('2025-02-19', 'visit', { precision: 'week', range: { from: '2025-02-10', to: '2025-02-14' } })], 120, 0)!;
    expect(d.from).toBe('2025-02-10');
    expect(d.bins[0].counts).toEqual({ visit: 1 });
    expect(d.bins.find((b) => b.start === '2025-03-01')!.total).toBe(1);
  });
  it('uses week bins over a long period, and nothing when nothing is dated', () => {
    const d = density([ev('2024-01-01'), ev('2025-06-01')])!;
    expect(d.binDays % 7).toBe(0);
    expect(d.bins.length).toBeLessThanOrEqual(120);
    expect(density([ev(null)])).toBeNull();
  });
});

describe('densityOf, densityOfSliced', () => {
  it('give what density gives, once per events array, the sliced one pausing between slices', async () => {
    const { densityOf, densityOfSliced } = await import('./density');
    const events = Array.from({ length: 40000 }, (_, i) => ev(new Date(Date.UTC(2024, 0, 1) + (i % 500) * 86400000).toISOString().slice(0, 10), i % 3 ? 'call' : 'meeting'));
    let pauses = 0;
    const sliced = await densityOfSliced(events, async () => void pauses++);
    expect(pauses).toBeGreaterThan(2);
    expect(sliced).toEqual(density(events));
    // kept: the same object for the same array
    expect(densityOf(events)).toBe(sliced);
    const other = events.slice();
    expect(densityOf(other)).toEqual(sliced);
    expect(densityOf(other)).not.toBe(sliced);
  });
});
