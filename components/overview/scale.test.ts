import { describe, expect, it } from 'vitest';
import { timeScale, timeTicks } from './scale';

const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('timeScale', () => {
  it('maps the period onto the width and back', () => {
    const x = timeScale(t('2025-01-01'), t('2025-01-11'), 1000);
    expect(x(t('2025-01-06'))).toBe(500);
    expect(day(x.invert(250))).toBe('2025-01-03');
    expect(x.range).toEqual([0, 1000]);
  });
});

describe('timeTicks', () => {
  it('gives days for a short period', () => {
    const ticks = timeTicks(t('2025-02-10'), t('2025-02-14'), 10);
    expect(ticks.map((k) => day(k.t))).toEqual(['2025-02-10', '2025-02-11', '2025-02-12', '2025-02-13', '2025-02-14']);
    expect(ticks[0].label).toBe('Feb 10');
  });
  it('gives Mondays for a few weeks', () => {
    const ticks = timeTicks(t('2025-02-01'), t('2025-03-15'), 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    for (const k of ticks) expect(new Date(k.t).getUTCDay()).toBe(1);
  });
  it('gives months, with the year on January, for a long period', () => {
    const ticks = timeTicks(t('2024-10-15'), t('2025-04-20'), 8);
    expect(ticks.map((k) => k.label)).toEqual(['Nov', 'Dec', '2025', 'Feb', 'Mar', 'Apr']);
  });
  it('never gives more than asked', () => {
    for (const [a, b, n] of [['2000-01-01', '2030-01-01', 3], ['2025-01-01', '2025-01-02', 1], ['2025-01-01', '2026-06-01', 5]] as const) {
      expect(timeTicks(t(a), t(b), n).length).toBeLessThanOrEqual(n);
    }
  });
});
