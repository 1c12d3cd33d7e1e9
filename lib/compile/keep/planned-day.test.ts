import { describe, expect, it } from 'vitest';
import type { KeepContext, KeepDoc } from './features';
import { PLAN_WINDOW_DAYS, PLANNED_DAY_ROWS, plannedDays, samePeople } from './planned-day';
import { keepEvent } from './test-kit';
import { placeBook, placesCompatible } from '../what/places';

const planText = 'Alder will visit Nordvik from 3 to 5 June, aides said. Alder and Birch will meet in Avalon on May 10.';
const plan: KeepDoc = { id: 'doc-plan', published: '2031-05-02', kind: 'article', outlet: 'Ex Daily', text: planText, kept: [{ start: 0, end: planText.length }] };
const happenedText = 'Crowds lined the streets as Alder toured Nordvik. The talks between Alder, Birch and Cedar in Avalon opened with sharp words.';
const happened: KeepDoc = { id: 'doc-happened', published: '2031-06-04', kind: 'article', outlet: 'Ex Daily', text: happenedText, kept: [{ start: 0, end: happenedText.length }] };
const ctx: KeepContext = { docs: new Map([plan, happened].map((d) => [d.id, d])), actor: () => ({ kind: 'person', discovered: false }) };
const book = placeBook([
  { name: 'Nordvik', kind: 'city', aliases: [] },
  { name: 'Nordvik Palace', kind: 'venue', within: 'Nordvik', aliases: [] },
  { name: 'Cedar Bay', kind: 'city', aliases: [] },
]);
const within = (a: string | null, b: string | null) => placesCompatible(book, a, b);

const fresh = () => ({
  planVisit: keepEvent(plan, 'visit-plan', 'visit', 'Alder will visit Nordvik from 3 to 5 June', '2031-06-03', { status: 'planned', participants: ['alder'], location: 'Nordvik' }),
  visit: keepEvent(happened, 'visit-undated', 'visit', 'Crowds lined the streets as Alder toured Nordvik.', '', { date: null, participants: ['alder'], location: 'Nordvik' }),
  planMeeting: keepEvent(plan, 'meeting-plan', 'meeting', 'Alder and Birch will meet in Avalon on May 10.', '2031-05-10', { status: 'planned', participants: ['alder', 'birch'], location: 'Avalon' }),
  meeting: keepEvent(happened, 'meeting-undated', 'meeting', 'The talks between Alder, Birch and Cedar in Avalon opened with sharp words.', '', { date: null, participants: ['alder', 'birch', 'cedar'], location: 'Avalon' }),
});

describe('keep/planned-day', () => {
  it('dates an undated happened visit by the stated day of an earlier plan of the same people and place, rule in its trace', () => {
    const e = fresh();
    const r = plannedDays([e.planVisit, e.visit], ctx, within);
    expect(r.dated).toEqual(['visit-undated']);
    const v = r.events[1];
    expect(v.date).toBe('2031-06-03');
    expect(v.rules).toContainEqual({ stage: 'keep', rule: PLANNED_DAY_ROWS.dayOfEarlierPlan.id });
    expect(v.dateInfo.reference).toContain('visit-plan');
    // a copy: the merge's objects are left as they were
    expect(e.visit.date).toBeNull();
  });

  it('takes a plan told at a place within the happening\'s (a palace of the city)', () => {
    const e = fresh();
    expect(plannedDays([{ ...e.planVisit, location: 'Nordvik Palace' }, e.visit], ctx, within).dated).toEqual(['visit-undated']);
  });

  it('leaves the list as it was when nothing qualifies', () => {
    const e = fresh();
    const events = [e.planVisit, { ...e.visit, location: 'Cedar Bay' }];
    const r = plannedDays(events, ctx, within);
    expect(r.events).toBe(events);
    expect(r.dated).toEqual([]);
  });

  it('does not take a plan day that is after the happened report, or more than 14 days before it', () => {
    const e = fresh();
    expect(plannedDays([{ ...e.planVisit, date: '2031-06-09' }, e.visit], ctx, within).dated).toEqual([]);
    // the meeting planned for May 10 is 25 days before the report of June 4
    expect(plannedDays([e.planMeeting, e.meeting], ctx, within).dated).toEqual([]);
  });

  it('needs the plan published before the happened report and within the window', () => {
    const e = fresh();
    const late: KeepDoc = { ...plan, id: 'doc-late', published: '2031-06-04' };
    const early: KeepDoc = { ...plan, id: 'doc-early', published: '2031-03-01' };
    const c2: KeepContext = { ...ctx, docs: new Map([plan, happened, late, early].map((d) => [d.id, d])) };
    const onLate = { ...e.planVisit, evidence: [{ ...e.planVisit.evidence[0], documentId: 'doc-late' }] };
    const onEarly = { ...e.planVisit, evidence: [{ ...e.planVisit.evidence[0], documentId: 'doc-early' }] };
    expect(plannedDays([onLate, e.visit], c2, within).dated).toEqual([]);
    expect(95).toBeGreaterThan(PLAN_WINDOW_DAYS);
    expect(plannedDays([onEarly, e.visit], c2, within).dated).toEqual([]);
  });

  it('needs a stated day of the same type (not a day estimated from "next week")', () => {
    const e = fresh();
    expect(plannedDays([{ ...e.planVisit, dateInfo: { ...e.planVisit.dateInfo, precision: 'week' } }, e.visit], ctx, within).dated).toEqual([]);
    expect(plannedDays([{ ...e.planVisit, type: 'meeting' }, e.visit], ctx, within).dated).toEqual([]);
  });

  it('leaves an event named by a correction alone', () => {
    const e = fresh();
    expect(plannedDays([e.planVisit, e.visit], ctx, within, new Set(['visit-undated'])).dated).toEqual([]);
  });

  it('same people: one side all among the other, two shared when the happening has two', () => {
    expect(samePeople(['alder', 'birch', 'cedar'], ['alder', 'birch'])).toBe(true);
    expect(samePeople(['alder'], ['alder'])).toBe(true);
    expect(samePeople(['alder', 'cedar'], ['alder', 'birch'])).toBe(false);
    expect(samePeople(['alder', 'birch'], ['alder'])).toBe(false);
    expect(samePeople([], ['alder'])).toBe(false);
  });
});
