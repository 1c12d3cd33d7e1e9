import { describe, expect, it } from 'vitest';
import { DATE_ROWS, RESPOND_ROWS } from './en-dates';

describe('English date rows', () => {
  it('every row has an id, an effect, and an example its pattern matches', () => {
    const ids = new Set<string>();
    for (const r of [...Object.values(DATE_ROWS), ...Object.values(RESPOND_ROWS)]) {
      expect(r.id).toMatch(/^[a-z-]+$/);
      expect(ids.has(r.id)).toBe(false);
      ids.add(r.id);
      expect(r.effect.length).toBeGreaterThan(20);
      r.pattern.lastIndex = 0;
      expect(r.pattern.test(r.example), r.id).toBe(true);
    }
  });
  it('a section break is a blank line or a set-aside line, not a plain line break', () => {
    expect(DATE_ROWS.sectionBreak.pattern.test('\n\n')).toBe(true);
    expect(DATE_ROWS.sectionBreak.pattern.test('\nReactions abroad\n')).toBe(true);
    expect(DATE_ROWS.sectionBreak.pattern.test('\n')).toBe(false);
    expect(DATE_ROWS.sectionBreak.pattern.test(' ')).toBe(false);
  });
  it('a remark tied to a moment of a happening names that happening', () => {
    expect(DATE_ROWS.remarkAtMoment.pattern.exec('was adopted at the start of the talks in the capital')?.[1]).toBe('the talks');
    expect(DATE_ROWS.remarkAsOpening.pattern.exec('as he opened the summit, the host said')?.[1]).toBe('the summit');
    expect(DATE_ROWS.remarkAtMoment.pattern.test('at the start of the year')).toBe(false);
  });
});

describe('quoted stretches', () => {
  it('pairs of marks, and a closing mark of a quote begun before', async () => {
    const { quoteSpans } = await import('../events/statements');
    const t = 'I saw it earlier today," she said.';
    expect(quoteSpans(t)).toEqual([{ start: 0, end: t.indexOf('"') + 1 }]);
    expect(quoteSpans('He said “no” twice.')).toEqual([{ start: 8, end: 12 }]);
  });
});

describe('same-weekday-ahead-is-today', () => {
  it('a bare weekday is the row\'s case; "next Monday" and "this coming Monday" are not', () => {
    expect(DATE_ROWS.sameWeekdayAhead.pattern.test('on Monday')).toBe(true);
    expect(DATE_ROWS.sameWeekdayAhead.pattern.test('Monday evening')).toBe(true);
    expect(DATE_ROWS.sameWeekdayAhead.pattern.test('next Monday')).toBe(false);
    expect(DATE_ROWS.sameWeekdayAhead.pattern.test('this coming Monday')).toBe(false);
  });
});

describe('told-before-the-story', () => {
  it('a pluperfect or a framing clause right before the trigger; a plain past is not', () => {
    const p = DATE_ROWS.storyBefore.pattern;
    expect(p.test('Anna Alder had ')).toBe(true);
    expect(p.test('It was the first time the two had ever ')).toBe(true);
    expect(p.test('When Anna Alder ')).toBe(true);
    expect(p.test('After the vote, Anna Alder ')).toBe(false);
    expect(p.test('Anna Alder ')).toBe(false);
  });
});
