import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import type { KeepContext, KeepDoc } from './features';
import { BACKGROUND_CONFIDENCE, dayToldWithIt, DROP_DAY_OF_ANOTHER, ownDayOfRemark, STALE_ROWS, staleEvents, staleLag } from './stale';
import { DATE_ROWS } from '../lang/en-dates';
import { keepEvent } from './test-kit';

const text = [
  'Alder and Birch met in Nordvik on Tuesday and agreed on a plan.',
  'They had accepted the outline in Avalon on March 2. “We have a deal,” Birch said.',
  'Cedar said in February that he would not travel.',
  'Last year Birch invited Alder to visit Avalon.',
  'The talks build on the accord the two signed in Cedar Bay in January.',
].join('\n\n');
const doc: KeepDoc = { id: 'doc-1', published: '2031-04-03', kind: 'article', outlet: 'Ex Daily', text, kept: [{ start: 0, end: text.length }] };
const ctx: KeepContext = { docs: new Map([[doc.id, doc]]), actor: () => ({ kind: 'person', discovered: false }) };

const event = (id: string, type: DatasetEvent['type'], quote: string, date: string, over: Partial<DatasetEvent> = {}) => keepEvent(doc, id, type, quote, date, over);

const fresh = () => ({
  meeting: event('meeting-a', 'meeting', 'Alder and Birch met in Nordvik on Tuesday and agreed on a plan.', '2031-04-01'),
  agreement: event('agreement-a', 'agreement', 'Alder and Birch met in Nordvik on Tuesday and agreed on a plan.', '2031-04-01'),
  borrowed: event('statement-birch', 'statement', '“We have a deal,” Birch said.', '2031-03-02', { participants: ['birch'], dateInfo: { expression: null, reference: 'the day of the narrative (2031-03-02)', precision: 'day', range: null } }),
  own: event('statement-cedar', 'statement', 'Cedar said in February that he would not travel.', '2031-02', { participants: ['cedar'], dateInfo: { expression: 'in February', reference: 'published 2031-04-03', precision: 'month', range: null } }),
  plan: event('visit-alder-avalon', 'visit', 'Last year Birch invited Alder to visit Avalon.', '2030', { status: 'planned', participants: ['alder'], location: 'avalon' }),
  background: event('agreement-cedar-bay', 'agreement', 'The talks build on the accord the two signed in Cedar Bay in January.', '2031-01'),
});

