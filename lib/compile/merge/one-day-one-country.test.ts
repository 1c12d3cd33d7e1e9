import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { mergeEvents } from '../merge';
import { actorMap, input, makeDoc } from '../what/test-helpers';
import { placeBook } from '../what/places';
import type { PlaceEntry } from '../../schema';
import type { SentencedDoc } from '../types';
import { countryOfLabel, dayPlaceMergeRules, ONE_DAY_ONE_COUNTRY, oneDayOneCountry } from './one-day-one-country';
import { placesCompatible } from '../what/places';

const PLACES: PlaceEntry[] = [
  { name: 'Avalon', kind: 'city', country: 'FD', aliases: [] },
  { name: 'Port Alder', kind: 'city', country: 'FD', aliases: [] },
  { name: 'Glass Palace', kind: 'venue', country: 'FD', within: 'Avalon', aliases: [] },
  { name: 'Birch Hall', kind: 'venue', country: 'FD', within: 'Avalon', aliases: [] },
  { name: 'Freedonia', kind: 'country', country: 'FD', aliases: [] },
  { name: 'Nordvik', kind: 'city', country: 'NV', aliases: [] },
];
const ACTORS = actorMap([
  ['mara-quist', 'Mara Quist', 'person', 'FD'],
  ['tomas-vell', 'Tomas Vell', 'person', 'EL'],
  ['ida-cedar', 'Ida Cedar', 'person', 'EL'],
]);
const FORMS = { 'Mara Quist': 'mara-quist', Quist: 'mara-quist', 'Tomas Vell': 'tomas-vell', Vell: 'tomas-vell', 'Ida Cedar': 'ida-cedar' };
const PLACE_FORMS = {
  'Glass Palace': { place: 'Glass Palace', kind: 'venue' as const },
  'Birch Hall': { place: 'Birch Hall', kind: 'venue' as const },
  Avalon: { place: 'Avalon', kind: 'city' as const },
  'Port Alder': { place: 'Port Alder', kind: 'city' as const },
  Nordvik: { place: 'Nordvik', kind: 'city' as const },
};
const MONDAY = { 'on Monday': { value: '2025-03-03' } };
const TUESDAY = { 'on Tuesday': { value: '2025-03-04' } };

function compiled(docs: { doc: SentencedDoc; dates: Record<string, { value: string }> }[], type: string) {
  const evs = docs.flatMap(({ doc, dates }) => extractEvents(input(doc, ACTORS, FORMS, dates, PLACE_FORMS)));
  return mergeEvents(evs, docs.map((d) => d.doc), { actors: ACTORS, places: PLACES }).events.filter((e) => e.type === type);
}

