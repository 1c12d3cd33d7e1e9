/**
 * The country a place lies in, and whether a person is at home there: a visit is
 * a journey to another country's place ("Alder visited Nordvik"); a leader
 * "visiting" a place of his own country in a sentence about a foreign guest
 * ("Alder held talks with Birch, who is on a state visit to Avalon") is the host,
 * not a visitor.
 */
import type { ActorInfo } from '../types';
import type { PlaceBook } from '../what/places';
import { countryCodeOf, countryName, resolveCity } from './gazetteer';

export const HOME_VISITOR_RULE = {
  id: 'home-visitor',
  pattern: 'a visit whose place lies in the country of one of its people (the person’s affiliation is that country’s code)',
  effect: 'that person is no visitor (a host at home); a visit left with no visitor is no visit',
  example: 'Avalon’s president Anna Alder held talks with Boris Birch, who is on a state visit to Avalon',
};

/** A city smaller than this, not a capital, is too ambiguous by name alone to place a person at home. */
const CITY_MIN = 500_000;

/** The code of the country a place label lies in ("Glass Palace, Avalon", "Nordvik", a capital), else null. */
export function placeCountry(book: PlaceBook, label: string): string | null {
  const first = label.split(',')[0].trim();
  let cur: string | undefined = first;
  const seen = new Set<string>();
  while (cur && !seen.has(cur.toLowerCase())) {
    seen.add(cur.toLowerCase());
    const e = book.byName.get(cur.toLowerCase());
    if (!e) break;
    if (e.country) return e.country;
    cur = e.within;
  }
  for (const part of label.split(',').reverse()) {
    const name = part.trim();
    const code = countryCodeOf(name);
    if (code && countryName(code)?.toLowerCase() === name.toLowerCase()) return code;
  }
  const city = resolveCity(first);
  return city && (city.capital || city.population >= CITY_MIN) ? city.country : null;
}

/** The people (and the country itself) of a visit at home in its place: their affiliation is the place's country. */
export function homeVisitors(book: PlaceBook, place: string | null, ids: string[], actors: Map<string, ActorInfo>): string[] {
  if (!place) return [];
  const code = placeCountry(book, place);
  if (!code) return [];
  return ids.filter((id) => {
    const a = actors.get(id);
    return (a?.kind === 'person' || a?.kind === 'country') && a.affiliation === code;
  });
}
