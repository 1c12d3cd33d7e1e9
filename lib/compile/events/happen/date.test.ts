import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';
import { dateRule, reportDay } from './date';
import { extractEvents } from '../../events';
import { input, makeDoc } from '../../what/test-helpers';
import { ACTORS, FORMS, PLACES } from '../fixtures';

describe('date passes', () => {
  it('the clause’s day is the happening’s (relative-to-publication at emit)', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon on Tuesday.', { dates: { 'on Tuesday': { value: '2025-02-18' } } }), 'meeting-met');
    expect(t.d.date.value).toBe('2025-02-18');
    expect(dateRule(t.d.date)).toBe('relative-to-publication');
  });
  it('state-day-is-weak: "a ceasefire … appeared to be holding on Sunday" is the state\'s day, a weak date of the agreement', () => {
    const t = hitOf(trace('A ceasefire between Freedonia and Eastland appeared to be holding on Sunday.', { dates: { 'on Sunday': { value: '2025-02-16' } } }), 'agreement-ceasefire-between');
    expect(t.d.dexpr).toBeNull();
    expect(t.d.weakDate?.value).toBe('2025-02-16');
    expect(t.rules).toContain('date:state-day-is-weak');
  });
  it('reached-days-before-the-state: "… holding on Sunday, a day after the sides agreed" was reached on Saturday', () => {
    const t = hitOf(
      trace('A ceasefire between Freedonia and Eastland appeared to be holding on Sunday, a day after the two sides agreed to stop firing.', { dates: { 'on Sunday': { value: '2025-02-16' } } }),
      'agreement-ceasefire-between',
    );
    expect(t.d.weakDate?.value).toBe('2025-02-15');
    expect(t.rules).toContain('date:reached-days-before-the-state');
  });
  it('a ceasefire agreed on a day keeps that day (no state verb)', () => {
    const t = hitOf(trace('A ceasefire between Freedonia and Eastland was agreed on Sunday.', { dates: { 'on Sunday': { value: '2025-02-16' } } }), 'agreement-ceasefire-between');
    expect(t.rules).not.toContain('date:state-day-is-weak');
  });
  it('a deadline of what was agreed ("by 2030") is not the day of agreeing', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch agreed to spend more by 2030.', { dates: { '2030': { value: '2030' } } }), 'agreement-agreed');
    expect(t.d.dexpr).toBeNull();
    expect(t.d.date.value).toBeNull();
  });
  it('a day inside a reported clause is that clause’s ("said after the call that he would travel on Monday")', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with Boris Birch and said that he would travel to Nordvik on Monday.', { dates: { 'on Monday': { value: '2025-02-24', future: true } } }), 'call-spoke-by-phone');
    expect(t.d.date.value).toBeNull();
  });
  it('previous-in-sentence-day: "…, where they signed" takes the day of the happening just told', () => {
    const t = trace('Anna Alder met Boris Birch in Avalon on Monday, where they signed a deal.', { dates: { 'on Monday': { value: '2025-02-17' } } });
    const sign = hitOf(t, 'agreement-signed');
    expect(sign.d.date.value).toBe('2025-02-17');
    expect(sign.rules).toContain('date:previous-in-sentence-day');
  });
  it('weekday-before-publication: a bare weekday told in the past tense is the last such day', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch on Friday.', { dates: { 'on Friday': { value: '2025-02-21', future: true } } }), 'meeting-met');
    expect(t.d.date.value).toBe('2025-02-14');
    expect(dateRule(t.d.date)).toBe('weekday-before-publication');
  });
  it('weak date: a day not attached to a definite reference is kept aside (weakDate), not taken', () => {
    const t = hitOf(trace('The talks in Avalon had been useful, officials said on Tuesday.', { dates: { 'on Tuesday': { value: '2025-02-18' } } }), 'meeting-talks');
    expect(t.d.date.value).toBeNull();
    expect(t.d.weakDate?.value).toBe('2025-02-18');
  });
});