describe('keep/stale', () => {
  it('measures the lag from the last day a date covers to the first report', () => {
    const e = fresh();
    expect(staleLag(e.meeting, ctx)).toBe(2);
    expect(staleLag(e.own, ctx)).toBe(34); // 2031-02-28 → 2031-04-03
    expect(staleLag(e.plan, ctx)).toBe(93); // 2030-12-31 → 2031-04-03
    expect(staleLag({ ...e.meeting, date: null }, ctx)).toBeNull();
  });

  it('leaves events within 14 days alone, as the very list when nothing is dropped', () => {
    const e = fresh();
    const events = [e.meeting, e.agreement];
    const r = staleEvents(events, ctx);
    expect(r.events).toBe(events);
    expect(e.meeting.rules).toEqual([]);
    expect(e.meeting.confidence).toBe(0.8);
  });

  it('drops a plan dated long before its report, recording the rule and the lag', () => {
    const e = fresh();
    const r = staleEvents([e.meeting, e.plan], ctx);
    expect(r.events).toEqual([e.meeting]);
    expect(r.dropped).toEqual([expect.objectContaining({ eventId: e.plan.id, rule: STALE_ROWS.plan.id, lag: 93 })]);
  });

  it('re-dates a remark with a borrowed stale day to its document main day', () => {
    const e = fresh();
    const r = staleEvents([e.meeting, e.agreement, e.borrowed], ctx);
    expect(r.events).toHaveLength(3);
    const b = r.events[2];
    expect(b.date).toBe('2031-04-01');
    expect(b.dateInfo.precision).toBe('day');
    expect(b.rules).toEqual([{ stage: 'keep', rule: STALE_ROWS.borrowedDay.id }]);
    // a copy: the object the merge made (and may keep between compiles) is left as it was
    expect(e.borrowed.date).toBe('2031-03-02');
    expect(e.borrowed.rules).toEqual([]);
  });

  it('without a main day, estimates a borrowed remark at the publication day', () => {
    const e = fresh();
    const [b] = staleEvents([e.borrowed], ctx).events;
    expect(b.date).toBe('2031-04-03');
    expect(b.dateInfo.precision).toBe('week');
  });

  it('keeps but demotes a remark whose verb carries its own old day, and background happenings', () => {
    const e = fresh();
    const [own, background] = staleEvents([e.own, e.background], ctx).events;
    expect(own.id).toBe(e.own.id);
    expect(own.date).toBe('2031-02');
    expect(own.confidence).toBe(BACKGROUND_CONFIDENCE);
    expect(own.rules).toEqual([{ stage: 'keep', rule: STALE_ROWS.ownDay.id }]);
    expect(background.rules).toEqual([{ stage: 'keep', rule: STALE_ROWS.background.id }]);
    expect(background.confidence).toBe(BACKGROUND_CONFIDENCE);
    expect(e.background.confidence).toBe(0.8);
  });

  it('leaves an event named by an editor alone', () => {
    const e = fresh();
    const events = [e.plan, e.borrowed];
    const r = staleEvents(events, ctx, new Set([e.plan.id, e.borrowed.id]));
    expect(r.dropped).toEqual([]);
    expect(r.events).toBe(events);
  });

  it('tells a day on the verb of saying from a day of another clause', () => {
    const e = fresh();
    expect(ownDayOfRemark(e.own)).toBe(true);
    const opening = event('s', 'statement', 'Cedar said in February that he would not travel.', '2031-02', { dateInfo: { expression: 'in February', reference: null, precision: 'month', range: null } });
    opening.evidence[0] = { ...opening.evidence[0], quote: 'In February, Cedar said he would not travel.' };
    opening.dateInfo.expression = 'In February';
    expect(ownDayOfRemark(opening)).toBe(true);
    // the day ends a long clause before ", Birch told …": the clause's day, not the remark's
    const other = event('t', 'statement', '“We have a deal,” Birch said.', '2031-03-02', { dateInfo: { expression: 'on March 2', reference: null, precision: 'day', range: null } });
    other.evidence[0] = { ...other.evidence[0], quote: 'The aim was to carry out the outline they accepted in Avalon on March 2, Birch told reporters.' };
    expect(ownDayOfRemark(other)).toBe(false);
    expect(DATE_ROWS.sayingBeforeDay.pattern.test(DATE_ROWS.sayingBeforeDay.example)).toBe(true);
    expect(DATE_ROWS.sayingAfterDay.pattern.test(DATE_ROWS.sayingAfterDay.example)).toBe(true);
  });

  describe('stale-day-of-another-clause: a background happening on a day borrowed from another one', () => {
    const lines = [
      'It was Birch\'s first visit to Avalon since he took office in May.',
      'The envoys\' talks were followed by the ministers\' meeting in Nordvik a week later.',
      'Alder welcomed Birch and Cedar to Nordvik to back the accord from June.',
      'Alder and Birch last met in Nordvik in May.',
      'Cedar said Alder did not meet Birch during his visit to Avalon in May.',
      'Birch visited Avalon in May, the ministry said.',
    ];
    const text2 = lines.join('\n\n');
    const doc2: KeepDoc = { id: 'doc-2', published: '2031-09-01', kind: 'article', outlet: 'Ex Daily', text: text2, kept: [{ start: 0, end: text2.length }] };
    const ctx2: KeepContext = { docs: new Map([[doc2.id, doc2]]), actor: () => ({ kind: 'person', discovered: false }) };
    const at = (i: number, type: DatasetEvent['type'], expression: string, trigger: string, over: Partial<DatasetEvent> = {}) =>
      keepEvent(doc2, `e-${i}-${type}`, type, lines[i], '2031-05', {
        dateInfo: { expression, reference: null, precision: 'month', range: null },
        rules: [{ stage: 'trigger', rule: trigger }],
        ...over,
      });
    const since = at(0, 'visit', 'in May', 'visit-visited', { participants: ['birch'] });
    const later = at(1, 'meeting', 'a week later', 'meeting-met');
    const accord = at(2, 'meeting', 'from June', 'meeting-hosted', { date: '2031-06' });
    const met = at(3, 'meeting', 'in May', 'meeting-met');
    const during = at(4, 'meeting', 'in May', 'meeting-met', { status: 'denied' });
    const visit = at(5, 'visit', 'in May', 'visit-visited', { participants: ['birch'] });

    it('tells a day told with the happening from one borrowed from another', () => {
      expect(dayToldWithIt(since)).toBe(false); // the taking of office's day
      expect(dayToldWithIt(later)).toBe(false); // another meeting's day plus a week
      expect(dayToldWithIt(accord)).toBe(false); // the accord's day, not the welcome's
      expect(dayToldWithIt({ ...met, dateInfo: { ...met.dateInfo, expression: null } })).toBe(true); // no words of a day: nothing against it
      expect(dayToldWithIt(met)).toBe(true);
      expect(dayToldWithIt(during)).toBe(true); // framed in the visit: its day
      expect(dayToldWithIt(visit)).toBe(true);
      // without a trigger recorded, a trigger of its type
      expect(dayToldWithIt({ ...met, rules: [] })).toBe(true);
    });

    it('drops them when the drop is active, else demotes them like any background; real background is demoted either way', () => {
      const all = [since, later, accord, met, during, visit];
      const on = staleEvents(all, ctx2, new Set(), { dropDayOfAnother: true });
      expect(on.dropped.map((d) => [d.eventId, d.rule])).toEqual([since, later, accord].map((e) => [e.id, STALE_ROWS.dayOfAnother.id]));
      expect(on.events.map((e) => e.id)).toEqual([met, during, visit].map((e) => e.id));
      for (const e of on.events) expect(e.rules?.at(-1)).toEqual({ stage: 'keep', rule: STALE_ROWS.background.id });
      const off = staleEvents(all, ctx2, new Set(), { dropDayOfAnother: false });
      expect(off.dropped).toEqual([]);
      expect(off.events).toHaveLength(6);
      expect(staleEvents(all, ctx2).dropped.length).toBe(DROP_DAY_OF_ANOTHER ? 3 : 0);
    });

    it('its row example is a day borrowed from another clause', () => {
      const ex = STALE_ROWS.dayOfAnother.example.replace(/ \(published.*\)$/, '');
      expect(ex).toBe(lines[0]);
    });
  });
});
