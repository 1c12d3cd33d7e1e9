import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { actorMap, input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';
import { toldAsAgreed } from './agreement-days';

const run = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-10'), ACTORS, FORMS, dates, PLACES));

describe('agreements dated by the text', () => {
  it('an agreement given only a year takes the day of the talks it was reached at (agreement-at-its-talks)', () => {
    const evs = run('Anna Alder and Boris Birch agreed to expand trade links this year.\n\nAlder met Birch in Avalon on Saturday.', { 'this year': { value: '2025' }, 'on Saturday': { value: '2025-03-08' } });
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-08');
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-at-its-talks' });
  });
  it('talks of other people do not date it', () => {
    const evs = run('Anna Alder and Boris Birch agreed to expand trade links this year.\n\nAlder met Dana Dogwood in Avalon on Saturday.', { 'this year': { value: '2025' }, 'on Saturday': { value: '2025-03-08' } });
    expect(evs.find((e) => e.type === 'agreement')!.date).toBe('2025');
  });
  it('an undated agreement takes the one day its sentence states (agreement-day-of-its-sentence)', () => {
    const evs = run('Anna Alder and Boris Birch have agreed on a framework, officials said after two days of talks that ended late on Tuesday.', { 'late on Tuesday': { value: '2025-03-04' } });
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-04');
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-day-of-its-sentence' });
  });
  it('the countries of an agreement stand for their leaders at the talks', () => {
    const actors = actorMap([
      ['anna-alder', 'Anna Alder', 'person', 'FD'],
      ['boris-birch', 'Boris Birch', 'person', 'EL'],
      ['FD', 'Freedonia', 'country'],
      ['EL', 'Eastland', 'country'],
    ]);
    const forms = { 'Anna Alder': 'anna-alder', 'Boris Birch': 'boris-birch', Freedonia: 'FD', Eastland: 'EL' };
    const evs = extractEvents(
      input(makeDoc('d', 'Freedonia and Eastland agreed that they will not use force against one another.\n\nOn Thursday, Anna Alder met Boris Birch in Avalon.', '2025-03-10'), actors, forms, { 'On Thursday': { value: '2025-03-06' } }, PLACES),
    );
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-06');
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-at-its-talks' });
  });
});

describe('an undated agreement of an article takes its lead\'s day (agreement-on-the-lead-day)', () => {
  const lead = 'Anna Alder spoke with Boris Birch by phone on Tuesday about the harvest.\n\nThe call lasted an hour.\n\nNo aides were present.\n\nThe weather in Avalon was mild.\n\nMarkets were calm.\n\n';
  const dates = { 'on Tuesday': { value: '2025-03-04' } };
  it('an agreement told by a verb, paragraphs after the dated call', () => {
    const evs = run(lead + 'Alder and Birch agreed to keep talking about grain.', dates);
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-04');
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-on-the-lead-day' });
  });
  it('told by a verb, not named by a noun (toldAsAgreed)', () => {
    const at = (t: string, w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    const verb = 'Alder and Birch agreed to keep talking about grain.';
    expect(toldAsAgreed(verb, at(verb, 'agreed'))).toBe(true);
    const had = 'Officials said both envoys had agreed to meet again.';
    expect(toldAsAgreed(had, at(had, 'agreed'))).toBe(true);
    const noun = 'Cedar praised the accord on grain.';
    expect(toldAsAgreed(noun, at(noun, 'accord'))).toBe(false);
    const named = 'Nordvik welcomed the Avalon deal on Friday.';
    expect(toldAsAgreed(named, at(named, 'deal'))).toBe(false);
  });
  it('a lead telling the news of other people does not date it', () => {
    const other = 'Dana Dogwood spoke to reporters in Nordvik on Tuesday about the harvest.\n\nThe talk lasted an hour.\n\nNo aides were present.\n\nThe weather in Avalon was mild.\n\nMarkets were calm.\n\n';
    const evs = run(other + 'Alder and Birch agreed to keep talking about grain.', dates);
    const a = evs.find((e) => e.type === 'agreement')!;
    // not the lead's day (2025-03-04): only the estimate on the reference day, as a remark's
    expect(a.date).toBe('2025-03-10');
    expect(a.rules).not.toContainEqual({ stage: 'date', rule: 'agreement-on-the-lead-day' });
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-on-reference-day' });
  });
});

describe('an agreement told by a verb with no day anywhere is estimated on the reference day (agreement-on-reference-day)', () => {
  it('an article: the reference day, the day before in its span', () => {
    const evs = run('Anna Alder and Boris Birch agreed to expand trade links.', {});
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-10');
    expect(a.dateInfo.range).toEqual({ from: '2025-03-09', to: '2025-03-10' });
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-on-reference-day' });
  });
  it('one only named by a noun stays undated', () => {
    const evs = run('Anna Alder praised the trade accord with Boris Birch.', {});
    const a = evs.find((e) => e.type === 'agreement');
    if (a) expect(a.date).toBeNull();
  });
  it('one told in the pluperfect, before the story, stays undated', () => {
    const evs = run('Anna Alder and Boris Birch had agreed to expand trade links.', {});
    const a = evs.find((e) => e.type === 'agreement');
    if (a) expect(a.date).toBeNull();
  });
  it('a transcript keeps its agreements undated', () => {
    const doc = { ...makeDoc('d', 'Anna Alder and Boris Birch agreed to expand trade links.', '2025-03-10'), meta: { ...makeDoc('d', 'x', '2025-03-10').meta, kind: 'transcript' as const } };
    const evs = extractEvents(input(doc, ACTORS, FORMS, {}, PLACES));
    const a = evs.find((e) => e.type === 'agreement');
    if (a) expect(a.date).toBeNull();
  });
});
