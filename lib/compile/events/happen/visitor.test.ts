/** Visits told through a frame: rows possessive-frame, on-a-visit-relative, superlative-infinitive (+ superlative-future, superlative-no-day). */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

const ACT = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'NV'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
]);
const FORMS = { 'Anna Alder': 'anna-alder', Alder: 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch', 'Carla Cedar': 'carla-cedar', Freedonia: 'freedonia' };
const PLACES = { Nordvik: { place: 'Nordvik', kind: 'city' as const }, Avalon: { place: 'Avalon', kind: 'city' as const }, 'Avalon City': { place: 'Avalon', kind: 'city' as const } };
const opts = { actors: ACT, forms: FORMS, places: PLACES };

describe('superlative-infinitive', () => {
  it('the row’s example took place, and its visitor is the person described', () => {
    const t = hitOf(trace(EN.superlativeInfinitive.example, opts), 'visit-visited');
    expect(t.dropped).toBeNull();
    expect(t.d.status).toBe('happened');
    expect(t.d.part.ids).toEqual(['anna-alder']);
    expect(t.d.place).toBe('Nordvik');
    expect(t.rules).toContain('status:superlative-infinitive');
  });
  it('a country inside the description is no party ("the first sitting Freedonia president to visit")', () => {
    const t = hitOf(trace('Anna Alder, the first sitting Freedonia president to visit Nordvik, met survivors of the war.', opts), 'visit-visited');
    expect(t.d.part.ids).toEqual(['anna-alder']);
    expect(t.rules).toContain('participants:superlative-infinitive');
  });
  it('"is the first … to visit" (copula) is the same', () => {
    const t = hitOf(trace('Boris Birch is the first envoy to visit Avalon since the war.', opts), 'visit-visited');
    expect(t.d.status).toBe('happened');
    expect(t.d.part.ids).toEqual(['boris-birch']);
  });
  it('superlative-future: "will become the first … to visit" is still a plan', () => {
    const t = hitOf(trace(EN.superlativeFuture.example, opts), 'visit-visited');
    expect(t.d.status).toBe('planned');
    expect(t.rules).not.toContain('status:superlative-infinitive');
  });
  it('a plain infinitive stays a plan ("plans to visit")', () => {
    const t = hitOf(trace('Boris Birch plans to visit Avalon.', opts), 'visit-visited');
    expect(t.d.status).toBe('planned');
  });
  it('superlative-no-day: a year inside the description is not the visit’s day', () => {
    const t = hitOf(trace('Boris Birch is the first envoy to visit Avalon since 2018.', { ...opts, dates: { 'since 2018': { value: '2018', precision: 'year' } } }), 'visit-visited');
    expect(t.d.date.value).toBeNull();
    expect(t.rules).toContain('date:superlative-no-day');
    // without the superlative the same day expression is the visit's
    const plain = hitOf(trace('Boris Birch visited Avalon in 2018.', { ...opts, dates: { 'in 2018': { value: '2018', precision: 'year' } } }), 'visit-visited');
    expect(plain.d.date.value).toBe('2018');
  });
});

describe('possessive-frame', () => {
  it('the row’s example: "her trip" is the subject’s, not the person named nearest', () => {
    const t = hitOf(trace(EN.possessiveFrame.example, opts), 'visit-travelled-to');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids).toEqual(['anna-alder']);
    expect(t.d.place).toBe('Nordvik');
    expect(t.rules).toContain('participants:possessive-frame');
  });
  it('a frame that opens the sentence: the subject after it', () => {
    const t = hitOf(trace('During his first visit to Avalon, Boris Birch was greeted by Anna Alder.', opts), 'visit-visited');
    expect(t.d.part.ids).toEqual(['boris-birch']);
  });
  it('a subject at home where the visit was is no visitor: the rule leaves the other reading', () => {
    const t = trace('Boris Birch did not meet Carla Cedar during her visit to Nordvik last month.', opts).find((x) => x.hit === 'visit-visited')!;
    expect(t.rules).not.toContain('participants:possessive-frame');
  });
});

describe('on-a-visit-relative', () => {
  it('the row’s example: the name the relative clause hangs on is the visitor', () => {
    const t = hitOf(trace(EN.onAVisitRelative.example, opts), 'visit-visited');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids).toEqual(['anna-alder']);
    expect(t.d.place).toBe('Nordvik');
    expect(t.rules).toContain('participants:on-a-visit-relative');
  });
});

describe('visit-arrival-noun (trigger row)', () => {
  it('the row’s example: "upon his arrival in Avalon" is a visit of the possessor', () => {
    const t = hitOf(trace('Crowds cheered Boris Birch upon his arrival in Avalon.', opts), 'visit-arrival-noun');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids).toEqual(['boris-birch']);
    expect(t.d.place).toBe('Avalon');
    expect(t.d.status).toBe('happened');
  });
  it('a possessive name: "after Birch’s arrival at the Glass Palace in Avalon"', () => {
    const t = hitOf(trace('Anna Alder spoke to reporters after Birch’s arrival in Avalon.', opts), 'visit-arrival-noun');
    expect(t.d.part.ids).toContain('boris-birch');
  });
  it('an arrival without a possessor ("the arrival in Avalon of the aid") is no trigger', () => {
    expect(trace('The arrival in Avalon of the aid convoy was delayed.', opts).filter((x) => x.hit === 'visit-arrival-noun')).toEqual([]);
  });
});
