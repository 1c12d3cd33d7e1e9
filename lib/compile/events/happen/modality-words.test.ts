/** Modality words the clause modality misses (fix d): rows cancel-verb-base, cancel-noun, rescheduled, ahead-of, during-frame. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('modality words', () => {
  it('cancel-verb-base: the row’s example is a cancelled visit', () => {
    const t = hitOf(trace(`Boris Birch told Anna Alder of ${EN.cancelVerbBase.example}.`), 'visit-visited');
    expect(t.d.status).toBe('cancelled');
    expect(t.rules).toContain('status:cancel-verb-base');
  });
  it('cancel-noun: the row’s example is a cancelled visit; a cancelled meeting named by the noun too', () => {
    const t = hitOf(trace(`Anna Alder spoke out ${EN.cancelNoun.example} by Boris Birch.`), 'visit-visited');
    expect(t.d.status).toBe('cancelled');
    expect(t.rules).toContain('status:cancel-noun');
    const m = trace('Anna Alder regretted the last-minute cancellation of her meeting with Boris Birch in Avalon.').find((x) => x.d.h.type === 'meeting')!;
    expect(m.d.status).toBe('cancelled');
  });
  it('cancel-noun-day: the day told before the noun is the clause verb’s, not the cancelled meeting’s', () => {
    const m = trace('Anna Alder voiced her annoyance on Monday over the cancellation of her meeting with Boris Birch.', { dates: { 'on Monday': { value: '2025-02-17' } } }).find((x) => x.d.h.type === 'meeting')!;
    expect(m.d.status).toBe('cancelled');
    expect(m.rules).toContain('date:cancel-noun-not-its-day');
    expect(m.d.date.value).toBeNull();
  });
  it('plan-called-off: the row’s example is a cancelled visit; a meeting that happened before "but the talks were called off" stays', () => {
    const t = trace(EN.planCalledOff.example + '.').find((x) => x.d.h.type === 'visit')!;
    expect(t.d.status).toBe('cancelled');
    expect(t.rules).toContain('status:plan-called-off');
    const m = trace('Anna Alder met Boris Birch in Avalon on Monday, but the talks were later called off.').find((x) => x.d.h.rule.id === 'meeting-met')!;
    expect(m.d.status).toBe('happened');
  });
  it('cancel-noun: a visit told after a cancellation of something else is left as told', () => {
    const t = hitOf(trace('After the cancellation of the vote, Anna Alder visited Nordvik on Monday.'), 'visit-visited');
    expect(t.d.status).toBe('happened');
  });
  it('rescheduled: the row’s example is a planned visit', () => {
    const t = hitOf(trace(`Efforts are under way, ${EN.rescheduled.example}.`), 'visit-visited');
    expect(t.d.status).toBe('planned');
    expect(t.rules).toContain('status:rescheduled');
  });
  it('ahead-of: the row’s example is a planned summit, and the sentence’s own meeting is not', () => {
    const t = trace(EN.aheadOf.example.replace('Birch’s', 'Boris Birch’s').replace('Alder', 'Anna Alder') + ' in Avalon.');
    const summit = hitOf(t, 'meeting-summit');
    expect(summit.d.status).toBe('planned');
    expect(summit.rules).toContain('status:ahead-of');
    expect(hitOf(t, 'meeting-met').d.status).toBe('happened');
  });
  it('a past "met two days before the summit" is left as told', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch two days before the summit in Avalon.'), 'meeting-met');
    expect(t.d.status).toBe('happened');
  });
  it('during-frame: the row’s example gives the talks’ day to the talks, not to the visit', () => {
    const t = trace(EN.duringFrame.example.replace('Birch’s', 'Boris Birch’s') + '.', { dates: { 'on Saturday': { value: '2025-02-15' } } });
    const v = hitOf(t, 'visit-visited');
    expect(v.d.date.value).toBeNull();
    expect(v.rules).toContain('date:during-frame');
  });
});
