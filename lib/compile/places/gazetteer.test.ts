import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions';
import { placeBook, placesCompatible, labelSpecificity } from '../what/places';
import { makeDoc } from '../who/test-helpers';
import { nationCode } from '../who/text';
import { countryCodeOf, resolveCity } from './gazetteer';

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

describe('demonyms of any country', () => {
  it('give a discovered person the affiliation', () => {
    const doc = makeDoc(['Paraguayan Foreign Minister Ruben Ramirez met reporters in Asuncion on Monday.']);
    const r = findMentions([doc], [], [], { outlets: [], notPeople: [] });
    expect(r.actors.find((a) => a.name === 'Ruben Ramirez')?.affiliation).toBe('PY');
  });
});
