/** Talks of officials from two capitals (rows officials-from-places, days-of-talks-from). */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

const ACT = actorMap([
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['nordland', 'Nordland', 'country', 'NV'],
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
]);
const opts = { actors: ACT, forms: { 'Anna Alder': 'anna-alder' }, places: { Avalon: { place: 'Avalon', kind: 'city' as const }, Nordvik: { place: 'Nordvik', kind: 'city' as const }, Eastport: { place: 'Eastport', kind: 'city' as const } } };

describe('officials from two capitals', () => {
  it('officials-from-places: the row’s example is talks of the two countries', () => {
    const t = hitOf(trace(EN.officialsFromPlaces.example + ' in Eastport.', opts), 'meeting-talks');
    expect(t.d.part.ids.sort()).toEqual(['freedonia', 'nordland']);
    expect(t.rules).toContain('participants:officials-from-places');
  });
  it('a person named as a party is kept', () => {
    const t = trace('Anna Alder and officials from Avalon and Nordvik held talks in Eastport.', opts).find((x) => x.d.h.type === 'meeting')!;
    expect(t.rules).not.toContain('participants:officials-from-places');
  });
  it('days-of-talks-from: the row’s example is dated by the talks’ last day', () => {
    const t = hitOf(trace(EN.daysOfTalksFrom.example.replace('officials', 'officials from Avalon and Nordvik') + '.', { ...opts, dates: { Monday: { value: '2025-02-17' } } }), 'meeting-talks');
    expect(t.d.date.value).toBe('2025-02-20');
    expect(t.rules).toContain('date:days-of-talks-from');
  });
});
