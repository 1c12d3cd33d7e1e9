import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { mergeEvents } from '../merge';
import { actorMap, input, makeDoc, TEST_PLACES } from '../what/test-helpers';
import { BORROWED_DAY_REMARK, borrowedDayRemark, dayBorrowed, type BorrowedDayItem } from './borrowed-day';

const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
]);
const FORMS = { 'Anna Alder': 'anna-alder', Alder: 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch' };

describe(BORROWED_DAY_REMARK.id, () => {
  // a remark with no day of its own, dated by the day its paragraph's narrative tells (events/context-days.ts)
  const narrated = (docId: string, body: string, published: string, day: string) => {
    const doc = makeDoc(docId, body, published);
    const evs = extractEvents(input(doc, ACTORS, FORMS, {}, {})).map((e) =>
      e.type === 'statement' ? { ...e, date: day, dateSource: 'anchored' as const, dateRange: null, rules: [...(e.rules ?? []), { stage: 'date', rule: 'day-of-the-narrative' }] } : e,
    );
    return { doc, evs };
  };
  const run = (...runs: ReturnType<typeof narrated>[]) =>
    mergeEvents(
      runs.flatMap((r) => r.evs),
      runs.map((r) => r.doc),
      { actors: ACTORS, places: TEST_PLACES },
    ).events.filter((e) => e.type === 'statement');
  const first = (published: string, day: string) => narrated('n-one', 'Anna Alder stressed that both sides should look at the wider picture of their ties.', published, day);
  const second = (published: string, day: string) => narrated('n-two', 'Alder noted that the influence of the two nations in the region kept rising.', published, day);

  it('two pages of one day, each dating the remark by its own narrative a day apart, tell one statement, recorded with the rule', () => {
    const s = run(first('2025-04-29', '2025-04-28'), second('2025-04-29', '2025-04-27'));
    expect(s).toHaveLength(1);
    expect(s[0].rules).toContainEqual({ stage: 'merge', rule: BORROWED_DAY_REMARK.id });
  });
  it('pages of other days in other words, or days two apart, stay two', () => {
    expect(run(first('2025-04-29', '2025-04-28'), second('2025-04-30', '2025-04-27'))).toHaveLength(2);
    expect(run(first('2025-04-29', '2025-04-28'), second('2025-04-29', '2025-04-26'))).toHaveLength(2);
  });

  const item = (docId: string, date: string, opts: { rule?: string; source?: string; occasions?: string[]; published?: string } = {}): BorrowedDayItem => ({
    e: { docId, date, dateSource: (opts.source ?? 'anchored') as never, rules: [{ stage: 'date', rule: opts.rule ?? 'day-of-the-narrative' }] },
    occasions: opts.occasions ?? [],
    published: opts.published ?? '2025-04-29',
  });
  const yes = () => true;
  const no = () => false;
  it('both days borrowed, one apart, across documents, no occasion told apart', () => {
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('b', '2025-04-27', { rule: 'document-lead-stated-day' }), no)).toBe(true);
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('b', '2025-04-28'), yes)).toBe(false);
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('a', '2025-04-27'), yes)).toBe(false);
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('b', '2025-04-27', { rule: 'clause-day', source: 'explicit' }), yes)).toBe(false);
    expect(borrowedDayRemark(item('a', '2025-04-28', { occasions: ['occasion-post'] }), item('b', '2025-04-27', { occasions: ['occasion-press'] }), yes)).toBe(false);
    expect(borrowedDayRemark(item('a', '2025-04-28', { occasions: ['occasion-press'] }), item('b', '2025-04-27'), no)).toBe(true);
  });
  it('pages of other days only when the remark is told alike, within two days', () => {
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('b', '2025-04-27', { published: '2025-04-30' }), no)).toBe(false);
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('b', '2025-04-27', { published: '2025-04-30' }), yes)).toBe(true);
    expect(borrowedDayRemark(item('a', '2025-04-28'), item('b', '2025-04-27', { published: '2025-05-02' }), yes)).toBe(false);
  });
  it('dayBorrowed: an anchored day of the narrative or the lead’s stated day', () => {
    expect(dayBorrowed({ dateSource: 'anchored', rules: [{ stage: 'date', rule: 'day-of-the-narrative' }] })).toBe(true);
    expect(dayBorrowed({ dateSource: 'anchored', rules: [{ stage: 'date', rule: 'document-lead-stated-day' }] })).toBe(true);
    expect(dayBorrowed({ dateSource: 'anchored', rules: [{ stage: 'date', rule: 'day-of-speaker-in-previous-sentence' }] })).toBe(false);
    expect(dayBorrowed({ dateSource: 'explicit', rules: [{ stage: 'date', rule: 'day-of-the-narrative' }] })).toBe(false);
  });
});
