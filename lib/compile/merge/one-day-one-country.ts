/**
 * merge/one-day-one-country: two reports of one meeting or visit that name two places of one country.
 * A pair's meeting of a day told once with the room and once with the building ("in the Cedar Room" /
 * "at the Glass Palace"), or a visitor's day told once in each of two cities of one country, is one
 * happening: the places are two details of one day, not two happenings. Read by merge/score.ts
 * (pairScore, hardConflict), where the places would otherwise keep the two reports apart.
 */
import { countryUpChain, type PlaceBook } from '../what/places';
import { countryCodeOf, countryName } from '../places/gazetteer';

export const ONE_DAY_ONE_COUNTRY = {
  id: 'one-day-one-country',
  pattern:
    'two meetings of the same pair (two persons shared, same main pair) or two visits of the same visitor, dated to the same day, same status, whose places differ but both lie in one country',
  effect:
    'the places no longer keep them apart: one happening (its place the most specific one, the other recorded as a disagreement); other days, other countries or an unknown place stay apart',
  example: 'Outlet A: Mara Quist met Tomas Vell in the Cedar Room on Monday. — Outlet B: Quist and Vell met at the Glass Palace in Avalon on Monday.',
};

/** The country a location label lies in (ISO code), or null when unknown: the label's first place, up its `within` chain, else a country named in it. */
export function countryOfLabel(book: PlaceBook, label: string): string | null {
  const parts = label.split(',').map((p) => p.trim()).filter(Boolean);
  const first = countryUpChain(book, parts[0]);
  if (first) return first;
  for (const part of parts.slice(1).reverse()) {
    const code = countryCodeOf(part);
    if (code && countryName(code)?.toLowerCase() === part.toLowerCase()) return code;
    const e = book.byName.get(part.toLowerCase());
    if (e?.country) return e.country;
  }
  return null;
}

export interface DayPlaceItem {
  e: { type: string; date: string | null; location: string | null };
  cls: string;
  core: string;
  persons: string[];
}

/**
 * What ONE_DAY_ONE_COUNTRY asks of two reports before it reads their places and people: two meetings or two visits
 * dated to one whole day (merge.ts skips a pair whose places disagree when this is false: the rule cannot join it).
 */
export function oneDayOfOneKind(ea: DayPlaceItem['e'], eb: DayPlaceItem['e']): boolean {
  return ea.type === eb.type && (ea.type === 'meeting' || ea.type === 'visit') && !!ea.date && ea.date.length === 10 && ea.date === eb.date;
}

/**
 * ONE_DAY_ONE_COUNTRY: true when the two reports' places, though not compatible, may be one happening's.
 * `country` resolves a label to its country (memoised by the caller).
 */
export function oneDayOneCountry(a: DayPlaceItem, b: DayPlaceItem, country: (label: string) => string | null): boolean {
  const ea = a.e;
  const eb = b.e;
  if (a.cls !== b.cls || !oneDayOfOneKind(ea, eb)) return false;
  if (!ea.location || !eb.location || !a.core || a.core !== b.core) return false;
  if (ea.type === 'meeting' && a.persons.filter((p) => b.persons.includes(p)).length < 2) return false;
  if (ea.type === 'visit' && (!a.persons.length || !b.persons.length)) return false;
  const ca = country(ea.location);
  return !!ca && ca === country(eb.location);
}

/**
 * For the trace of a merged meeting or visit (merge/build.ts mergeReasons, a hook requested of its owner): [ONE_DAY_ONE_COUNTRY.id]
 * when two of its reports name places that are not compatible and the rule let them join, else [].
 */
export function dayPlaceMergeRules(items: DayPlaceItem[], compatible: (a: string, b: string) => boolean, country: (label: string) => string | null): string[] {
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i].e.location;
      const b = items[j].e.location;
      if (a && b && !compatible(a, b) && oneDayOneCountry(items[i], items[j], country)) return [ONE_DAY_ONE_COUNTRY.id];
    }
  return [];
}
