import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

// real country names only because the row needs countries: the people stay invented
const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'XA'],
  ['nils-nord', 'Nils Nord', 'person', 'NO'],
  ['sven-birch', 'Sven Birch', 'person', 'SE'],
  ['norway', 'Norway', 'country', 'NO'],
  ['sweden', 'Sweden', 'country', 'SE'],
]);
const FORMS = { 'Anna Alder': 'anna-alder', 'Nils Nord': 'nils-nord', 'Sven Birch': 'sven-birch', Norway: 'norway', Sweden: 'sweden' };
const opts = { actors: ACTORS, forms: FORMS };

describe('leaders-of-countries: "the leaders of X and Y" are the people the document names for X and Y', () => {
  it('a summit of "the leaders of Norway and Sweden" is one of Nils Nord and Sven Birch', () => {
    const t = hitOf(trace('Nils Nord spoke in Oslo. Sven Birch spoke in Malmo. The leaders of Norway and Sweden held a summit on Monday.', opts), 'meeting-summit', 2);
    expect(t.rules).toContain(`participants:${EN.leadersOfCountries.id}`);
    expect([...t.d.part.ids].sort()).toEqual(['nils-nord', 'sven-birch']);
  });
  it('the gatherer stays a party ("gathered the leaders of X and Y to sign")', () => {
    const t = hitOf(trace(`Nils Nord spoke in Oslo. Sven Birch spoke in Malmo. ${EN.leadersOfCountries.example.replace('Avalon', 'Norway').replace('Nordvik', 'Sweden')}.`, opts), 'agreement-signed', 2);
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'nils-nord', 'sven-birch']);
  });
  it('a host verb needing an object takes the leaders as its guests ("welcomed the leaders of X and Y")', () => {
    const t = hitOf(trace('Nils Nord spoke in Oslo. Sven Birch spoke in Malmo. Anna Alder welcomed the leaders of Norway and Sweden to the palace for talks.', opts), 'meeting-hosted', 2);
    expect(t.dropped).toBeNull();
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'nils-nord', 'sven-birch']);
  });
  it('a country whose leader the document does not name leaves the countries as they were', () => {
    const t = hitOf(trace('Nils Nord spoke in Oslo. The leaders of Norway and Sweden held a summit on Monday.', opts), 'meeting-summit', 1);
    expect(t.rules).not.toContain(`participants:${EN.leadersOfCountries.id}`);
  });
});
