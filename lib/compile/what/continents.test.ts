import { describe, expect, it } from 'vitest';
import { CONTINENT_ROWS, continentMembers, continentRow } from './continents';
import { labelSpecificity, placeBook, placesCompatible, specificity } from './places';
import { pickPlace } from '../events/place';

const book = placeBook([
  { name: 'Europe', kind: 'region', aliases: [] },
  { name: 'Middle East', kind: 'region', aliases: [] },
  { name: 'Crimea', kind: 'region', country: 'UA', aliases: [] },
]);

describe('continents contain their countries', () => {
  it('every row has an id, an effect, an invented example and members', () => {
    const ids = CONTINENT_ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CONTINENT_ROWS) {
      expect(r.effect.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(3);
      expect(continentMembers(r.id.replace(/^(?:continent|region)-/, '').replace(/-/g, ' '))?.size ?? 1).toBeGreaterThan(0);
    }
  });
  it('knows the names, not other regions', () => {
    expect(continentRow('Europe')?.id).toBe('continent-europe');
    expect(continentRow('the Middle East')?.id).toBe('region-middle-east');
    expect(continentRow('Crimea')).toBeNull();
    expect(continentRow('Black Sea')).toBeNull();
    expect(continentMembers('Europe')?.has('FR')).toBe(true);
    expect(continentMembers('Europe')?.has('CN')).toBe(false);
    expect(continentMembers('Middle East')?.has('EG')).toBe(true);
    expect(continentMembers('Middle East')?.has('GE')).toBe(false);
  });
  it('a tour of the continent and a stop in one of its countries or cities can be one trip', () => {
    expect(placesCompatible(book, 'Europe', 'France')).toBe(true);
    expect(placesCompatible(book, 'Serbia', 'Europe')).toBe(true);
    expect(placesCompatible(book, 'Europe', 'Paris')).toBe(true);
    expect(placesCompatible(book, 'Middle East', 'Jordan')).toBe(true);
  });
  it('but not a country or city of another continent, and countries of one continent stay apart', () => {
    expect(placesCompatible(book, 'Europe', 'Japan')).toBe(false);
    expect(placesCompatible(book, 'Europe', 'Beijing')).toBe(false);
    expect(placesCompatible(book, 'France', 'Serbia')).toBe(false);
    expect(placesCompatible(book, 'Middle East', 'Europe')).toBe(false);
  });
  it('a continent says less than a country when a location is chosen', () => {
    expect(labelSpecificity(book, 'Europe')).toBeLessThan(labelSpecificity(book, 'France'));
    expect(specificity('region', 'Europe')).toBeLessThan(specificity('country', 'France'));
    expect(specificity('region', 'Crimea')).toBe(2);
    const text = 'Mara Quist arrived in France on her tour of Europe.';
    const at = (w: string, kind: 'region' | 'country') => ({ docId: 'd', sentence: 0, start: text.indexOf(w), end: text.indexOf(w) + w.length, surface: w, place: w, kind });
    const hit = { start: text.indexOf('arrived'), end: text.indexOf('arrived') + 7 };
    expect(pickPlace(text, [at('France', 'country'), at('Europe', 'region')], { start: 0, end: text.length }, hit, book, true, 100)).toBe('France');
  });
});
