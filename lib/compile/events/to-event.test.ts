import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';
import { heldBySomeone } from './to-event';
import { EN } from '../lang/en';

describe('to-event pass', () => {
  it('a remark with no day of its own: in an article its reference day (context-days.ts), in a transcript its day; an estimate, said so', () => {
    const [t] = extractEvents(input(makeDoc('t', 'Anna Alder said the harvest was good.', '2025-03-04', 'transcript'), ACTORS, FORMS, {}, PLACES));
    expect(t.date).toBe('2025-03-04');
    expect(t.rules).toContainEqual({ stage: 'date', rule: 'publication-day-estimated' });
    const [s] = extractEvents(input(makeDoc('d', 'Anna Alder said the harvest was good.', '2025-03-04'), ACTORS, FORMS, {}, PLACES));
    expect(s.type).toBe('statement');
    expect(s.date).toBe('2025-03-04');
    expect(s.dateInfo.precision).toBe('week');
    expect(s.dateInfo.range).toEqual({ from: '2025-03-03', to: '2025-03-04' });
    expect(s.dateInfo.reference).toMatch(/no day in the text/);
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'reference-day-estimated' });
  });

  it('a remark with its own day keeps it', () => {
    const [s] = extractEvents(input(makeDoc('d', 'Anna Alder said on Monday that the harvest was good.', '2025-03-04'), ACTORS, FORMS, { 'on Monday': { value: '2025-03-03' } }, PLACES));
    expect(s.date).toBe('2025-03-03');
    expect(s.dateInfo.precision).toBe('day');
  });

  it('rules are listed once each, mentions of one happening grouped (cluster stage)', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder met Boris Birch in Avalon. The talks ended without agreement.'), ACTORS, FORMS, {}, PLACES));
    const m = evs.find((e) => e.type === 'meeting')!;
    const keys = m.rules!.map((w) => `${w.stage}:${w.rule}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(m.rules).toContainEqual({ stage: 'cluster', rule: 'references-attached' });
  });

  it('a meeting going on as the text is published, given only the year, is on the day of publication (ongoing-narrows-month-or-year)', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder is meeting Boris Birch in Avalon on her third visit this year.', '2025-07-07'), ACTORS, FORMS, { 'this year': { value: '2025', precision: 'year' } }, PLACES));
    const m = evs.find((e) => e.type === 'meeting')!;
    expect(m.date).toBe('2025-07-07');
    expect(m.rules).toContainEqual({ stage: 'date', rule: 'ongoing-narrows-month-or-year' });
  });
});

describe('held-by-someone (types r7)', () => {
  const at = (s: string, w: string) => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length });
  it('the row’s example: a summit someone held is an event even with no named person', () => {
    const s = EN.heldBySomeone.example;
    expect(heldBySomeone(s, at(s, 'summit'), 'summit')).toBe(true);
    const t = 'The leaders of the Nordvik Pact are meeting in Avalon today.';
    expect(heldBySomeone(t, at(t, 'meeting'), 'meeting')).toBe(true);
  });
  it('a summit or meeting named in passing is not', () => {
    for (const [s, w] of [
      ['Both capitals welcomed the swift return of exchanges, with the first joint summit held in Avalon a month after the vote.', 'summit'],
      ['Regional leaders approved a communique on the opening day of their summit in Avalon.', 'summit'],
      ["The talks were followed by the national security advisers' meeting in Nordvik a week later.", 'meeting'],
    ] as const)
      expect(heldBySomeone(s, at(s, w), w)).toBe(false);
  });
  it('end to end: the held summit is an event, the summit named in passing is not', () => {
    const held = extractEvents(input(makeDoc('h', 'Leaders of the northern countries held a summit in Avalon on Monday.', '2025-03-04'), ACTORS, FORMS, { 'on Monday': { value: '2025-03-03', precision: 'day' } }, PLACES));
    expect(held.filter((e) => e.type === 'meeting')).toHaveLength(1);
    const passing = extractEvents(input(makeDoc('p', 'Both capitals welcomed the first joint summit held in Avalon on Monday.', '2025-03-04'), ACTORS, FORMS, { 'on Monday': { value: '2025-03-03', precision: 'day' } }, PLACES));
    expect(passing.filter((e) => e.type === 'meeting')).toHaveLength(0);
  });
});