describe('a day inside quoted words (quoted-day-not-happening-day)', () => {
  it('"“What happened today is a new page,” the minister said following the summit": the day does not date the summit', () => {
    const t = hitOf(trace('“What happened today is a new page,” Anna Alder said following the summit in Avalon.', { dates: { today: { value: '2025-02-19' } } }), 'meeting-summit');
    expect(t.d.date.value).toBeNull();
    expect(t.rules).toContain('date:quoted-day-not-happening-day');
  });
  it('a day inside the same quotation as the happening still dates it', () => {
    const t = hitOf(trace('Anna Alder said: “We met Boris Birch in Avalon today.”', { dates: { today: { value: '2025-02-19' } } }), 'meeting-met');
    expect(t.d.date.value).toBe('2025-02-19');
    expect(t.rules).not.toContain('date:quoted-day-not-happening-day');
  });
  describe('report-day-not-plan-day: the day of a verb of saying is the report\'s, not the day of a happening planned in it', () => {
    it('"On Saturday, an outlet reported that Alder and Birch will travel to Nordvik": the planned trip has no day', () => {
      const t = hitOf(trace('On Saturday, the outlet Avalon Daily reported that Anna Alder will travel to Nordvik for talks.', { dates: { 'On Saturday': { value: '2025-02-15' } } }), 'visit-travelled-to');
      expect(t.d.modality).toBe('planned');
      expect(t.d.date.value).toBeNull();
      expect(t.rules).toContain('date:report-day-not-plan-day');
    });
    it('"Alder said on Wednesday she will travel to Nordvik": no day for the trip', () => {
      const t = hitOf(trace('Anna Alder said on Wednesday she will travel to Nordvik.', { dates: { 'on Wednesday': { value: '2025-02-19' } } }), 'visit-travelled-to');
      expect(t.d.date.value).toBeNull();
      expect(t.rules).toContain('date:report-day-not-plan-day');
    });
    it('a planned happening with a day of its own keeps it ("will meet Birch on Monday, the ministry said")', () => {
      const t = hitOf(trace('Anna Alder will meet Boris Birch in Avalon on Monday, the ministry said.', { dates: { 'on Monday': { value: '2025-02-24', future: true } } }), 'meeting-met');
      expect(t.d.date.value).toBe('2025-02-24');
      expect(t.rules).not.toContain('date:report-day-not-plan-day');
    });
    it('a happening told as done keeps the report\'s day as a weak day ("Alder met Birch, the ministry said on Monday"): it took place by then', () => {
      const t = hitOf(trace('Anna Alder met Boris Birch in Avalon, the ministry said on Monday.', { dates: { 'on Monday': { value: '2025-02-17' } } }), 'meeting-met');
      expect(t.d.date.value).toBeNull();
      expect(t.d.weakDate?.value).toBe('2025-02-17');
      expect(t.rules).not.toContain('date:report-day-not-plan-day');
    });
    it('reportDay: which side of the trigger the verb of saying stands on', () => {
      const text = 'Anna Alder will meet Boris Birch, the ministry said on Monday.';
      const h = { start: text.indexOf('meet'), end: text.indexOf('meet') + 4 };
      const day = { start: text.indexOf('on Monday'), end: text.indexOf('on Monday') + 9 };
      expect(reportDay(text, day, h)).toBe(true);
      const own = 'Anna Alder will meet Boris Birch on Monday.';
      expect(reportDay(own, { start: own.indexOf('on Monday'), end: own.indexOf('on Monday') + 9 }, { start: own.indexOf('meet'), end: own.indexOf('meet') + 4 })).toBe(false);
    });
  });
});