describe('one-day-one-country: a meeting or visit told with two places of one country on one day', () => {
  it('the rule row has an id, a pattern, an effect and an invented example', () => {
    expect(ONE_DAY_ONE_COUNTRY.id).toBe('one-day-one-country');
    expect(ONE_DAY_ONE_COUNTRY.example).toMatch(/Quist/);
  });

  it('countryOfLabel: a venue up its city, a city, a country named in the label; null when unknown', () => {
    const book = placeBook(PLACES);
    expect(countryOfLabel(book, 'Glass Palace, Avalon')).toBe('FD');
    expect(countryOfLabel(book, 'Port Alder')).toBe('FD');
    expect(countryOfLabel(book, 'Nordvik')).toBe('NV');
    expect(countryOfLabel(book, 'Qqzx')).toBe(null);
  });

  const item = (type: string, date: string | null, location: string | null, persons: string[], cls = 'real') => ({
    e: { type, date, location },
    cls,
    core: [...persons].slice(0, 2).sort().join('|'),
    persons,
  });
  const country = (l: string) => countryOfLabel(placeBook(PLACES), l);

  it('same pair, same day, two venues of one city: may be one meeting', () => {
    expect(oneDayOneCountry(item('meeting', '2025-03-03', 'Glass Palace, Avalon', ['mara-quist', 'tomas-vell']), item('meeting', '2025-03-03', 'Birch Hall, Avalon', ['tomas-vell', 'mara-quist']), country)).toBe(true);
  });
  it('one visitor, same day, two cities of one country: may be one visit', () => {
    expect(oneDayOneCountry(item('visit', '2025-03-03', 'Avalon', ['mara-quist']), item('visit', '2025-03-03', 'Port Alder', ['mara-quist']), country)).toBe(true);
  });
  it('other countries, other days, other pairs, another status, an unknown place or a call: no', () => {
    const a = item('meeting', '2025-03-03', 'Avalon', ['mara-quist', 'tomas-vell']);
    expect(oneDayOneCountry(a, item('meeting', '2025-03-03', 'Nordvik', ['mara-quist', 'tomas-vell']), country)).toBe(false);
    expect(oneDayOneCountry(a, item('meeting', '2025-03-04', 'Port Alder', ['mara-quist', 'tomas-vell']), country)).toBe(false);
    expect(oneDayOneCountry(a, item('meeting', '2025-03-03', 'Port Alder', ['mara-quist', 'ida-cedar']), country)).toBe(false);
    expect(oneDayOneCountry(a, item('meeting', '2025-03-03', 'Port Alder', ['mara-quist', 'tomas-vell'], 'plan'), country)).toBe(false);
    expect(oneDayOneCountry(a, item('meeting', '2025-03-03', 'Qqzx', ['mara-quist', 'tomas-vell']), country)).toBe(false);
    expect(oneDayOneCountry(item('meeting', '2025-03', 'Avalon', ['mara-quist', 'tomas-vell']), item('meeting', '2025-03', 'Port Alder', ['mara-quist', 'tomas-vell']), country)).toBe(false);
    expect(oneDayOneCountry(item('call', '2025-03-03', 'Avalon', ['mara-quist', 'tomas-vell']), item('call', '2025-03-03', 'Port Alder', ['mara-quist', 'tomas-vell']), country)).toBe(false);
  });

  it('merge: the room and the building of one meeting, told by two outlets, are one meeting', () => {
    const one = makeDoc('m-one', 'Mara Quist met Tomas Vell at the Glass Palace on Monday to discuss the river treaty.', '2025-03-03');
    const two = makeDoc('m-two', 'Quist and Vell met at Birch Hall on Monday, officials said.', '2025-03-04');
    const m = compiled([{ doc: one, dates: MONDAY }, { doc: two, dates: MONDAY }], 'meeting');
    expect(m).toHaveLength(1);
    expect(m[0].evidence.map((x) => x.documentId).sort()).toEqual(['m-one', 'm-two']);
    // two venues of one city agree as places (merge/places-agree.ts), the more specific rule: it is the one recorded
    expect(m[0].rules).toContainEqual({ stage: 'merge', rule: 'venues-of-one-city' });
  });
  it('merge: two cities of one country on one day are one meeting, by this rule', () => {
    const one = makeDoc('c-one', 'Mara Quist met Tomas Vell in Avalon on Monday to discuss the river treaty.', '2025-03-03');
    const two = makeDoc('c-two', 'Quist and Vell met in Port Alder on Monday, officials said.', '2025-03-04');
    const m = compiled([{ doc: one, dates: MONDAY }, { doc: two, dates: MONDAY }], 'meeting');
    expect(m).toHaveLength(1);
    expect(m[0].rules).toContainEqual({ stage: 'merge', rule: 'one-day-one-country' });
  });
  it('merge: a meeting of the same pair in another country on that day stays apart', () => {
    const one = makeDoc('n-one', 'Mara Quist met Tomas Vell at the Glass Palace on Monday to discuss the river treaty.', '2025-03-03');
    const two = makeDoc('n-two', 'Quist and Vell met in Nordvik on Monday, officials said.', '2025-03-04');
    expect(compiled([{ doc: one, dates: MONDAY }, { doc: two, dates: MONDAY }], 'meeting')).toHaveLength(2);
  });
  it('merge: the same two places on two days stay two meetings', () => {
    const one = makeDoc('d-one', 'Mara Quist met Tomas Vell at the Glass Palace on Monday to discuss the river treaty.', '2025-03-03');
    const two = makeDoc('d-two', 'Quist and Vell met at Birch Hall on Tuesday, officials said.', '2025-03-05');
    expect(compiled([{ doc: one, dates: MONDAY }, { doc: two, dates: TUESDAY }], 'meeting')).toHaveLength(2);
  });

  it('dayPlaceMergeRules names the rule for a cluster it joined, nothing for places that agree anyway', () => {
    const book = placeBook(PLACES);
    const ok = (a: string, b: string) => placesCompatible(book, a, b);
    const two = [item('meeting', '2025-03-03', 'Glass Palace, Avalon', ['mara-quist', 'tomas-vell']), item('meeting', '2025-03-03', 'Birch Hall, Avalon', ['mara-quist', 'tomas-vell'])];
    expect(dayPlaceMergeRules(two, ok, country)).toEqual(['one-day-one-country']);
    const same = [item('meeting', '2025-03-03', 'Glass Palace, Avalon', ['mara-quist', 'tomas-vell']), item('meeting', '2025-03-03', 'Avalon', ['mara-quist', 'tomas-vell'])];
    expect(dayPlaceMergeRules(same, ok, country)).toEqual([]);
  });
});
