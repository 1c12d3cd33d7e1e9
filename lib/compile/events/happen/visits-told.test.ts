/** Visits told as arrivals and journeys (fix c): rows country-as-place, nation-delegation; trigger visit-depart-for. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

const ACT = actorMap([
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['dana-dogwood', 'Dana Dogwood', 'person', 'EG'],
  ['egypt', 'Egypt', 'country', 'EG'],
  ['israel', 'Israel', 'country', 'IL'],
]);
const FORMS = { 'Boris Birch': 'boris-birch', Birch: 'boris-birch', 'Dana Dogwood': 'dana-dogwood', Egypt: 'egypt' };
const opts = { actors: ACT, forms: FORMS, places: { Cairo: { place: 'Cairo', kind: 'city' as const }, Gaza: { place: 'Gaza', kind: 'city' as const } } };

describe('visits told as arrivals and journeys', () => {
  it('country-as-place: the row’s example is a visit to the country named as an actor', () => {
    const t = hitOf(trace(EN.countryAsPlace.example, opts), 'visit-arrived');
    expect(t.dropped).toBeNull();
    expect(t.d.place).toBe('Egypt');
    expect(t.d.part.ids).toEqual(['boris-birch']);
    expect(t.rules).toContain('place:country-as-place');
  });
  it('country-as-place: the country right after the trigger wins over a place named later', () => {
    const t = hitOf(trace('Boris Birch arrived in Egypt on Monday for indirect talks to reach a ceasefire deal in Gaza.', opts), 'visit-arrived');
    expect(t.d.place).toBe('Egypt');
    expect(t.rules).not.toContain('place:locative');
  });
  it('country-as-place: a leader arriving in his own country is no visit', () => {
    expect(hitOf(trace('Dana Dogwood arrived in Egypt on Monday.', opts), 'visit-arrived').dropped).toBe('place');
  });
  it('nation-delegation: the row’s example is a visit of the adjective’s country', () => {
    const t = hitOf(trace(EN.nationDelegation.example, opts), 'visit-arrived');
    expect(t.d.part.ids).toEqual(['israel']);
    expect(t.d.place).toBe('Cairo');
    expect(t.rules).toContain('participants:nation-delegation');
  });
  it('visit-depart-for: "will depart for Egypt on Wednesday" is a planned visit; a relative clause between subject and verb is passed over', () => {
    const t = hitOf(trace('Boris Birch, who will be leading the team, will depart for Egypt on Wednesday.', { ...opts, dates: { 'on Wednesday': { value: '2025-02-19', future: true } } }), 'visit-depart-for');
    expect(t.d.part.ids).toEqual(['boris-birch']);
    expect(t.d.status).toBe('planned');
    expect(t.d.place).toBe('Egypt');
  });
  it('"heads to the polls" is no journey', () => {
    expect(trace('Egypt heads to the polls on Sunday.', opts).filter((x) => x.hit === 'visit-depart-for')).toEqual([]);
  });
});
