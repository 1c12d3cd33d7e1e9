import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { DATE_ROWS } from '../lang/en-dates';
import { ACTORS, FORMS, PLACES } from './fixtures';
import { dayShift, hoursOf, pageZoneOf, undatedDatelineCity } from './zone-days';

describe('hoursOf: the hours of the writer\'s day a time of day covers (time-of-day-of-the-day)', () => {
  const at = (text: string, expr: string) => hoursOf(text, text.indexOf(expr));
  it('reads late, early, parts of the day and clock times', () => {
    expect(at('talks in Nordvik ended late on Monday', 'on Monday')).toEqual({ from: 19, to: 24 });
    expect(at('they spoke early on Monday', 'on Monday')).toEqual({ from: 0, to: 7 });
    expect(at('they met on Monday evening', 'on Monday')).toEqual({ from: 18, to: 23 });
    expect(at('Birch said this morning', 'this morning')).toEqual({ from: 6, to: 12 });
    expect(at('the call began at 9 p.m. on Monday', 'on Monday')).toEqual({ from: 21, to: 22 });
    expect(at('they will speak tonight', 'tonight')).toEqual({ from: 20, to: 24 });
  });
  it('no time of day, or a time told in the place\'s reckoning (local-time-told): nothing', () => {
    expect(at('they met on Monday in Nordvik', 'on Monday')).toBeNull();
    expect(at('the talks began at 9 p.m. local time on Monday', 'on Monday')).toBeNull();
    expect(at('the talks began at 9 a.m. (0100 GMT) on Monday', 'on Monday')).toBeNull();
    expect(DATE_ROWS.localTime.pattern.test(DATE_ROWS.localTime.example)).toBe(true);
  });
});

describe('dayShift: the same other day for every hour, else none', () => {
  it('a late evening 13 hours behind the place is the next day there', () => {
    expect(dayShift({ from: 19, to: 24 }, 13 * 60)).toBe(1);
  });
  it('a morning 13 hours ahead of the place is the previous day there', () => {
    expect(dayShift({ from: 6, to: 12 }, -13 * 60)).toBe(-1);
  });
  it('a span that straddles the place\'s midnight, or stays in its day, moves nothing', () => {
    expect(dayShift({ from: 18, to: 23 }, 3 * 60)).toBe(0);
    expect(dayShift({ from: 19, to: 24 }, 60)).toBe(0);
    expect(dayShift({ from: 0, to: 24 }, 12 * 60)).toBe(0);
  });
});

describe('day-in-place-zone: a day told with a time of day is the day where it happened', () => {
  const ENTRIES = [{ name: 'Nordvik', kind: 'city' as const, country: 'JP', aliases: [] }];
  const run = (text: string, zone: string | undefined, dates: Record<string, { value: string }>) => {
    const doc = makeDoc('d', text, '2025-03-04');
    if (zone) doc.meta.zone = zone;
    return extractEvents({ ...input(doc, ACTORS, FORMS, dates, PLACES), placeEntries: ENTRIES, zoneEntries: { JP: 'Asia/Tokyo' } });
  };
  it('"late on Monday" written 14 hours behind the place is Tuesday there', () => {
    const [m] = run('Anna Alder and Boris Birch met in Nordvik late on Monday.', 'UTC-05:00', { 'on Monday': { value: '2025-03-03' } });
    expect(m.type).toBe('meeting');
    expect(m.date).toBe('2025-03-04');
    expect(m.rules).toContainEqual({ stage: 'date', rule: 'day-in-place-zone' });
  });
  it('the same words written in the place\'s zone, or without a zone, keep their day', () => {
    for (const zone of ['Asia/Tokyo', undefined]) {
      const [m] = run('Anna Alder and Boris Birch met in Nordvik late on Monday.', zone, { 'on Monday': { value: '2025-03-03' } });
      expect(m.date, String(zone)).toBe('2025-03-03');
      expect(m.rules).not.toContainEqual({ stage: 'date', rule: 'day-in-place-zone' });
    }
  });
  it('a day without a time of day keeps its day (nothing says which half of it)', () => {
    const [m] = run('Anna Alder and Boris Birch met in Nordvik on Monday.', 'UTC-05:00', { 'on Monday': { value: '2025-03-03' } });
    expect(m.date).toBe('2025-03-03');
  });
  it('a clock time is read in the writer\'s zone; told in local time, it keeps its day', () => {
    const [w] = run('Anna Alder and Boris Birch met in Nordvik at 10pm on Monday.', 'UTC-05:00', { 'on Monday': { value: '2025-03-03' } });
    expect(w.date).toBe('2025-03-04');
    const [m] = run('Anna Alder and Boris Birch met in Nordvik at 10pm local time on Monday.', 'UTC-05:00', { 'on Monday': { value: '2025-03-03' } });
    expect(m.date).toBe('2025-03-03');
  });
});

