/** Modality words the clause modality misses (fix d): rows cancel-verb-base, rescheduled, ahead-of, during-frame. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('modality words', () => {
  it('cancel-verb-base: the row’s example is a cancelled visit', () => {
    const t = hitOf(trace(`Boris Birch told Anna Alder of ${EN.cancelVerbBase.example}.`), 'visit-visited');
    expect(t.d.status).toBe('cancelled');
    expect(t.rules).toContain('status:cancel-verb-base');
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
