import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';

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