describe('a day of another clause of the sentence', () => {
  it('day-of-the-governing-verb: "briefed Birch on Tuesday about the visit by Alder" is the briefing\'s day, not the visit\'s', () => {
    const t = trace('Avalon briefed Boris Birch on Tuesday about the visit by Anna Alder to Nordvik.', { dates: { 'on Tuesday': { value: '2025-02-18' } } });
    const visit = t.find((x) => x.hit.startsWith('visit'));
    expect(visit?.d.date.value ?? null).toBeNull();
    expect(visit?.rules).toContain('date:day-of-the-governing-verb');
  });
  it('day-in-a-relative-clause: "Birch, who landed on Wednesday, was greeted by Alder" gives the greeting no day', () => {
    const t = trace('Boris Birch, who landed on Wednesday, met Anna Alder at the palace.', { dates: { 'on Wednesday': { value: '2025-02-19' } } });
    const meeting = hitOf(t, 'meeting-met');
    expect(meeting.d.date.value).toBeNull();
    expect(meeting.rules).toContain('date:day-in-a-relative-clause');
  });
  it('report-day-not-happening-day: "Birch met Alder in Avalon, the agency reported on Friday" — the report\'s day, weak', () => {
    const t = hitOf(trace('Boris Birch met Anna Alder in Avalon, the agency reported on Friday.', { dates: { 'on Friday': { value: '2025-02-21' } } }), 'meeting-met');
    expect(t.d.dexpr).toBeNull();
    expect(t.d.weakDate?.value).toBe('2025-02-21');
    expect(t.rules).toContain('date:report-day-not-happening-day');
  });
  it('report-day-not-happening-day, opening: "The ministry confirmed on Wednesday that Birch met Alder"', () => {
    const t = hitOf(trace('The ministry confirmed on Wednesday that Boris Birch met Anna Alder in Avalon.', { dates: { 'on Wednesday': { value: '2025-02-19' } } }), 'meeting-met');
    expect(t.d.dexpr).toBeNull();
    expect(t.d.weakDate?.value).toBe('2025-02-19');
  });
  it('a day of the happening\'s own clause beside a report verb is kept ("Birch met Alder on Monday, the agency reported")', () => {
    const t = hitOf(trace('Boris Birch met Anna Alder in Avalon on Monday, the agency reported.', { dates: { 'on Monday': { value: '2025-02-17' } } }), 'meeting-met');
    expect(t.d.date.value).toBe('2025-02-17');
    expect(t.rules).not.toContain('date:report-day-not-happening-day');
  });
  it('a day in the trigger\'s own clause is kept ("Birch met Alder on Wednesday, who had flown in")', () => {
    const t = trace('Boris Birch met Anna Alder on Wednesday at the palace.', { dates: { 'on Wednesday': { value: '2025-02-19' } } });
    expect(hitOf(t, 'meeting-met').d.date.value).toBe('2025-02-19');
  });
});

describe('report-day-not-happening-day, through the events stage', () => {
  const run = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-10'), ACTORS, FORMS, dates, PLACES));
  it('with no other day, the happening takes the report\'s day (day-told-with-reference)', () => {
    const evs = run('Anna Alder met Boris Birch in Avalon, the agency reported on Friday.', { 'on Friday': { value: '2025-03-07' } });
    const m = evs.find((e) => e.type === 'meeting')!;
    expect(m.date).toBe('2025-03-07');
    expect(m.rules).toContainEqual({ stage: 'date', rule: 'report-day-not-happening-day' });
  });
  it('a day the text gives the happening itself wins over the report\'s day', () => {
    const evs = run('Anna Alder met Boris Birch in Avalon, the agency reported on Friday.\n\nAlder arrived in Avalon on Thursday and met Birch at the palace.', {
      'on Friday': { value: '2025-03-07' },
      'on Thursday': { value: '2025-03-06' },
    });
    const m = evs.filter((e) => e.type === 'meeting');
    expect(m.map((e) => e.date)).toContain('2025-03-06');
    expect(m.map((e) => e.date)).not.toContain('2025-03-07');
  });
});
