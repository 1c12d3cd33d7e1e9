import { describe, expect, it } from 'vitest';
import { actorMap } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

const WITH_COUNTRIES = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
]);

describe('agreement passes', () => {
  it('first-person-deal: "“We have reached a deal,” Birch said" after the talks of Alder and Birch is their agreement', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon. “We have reached a deal,” Birch said.'), 'agreement-reached');
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:first-person-deal');
  });
  it('first-person-deal: "we have a deal" is a trigger of its own, read the same way', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon. “After ten hours, we have a deal,” Birch said.'), 'agreement-we-have');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('first-person-deal: not an agreement of another day or place ("last July in Nordvik, we agreed …")', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch in Avalon. “Last July in Nordvik, we agreed to reopen the border,” Birch said.'), 'agreement-agreed');
    expect(t.rules).not.toContain('participants:first-person-deal');
  });
  it('officials-in-city: the officials’ country is the other party of "the agreement with Eastland"', () => {
    const t = trace('Officials in Avalon say the agreement with Eastland could be signed soon.', { actors: WITH_COUNTRIES, forms: { Eastland: 'eastland' } }).find((x) => x.d.h.type === 'agreement' && !x.d.h.rule.refOnly)!;
    expect(t.d.part.ids.sort()).toEqual(['eastland', 'freedonia']);
    expect(t.rules).toContain('participants:officials-in-city');
  });
  it('agreement-other-side: "Birch agreed to a pause" after a call of Alder and Birch', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with Boris Birch on Monday. Birch agreed to a pause.'), 'agreement-agreed');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:agreement-other-side');
  });
  it('deal-between-two: "the signing of a deal between the two countries" — the parties of the meeting in the sentence', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch on Friday, and the signing of a deal between the two countries was called off.'), 'agreement-signing');
    expect(t.d.role).toBe('event');
    expect(t.d.status).toBe('cancelled');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:deal-between-two');
  });
  it('announced-by-parties: "Alder and Birch announced a breakthrough" — the two who announce it are its parties (the source verb is the trigger)', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch announced a "decisive breakthrough" in Avalon on Monday.'), 'agreement-announced');
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:announced-by-parties');
  });
  it('announced-by-one: "Alder announced the truce" alone is a reference to the truce, not Alder\'s agreement', () => {
    const t = hitOf(trace('Anna Alder announced the truce on Monday evening.'), 'agreement-announced');
    expect(t.d.role).toBe('ref');
    expect(t.d.part.ids).toEqual([]);
    expect(t.rules).toContain('participants:announced-by-one');
  });
});

describe('agreement-other-side guards (types r7)', () => {
  it('other-side-named: "Birch reached a deal with Eastland" after a call with Alder takes Alder in as no party', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with Boris Birch on Monday. Birch reached a landmark deal with Eastland.', { actors: WITH_COUNTRIES, forms: { 'Anna Alder': 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch', Eastland: 'eastland' } }), 'agreement-reached');
    expect(t.d.part.ids).not.toContain('anna-alder');
    expect(t.rules).not.toContain('participants:agreement-other-side');
  });
  it('the person must be the one who agrees: "Birch said that Eastland agreed to a pause" is Eastland’s, not Birch’s with Alder', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with Boris Birch on Monday. Birch said that Eastland agreed to a pause.', { actors: WITH_COUNTRIES, forms: { 'Anna Alder': 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch', Eastland: 'eastland' } }), 'agreement-agreed');
    expect(t.d.part.ids).not.toContain('anna-alder');
    expect(t.rules).not.toContain('participants:agreement-other-side');
  });
  it('a subject with auxiliaries between still agrees: "Birch has also agreed to a pause"', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with Boris Birch on Monday. Birch has also agreed to a pause.'), 'agreement-agreed');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:agreement-other-side');
  });
});
