import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('status passes', () => {
  it('modality-hypothetical: "if X meets Y" is dropped', () => {
    const t = hitOf(trace('If Anna Alder meets Boris Birch, a deal is possible.'), 'meeting-met');
    expect(t.dropped).toBe('modality');
    expect(t.rules).toContain('status:modality-hypothetical');
  });
  it('modality-planned: "will meet" is planned', () => {
    const t = hitOf(trace('Anna Alder will meet Boris Birch in Avalon next week.'), 'meeting-met');
    expect(t.d.status).toBe('planned');
    expect(t.rules).toContain('status:modality-planned');
  });
  it('modality-cancelled: "a second meeting … never took place" is cancelled', () => {
    const t = hitOf(trace('A second meeting that both sides had pencilled in for Friday never took place.'), 'meeting-met');
    expect(t.d.status).toBe('cancelled');
    expect(t.rules).toContain('status:modality-cancelled');
  });
  it('future-date-planned: a past-tense-free clause with a day after publication is planned', () => {
    const t = hitOf(trace('Anna Alder meets Boris Birch in Avalon on Friday.', { dates: { 'on Friday': { value: '2025-02-21', future: true } } }), 'meeting-met');
    expect(t.d.status).toBe('planned');
    expect(t.rules).toContain('status:future-date-planned');
  });
  it('cancelling-trigger: "decided to skip the event" is cancelled', () => {
    const t = trace('Anna Alder and Boris Birch decided to skip the event.').find((x) => x.d.h.rule.cancels)!;
    expect(t.d.status).toBe('cancelled');
  });
  it('a plain past tense stays happened, with no status rule', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon.'), 'meeting-met');
    expect(t.d.status).toBe('happened');
    expect(t.rules.filter((r) => r.startsWith('status:'))).toEqual([]);
  });
  it('"at the start of their summit" tells when, not a plan', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch adopted a declaration at the start of their summit in Avalon.'), 'meeting-summit');
    expect(t.d.status).toBe('happened');
    expect(hitOf(trace('Anna Alder wants to start talks with Boris Birch.'), 'meeting-talks').d.status).toBe('planned');
  });
  it('future-before-ing: "will need several more weeks before seeing B" is planned; "met B before flying home" stays as told', () => {
    const x = hitOf(trace('Anna Alder will need several more weeks before meeting Boris Birch.'), 'meeting-met');
    expect(x.d.status).toBe('planned');
    expect(x.rules).toContain('status:future-before-ing');
    const y = trace('Anna Alder spoke to Carla Cedar on Monday before meeting Boris Birch in Avalon.').find((t) => t.d.h.type === 'meeting')!;
    expect(y.d.status).toBe('happened');
  });
  it('turned-down: "A asked for a meeting with B …, but was turned down" is a meeting called off', () => {
    const t = trace('Anna Alder asked for a meeting with Carla Cedar while in Avalon, but was turned down.');
    const x = t.find((y) => y.d.h.type === 'meeting')!;
    expect(x.d.status).toBe('cancelled');
    expect(x.rules).toContain('status:turned-down');
    const u = trace('Anna Alder met Boris Birch in Avalon, but was criticised at home.');
    expect(u.find((y) => y.d.h.type === 'meeting')!.d.status).toBe('happened');
  });
});