describe('weekday-after-the-page-day-is-today-there', () => {
  const ENTRIES = [
    { name: 'Nordvik', kind: 'city' as const, country: 'JP', aliases: [] },
    { name: 'Avalon', kind: 'city' as const, country: 'GB', aliases: [] },
  ];
  // the page is dated Tuesday 2025-03-04; "on Wednesday" told as past reads as 2025-02-26, six days before
  const run = (text: string, meta: { zone?: string; url?: string } = {}) => {
    const doc = makeDoc('d', text, '2025-03-04');
    Object.assign(doc.meta, meta);
    return extractEvents({ ...input(doc, ACTORS, FORMS, { 'on Wednesday': { value: '2025-02-26' } }, PLACES), placeEntries: ENTRIES, zoneEntries: { JP: 'Asia/Tokyo', GB: 'Europe/London' } });
  };
  const RULE = { stage: 'date', rule: 'weekday-after-the-page-day-is-today-there' };
  it('a past meeting "on Wednesday" in a place nine hours ahead of a page of unknown zone is of the day after the page', () => {
    const [m] = run('Anna Alder and Boris Birch met in Nordvik on Wednesday.');
    expect(m.date).toBe('2025-03-05');
    expect(m.rules).toContainEqual(RULE);
  });
  it('a place whose clock is not five hours ahead of the page, or a page in the place\'s own zone, keeps six days before', () => {
    expect(run('Anna Alder and Boris Birch met in Avalon on Wednesday.')[0].date).toBe('2025-02-26');
    const [m] = run('Anna Alder and Boris Birch met in Nordvik on Wednesday.', { zone: 'Asia/Tokyo' });
    expect(m.date).toBe('2025-02-26');
    expect(m.rules).not.toContainEqual(RULE);
  });
  it('a happening dated by the lead\'s bare weekday takes the day there too (lead-day-today-there)', () => {
    const evs = run('NORDVIK — Anna Alder paid a secret visit to Nordvik and held talks with Boris Birch there, the official news agency of Nordvik said on Wednesday.').filter((e) => e.type !== 'statement');
    expect(evs.length).toBeGreaterThan(0);
    for (const e of evs) expect(e.date).toBe('2025-03-05');
    expect(evs.some((e) => (e.rules ?? []).some((r) => r.rule === 'lead-day-today-there'))).toBe(true);
  });
  it('undatedDatelineCity reads the first city of a dateline without a day', () => {
    expect(undatedDatelineCity('NORDVIK/AVALON (Reuters) – Birch met Alder on Tuesday.')).toBe('Nordvik');
    expect(undatedDatelineCity('ALDER - Birch met Alder.')).toBe('Alder');
    expect(undatedDatelineCity('Birch met Alder on Tuesday.')).toBeNull();
  });
  it('pageZoneOf: front matter, else the country domain, else UTC', () => {
    const zones = new Map([['JP', { iana: 'Asia/Tokyo' }]]);
    expect(pageZoneOf({ zone: 'UTC-05:00' }, zones)).toEqual({ minutes: -300 });
    expect(pageZoneOf({ url: 'https://news.example.jp/a' }, zones)).toEqual({ iana: 'Asia/Tokyo' });
    expect(pageZoneOf({ url: 'https://example.com/a' }, zones)).toEqual({ minutes: 0 });
  });
});
