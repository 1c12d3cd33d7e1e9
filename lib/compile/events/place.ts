/** Place pass: the place of a trigger (after a locative preposition, attributive, or in apposition), labelled. */
import type { PlaceMention, Span } from '../types';
import { placeLabel, specificity, type PlaceBook } from '../what/places';
import { EN } from '../lang/en';

export function pickPlace(
  text: string,
  places: (PlaceMention & { start: number; end: number })[],
  clause: Span,
  hit: Span,
  book: PlaceBook,
  afterOnly: boolean,
  maxDistance = 100,
): string | null {
  const ok = places.filter((p) => {
    if (p.start < clause.start || p.start >= clause.end) return false;
    if (afterOnly && p.start < hit.start) return false;
    if (Math.min(Math.abs(p.start - hit.end), Math.abs(hit.start - p.end)) > maxDistance) return false;
    const before = text.slice(Math.max(0, p.start - 30), p.start);
    const attributive = p.end <= hit.start && /^\s*(?:[’']s\s+)?$/.test(text.slice(p.end, hit.start));
    // "in the Freedonian capital, Avalon": an apposition to another place
    const apposition = /,\s*$/.test(before) && places.some((o) => o !== p && o.end <= p.start && /^\s*,\s*$/.test(text.slice(o.end, p.start)));
    return EN.locativeBefore.pattern.test(before) || attributive || apposition;
  });
  if (!ok.length) return null;
  ok.sort((a, b) => specificity(b.kind) - specificity(a.kind) || Math.abs(a.start - hit.end) - Math.abs(b.start - hit.end));
  return placeLabel(book, ok[0].place);
}
