import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';

const run = (text: string, dates: Record<string, { value: string }> = {}) => extractEvents(input(makeDoc('d', text, '2025-03-10'), ACTORS, FORMS, dates, PLACES));
const agreements = (text: string, dates: Record<string, { value: string }> = {}) => run(text, dates).filter((e) => e.type === 'agreement');

describe('planned agreements no day dates (planned-agreement-without-day)', () => {
  it('an aim told as to come, with no day, month or year, is left out', () => {
    expect(agreements('Anna Alder and Boris Birch will sign a declaration on trade.')).toEqual([]);
    expect(agreements('In return, Anna Alder would agree to normalise relations with Boris Birch.')).toEqual([]);
  });
  it('a planned signing the text dates stays', () => {
    const a = agreements('Anna Alder and Boris Birch will sign a declaration on trade on Friday.', { 'on Friday': { value: '2025-03-14' } });
    expect(a).toHaveLength(1);
    expect(a[0].status).toBe('planned');
    expect(a[0].date).toBe('2025-03-14');
  });
  it('an agreement that happened stays, dated or not', () => {
    expect(agreements('Anna Alder and Boris Birch signed a declaration on trade.')).toHaveLength(1);
  });
  it('other planned happenings without a day stay', () => {
    expect(run('Anna Alder will meet Boris Birch in Avalon.').filter((e) => e.type === 'meeting')).toHaveLength(1);
  });
});
