/**
 * merge/places-agree: two place labels that do not name one place yet say nothing against one happening.
 * - venues-of-one-city: a room and the building it is in ("the Cedar Room, Avalon" / "the Glass Palace, Avalon"), or
 *   two venues of one city: the reports say where in the city, not which city.
 * - unlocated-place: a label the compiler cannot place anywhere (in no places-file entry, no country, no city of the
 *   gazetteer: a palace, a castle, a village, a clipped name) beside one it can: nothing is known against it.
 * Read by merge/score.ts (Scorer.placesOk), where such labels would otherwise keep two reports apart; the other rules
 * (days, people, status) still decide. Two located places in two cities, or two labels neither located, stay apart.
 */
import type { PlaceBook } from '../what/places';

export const VENUES_OF_ONE_CITY = {
  id: 'venues-of-one-city',
  pattern: "two place labels, neither within the other, that both lie in one city (by the places file's `within`, or the city the label names after the venue: \"Oval Office, Washington\")",
  effect: 'the places agree: the merge may take the two reports as one happening (the other rules still decide); two cities, or a venue and another city, stay apart',
  example: 'Outlet A: Alder and Birch met in the Cedar Room, Avalon. — Outlet B: Alder and Birch met at the Glass Palace in Avalon.',
};

export const UNLOCATED_PLACE = {
  id: 'unlocated-place',
  pattern: 'one place label the compiler cannot locate (no places-file entry, not a country, not a gazetteer city, no city after a comma) beside a located one',
  effect: 'the places agree: nothing is known against the unlocated one (a palace, a castle, a small town, a clipped name); two unlocated labels that differ stay apart',
  example: 'Outlet A: Alder met Birch at the Cedar Lodge on Monday. — Outlet B: Alder and Birch held talks in Avalon on Monday.',
};

/** The cities (lower-case names) a label lies in: each of its comma parts up its `within` chain. */
export function citiesOf(book: PlaceBook, label: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of label.split(',')) {
    let cur: string | undefined = part.trim();
    while (cur && !seen.has(cur.toLowerCase())) {
      const key = cur.toLowerCase();
      seen.add(key);
      const e = book.byName.get(key);
      if (!e) break;
      if (e.kind === 'city') out.push(e.name.toLowerCase());
      cur = e.within;
    }
  }
  return out;
}

/** VENUES_OF_ONE_CITY: both labels lie in one and the same city. */
export function oneCity(book: PlaceBook, a: string, b: string): boolean {
  const ca = citiesOf(book, a);
  if (!ca.length) return false;
  const cb = citiesOf(book, b);
  return cb.some((c) => ca.includes(c));
}

/** A label the book cannot locate: one part (no city or country after a comma), in no entry and no gazetteer. */
export function unlocated(book: PlaceBook, label: string): boolean {
  return !label.includes(',') && !book.byName.get(label.trim().toLowerCase());
}

/**
 * The rule by which two labels that are not compatible (placesCompatible) still agree, or null: VENUES_OF_ONE_CITY,
 * else UNLOCATED_PLACE (exactly one of them unlocated).
 */
export function placesAgree(book: PlaceBook, a: string, b: string): string | null {
  if (oneCity(book, a, b)) return VENUES_OF_ONE_CITY.id;
  if (unlocated(book, a) !== unlocated(book, b)) return UNLOCATED_PLACE.id;
  return null;
}
