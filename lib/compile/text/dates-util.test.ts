import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isDay, mondayOf, monthEnd, resolveAnchor, weekdayAfter, weekdayBefore, weekdayOf } from './dates-util';

describe('dates-util (UTC)', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(resolveAnchor('2025-02-18', -3)).toBe('2025-02-15');
  });

  it('weekdays', () => {
    expect(weekdayOf('2025-02-18')).toBe(2); // Tuesday
    expect(weekdayBefore('2025-02-18', 2)).toBe('2025-02-18');
    expect(weekdayBefore('2025-02-18', 5)).toBe('2025-02-14');
    expect(weekdayBefore('2025-02-18', 0)).toBe('2025-02-16');
    expect(weekdayBefore('2025-04-24', 3)).toBe('2025-04-23');
    expect(weekdayAfter('2025-02-18', 5)).toBe('2025-02-21');
    expect(weekdayAfter('2025-02-18', 2)).toBe('2025-02-25');
  });

  it('ISO weeks, months and validity', () => {
    expect(mondayOf('2025-02-18')).toBe('2025-02-17');
    expect(mondayOf('2025-02-16')).toBe('2025-02-10');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(daysBetween('2025-02-18', '2025-02-21')).toBe(3);
    expect(isDay(2025, 2, 29)).toBe(false);
    expect(isDay(2024, 2, 29)).toBe(true);
  });
});
