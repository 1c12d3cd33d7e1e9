import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { mergeEvents } from '../merge';
import { actorMap, input, makeDoc } from '../what/test-helpers';
import { placeBook } from '../what/places';
import type { PlaceEntry } from '../../schema';
import type { SentencedDoc } from '../types';
import { citiesOf, oneCity, placesAgree, unlocated, UNLOCATED_PLACE, VENUES_OF_ONE_CITY } from './places-agree';

const PLACES: PlaceEntry[] = [
  { name: 'Avalon', kind: 'city', country: 'FD', aliases: [] },
  { name: 'Port Alder', kind: 'city', country: 'FD', aliases: [] },
  { name: 'Glass Palace', kind: 'venue', country: 'FD', within: 'Avalon', aliases: [] },
  { name: 'Cedar Room', kind: 'venue', country: 'FD', within: 'Avalon', aliases: [] },
  { name: 'Freedonia', kind: 'country', country: 'FD', aliases: [] },
  { name: 'Nordvik', kind: 'city', country: 'NV', aliases: [] },
];
const book = placeBook(PLACES);
const ACTORS = actorMap([
  ['mara-quist', 'Mara Quist', 'person', 'FD'],
  ['tomas-vell', 'Tomas Vell', 'person', 'EL'],
]);
const FORMS = { 'Mara Quist': 'mara-quist', Quist: 'mara-quist', 'Tomas Vell': 'tomas-vell', Vell: 'tomas-vell' };
const PLACE_FORMS = {
  'Glass Palace': { place: 'Glass Palace', kind: 'venue' as const },
  'Cedar Room': { place: 'Cedar Room', kind: 'venue' as const },
  'Qeltram Lodge': { place: 'Qeltram Lodge', kind: 'venue' as const },
  'Vorsk Manor': { place: 'Vorsk Manor', kind: 'venue' as const },
  Avalon: { place: 'Avalon', kind: 'city' as const },
  Nordvik: { place: 'Nordvik', kind: 'city' as const },
};

function meetings(docs: { doc: SentencedDoc; dates: Record<string, { value: string }> }[]) {
  const evs = docs.flatMap(({ doc, dates }) => extractEvents(input(doc, ACTORS, FORMS, dates, PLACE_FORMS)));
  return mergeEvents(evs, docs.map((d) => d.doc), { actors: ACTORS, places: PLACES }).events.filter((e) => e.type === 'meeting');
}
const mergeRules = (e: { rules?: { stage: string; rule: string }[] }) => (e.rules ?? []).filter((r) => r.stage === 'merge').map((r) => r.rule);

describe('places-agree: labels that are not one place yet say nothing against one happening', () => {
  it('the rule rows have ids, patterns, effects and invented examples', () => {
    for (const r of [VENUES_OF_ONE_CITY, UNLOCATED_PLACE]) {
      expect(r.id).toMatch(/^[a-z-]+$/);
      expect(r.pattern.length).toBeGreaterThan(20);
      expect(r.effect.length).toBeGreaterThan(20);
      expect(r.example).toMatch(/Alder|Birch|Avalon/);
    }
  });

  it('citiesOf: a venue up its within chain, a city after a comma, nothing for a country or an unknown label', () => {
    expect(citiesOf(book, 'Cedar Room')).toEqual(['avalon']);
    expect(citiesOf(book, 'Glass Palace, Avalon')).toEqual(['avalon']);
    expect(citiesOf(book, 'Freedonia')).toEqual([]);
    expect(citiesOf(book, 'Qeltram Lodge')).toEqual([]);
  });

  it('oneCity: two venues of one city agree; a venue and another city do not', () => {
    expect(oneCity(book, 'Cedar Room, Avalon', 'Glass Palace, Avalon')).toBe(true);
    expect(oneCity(book, 'Cedar Room', 'Nordvik')).toBe(false);
    expect(oneCity(book, 'Avalon', 'Port Alder')).toBe(false);
  });

  it('unlocated: a label in no entry and no gazetteer, told without a city', () => {
    expect(unlocated(book, 'Qeltram Lodge')).toBe(true);
    expect(unlocated(book, 'Qeltram Lodge, Avalon')).toBe(false);
    expect(unlocated(book, 'Avalon')).toBe(false);
    expect(unlocated(book, 'Freedonia')).toBe(false);
  });

  it('placesAgree: which rule lets two labels agree, or null', () => {
    expect(placesAgree(book, 'Cedar Room', 'Glass Palace, Avalon')).toBe(VENUES_OF_ONE_CITY.id);
    expect(placesAgree(book, 'Qeltram Lodge', 'Nordvik')).toBe(UNLOCATED_PLACE.id);
    expect(placesAgree(book, 'Qeltram Lodge', 'Vorsk Manor')).toBe(null);
    expect(placesAgree(book, 'Avalon', 'Nordvik')).toBe(null);
  });

  it('a meeting told in a room and one told in its building a day apart are one meeting (one-day-one-country asks one day), the rule in its trace', () => {
    const a = makeDoc('a', 'Mara Quist met Tomas Vell in the Cedar Room on Monday.', '2025-03-04');
    const b = makeDoc('b', 'Mara Quist and Tomas Vell held talks at the Glass Palace on Tuesday.', '2025-03-04');
    const c = makeDoc('c', 'Mara Quist and Tomas Vell held talks in Nordvik on Tuesday.', '2025-03-04');
    const one = meetings([
      { doc: a, dates: { 'on Monday': { value: '2025-03-03' } } },
      { doc: b, dates: { 'on Tuesday': { value: '2025-03-04' } } },
    ]);
    expect(one).toHaveLength(1);
    expect(mergeRules(one[0])).toContain(VENUES_OF_ONE_CITY.id);
    expect(
      meetings([
        { doc: a, dates: { 'on Monday': { value: '2025-03-03' } } },
        { doc: c, dates: { 'on Tuesday': { value: '2025-03-04' } } },
      ]),
    ).toHaveLength(2);
  });

  it('a meeting at an unlocated lodge and one in a city on the same day are one; two cities, or two unlocated places, stay two', () => {
    const lodge = makeDoc('lodge', 'Mara Quist met Tomas Vell at the Qeltram Lodge on Monday.', '2025-03-03');
    const city = makeDoc('city', 'Mara Quist met Tomas Vell in Avalon on Monday.', '2025-03-03');
    const north = makeDoc('north', 'Mara Quist met Tomas Vell in Nordvik on Monday.', '2025-03-03');
    const manor = makeDoc('manor', 'Mara Quist met Tomas Vell at the Vorsk Manor on Monday.', '2025-03-03');
    const MON = { 'on Monday': { value: '2025-03-03' } };
    const one = meetings([
      { doc: lodge, dates: MON },
      { doc: city, dates: MON },
    ]);
    expect(one).toHaveLength(1);
    expect(mergeRules(one[0])).toContain(UNLOCATED_PLACE.id);
    expect(
      meetings([
        { doc: city, dates: MON },
        { doc: north, dates: MON },
      ]),
    ).toHaveLength(2);
    expect(
      meetings([
        { doc: lodge, dates: MON },
        { doc: manor, dates: MON },
      ]),
    ).toHaveLength(2);
  });
});
