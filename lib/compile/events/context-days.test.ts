import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';

const run = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-06'), ACTORS, FORMS, dates, PLACES));

describe('dates after clustering', () => {
  it('an agreement told right after a dated meeting is on its day (day-of-the-narrative)', () => {
    const evs = run('On Monday, Anna Alder and Boris Birch met in Avalon. They signed a declaration on trade.', { 'On Monday': { value: '2025-03-03' } });
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-03');
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'day-of-the-narrative' });
  });
  it('an agreement dated by a later reference to it ("the agreement, reached on Monday")', () => {
    const [a] = run('Anna Alder and Boris Birch agreed to a truce. The agreement, reached on Monday, takes effect today.', { 'on Monday': { value: '2025-03-03' }, today: { value: '2025-03-06' } });
    expect(a.type).toBe('agreement');
    expect(a.date).toBe('2025-03-03');
  });
});
