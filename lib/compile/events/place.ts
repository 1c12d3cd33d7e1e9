/** Place pass: the place of a trigger (after a locative preposition, attributive, or in apposition), labelled. */
import type { PlaceMention, Span } from '../types';
import { countryUpChain, placeLabel, specificity, type PlaceBook } from '../what/places';
import { EN } from '../lang/en';

export function pickPlace(
  text: string,
  places: (PlaceMention & { start: number; end: number })[],
  clause: Span,
  hit: Span,
  book: PlaceBook,
  afterOnly: boolean,
  maxDistance = 100,
  fromOk = true,
): string | null {
  const ok = places.filter((p) => {
    if (p.start < clause.start || p.start >= clause.end) return false;
    if (afterOnly && p.start < hit.start) return false;
    if (Math.min(Math.abs(p.start - hit.end), Math.abs(hit.start - p.end)) > maxDistance) return false;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const attributive = p.end <= hit.start && /^\s*(?:[’']s\s+)?$/.test(text.slice(p.end, hit.start));
    // "in the Freedonian capital, Avalon": an apposition to another place
    const apposition = /,\s*$/.test(before) && places.some((o) => o !== p && o.end <= p.start && /^\s*,\s*$/.test(text.slice(o.end, p.start)));
    // from-is-no-place: "despite opposition from Eastland", "leaders from Nordvik": where someone comes from is not where a meeting is
    if (!fromOk && EN.fromBefore.pattern.test(before)) return false;
    // visited-object: "visited Avalon City", "to visit Nordvik": the object of the visit verb is where it was
    const visitedObject = afterOnly && p.start >= hit.end && /^\s*$/.test(text.slice(hit.end, p.start)) && /^visit(?:s|ed|ing)?$/i.test(text.slice(hit.start, hit.end));
    return EN.locativeBefore.pattern.test(before) || attributive || apposition || visitedObject;
  });
  if (!ok.length) return null;
  ok.sort((a, b) => specificity(b.kind, b.place) - specificity(a.kind, a.place) || Math.abs(a.start - hit.end) - Math.abs(b.start - hit.end));
  return placeLabel(book, ok[0].place);
}

/** The country code of a place label from data/places.yaml ("Glass Palace, Avalon" → Avalon's country), or null when unknown. */
export function countryOfPlace(book: PlaceBook, label: string): string | null {
  const seen = new Set<string>();
  for (const part of label.split(',').map((p) => p.trim())) {
    const country = countryUpChain(book, part, seen);
    if (country) return country;
  }
  return null;
}

/**
 * VISIT_RULES home-is-no-visit: a leader is never a visitor in his own country or office
 * ("the president visited a factory in his own capital" is not diplomacy's visit). True when every
 * person taking part belongs to the country the place lies in.
 */
export function atHome(book: PlaceBook, place: string | null, people: string[], affiliationOf: (id: string) => string | null): boolean {
  if (!place || !people.length) return false;
  const code = countryOfPlace(book, place);
  return !!code && people.every((id) => affiliationOf(id) === code);
}
