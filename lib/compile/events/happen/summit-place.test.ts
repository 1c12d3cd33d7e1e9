/** Where a summit is: never where someone comes from (row from-is-no-place); a country right after the meeting noun (summit-in-country). */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { FORMS } from '../fixtures';
import { hitOf, trace } from './test-kit';

const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['eastland', 'Eastland', 'country', 'EL'],
]);
const forms = { ...FORMS, Eastland: 'eastland' };

describe('summit place', () => {
  it('from-is-no-place: "opposition from Nordvik" is not where the summit met', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch met at the summit despite opposition from Nordvik.'), 'meeting-met');
    expect(t.d.place).toBeNull();
    expect(EN.fromBefore.pattern.test('despite opposition from ')).toBe(true);
  });
  it('a call keeps "from": where the caller spoke from', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with Boris Birch from Avalon.'), 'call-spoke-by-phone');
    expect(t.d.place).toBe('Avalon');
  });
  it('summit-in-country: "their summit in Eastland" is placed in that country', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch held their summit in Eastland on Tuesday.', { actors: ACTORS, forms }), 'meeting-summit');
    expect(t.d.place).toBe('Eastland');
    expect(t.rules).toContain('place:summit-in-country');
  });
});

describe('meeting-greeted', () => {
  it('a host greeting named guests meets them all', () => {
    const t = hitOf(trace('The host Anna Alder greeted Boris Birch, Carla Cedar and Dana Dogwood at the summit venue in Avalon.'), 'meeting-greeted');
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar', 'dana-dogwood']);
  });
  it('greeting a decision, or a guest on arrival (a visit), is no meeting-greeted', () => {
    expect(trace('Anna Alder greeted the decision.').filter((x) => x.hit === 'meeting-greeted')).toEqual([]);
    expect(trace('Anna Alder greeted Boris Birch at the airport on arrival.').filter((x) => x.hit === 'meeting-greeted')).toEqual([]);
  });
});
