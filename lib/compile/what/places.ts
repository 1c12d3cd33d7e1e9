/**
 * Places as event locations: how specific a place is, what lies within what
 * (venue → city → country), a readable label ("Glass Palace, Avalon") and
 * whether two reported locations can be the same ("Avalon" ⊂ "Freedonia").
 */
import type { PlaceEntry } from '../../schema';
import type { PlaceMention } from '../types';
import { countryCodeOf, countryName, resolveCity } from '../places/gazetteer';
import { continentMembers } from './continents';

export interface PlaceBook {
  byName: Map<string, PlaceEntry>;
}

/**
 * Places by lower-case name: the editors' entries first; a name in no entry is
 * looked up in the gazetteer (a country, or the most populous city of that name).
 */
class PlaceMap extends Map<string, PlaceEntry> {
  private looked = new Map<string, PlaceEntry | undefined>();
  override get(key: string): PlaceEntry | undefined {
    const own = super.get(key);
    if (own) return own;
    if (this.looked.has(key)) return this.looked.get(key);
    let found: PlaceEntry | undefined;
    const code = countryCodeOf(key);
    const common = code ? countryName(code) : null;
    if (code && common && common.toLowerCase() === key) found = { name: common, kind: 'country', country: code, aliases: [] };
    else {
      const c = /\p{L}/u.test(key) ? resolveCity(key) : null;
      if (c && c.name.toLowerCase() === key) found = { name: c.name, kind: 'city', country: c.country, aliases: [] };
    }
    this.looked.set(key, found);
    return found;
  }
}

export function placeBook(entries: PlaceEntry[] = []): PlaceBook {
  const byName: Map<string, PlaceEntry> = new PlaceMap();
  for (const e of entries) byName.set(e.name.toLowerCase(), e);
  return { byName };
}

const RANK: Record<string, number> = { venue: 4, city: 3, region: 2, country: 1, unknown: 2 };

/** Higher is more specific; a continent or region of countries ("Europe", "the Middle East") ranks below a country. */
export function specificity(kind: PlaceMention['kind'], name?: string): number {
  if (name && (kind === 'region' || kind === 'unknown') && continentMembers(name)) return CONTINENT_RANK;
  return RANK[kind] ?? 0;
}
const CONTINENT_RANK = 0.5;

/** "Glass Palace, Avalon" for a venue in a city, else the place's name. */
export function placeLabel(book: PlaceBook, name: string): string {
  const e = book.byName.get(name.toLowerCase());
  if (e && e.kind === 'venue' && e.within) return `${e.name}, ${e.within}`;
  return e?.name ?? name;
}

/** The place names a label stands for, most specific first: "Glass Palace, Avalon" → [Glass Palace, Avalon]. */
function chain(book: PlaceBook, label: string): { names: string[]; country: string | null } {
  const first = label.split(',')[0].trim();
  const names: string[] = [];
  let country: string | null = null;
  let cur: string | undefined = first;
  const seen = new Set<string>();
  while (cur && !seen.has(cur.toLowerCase())) {
    seen.add(cur.toLowerCase());
    names.push(cur.toLowerCase());
    const e = book.byName.get(cur.toLowerCase());
    if (!e) break;
    country ??= e.country ?? null;
    cur = e.within;
  }
  for (const part of label.split(',').slice(1)) {
    names.push(part.trim().toLowerCase());
    // "Alexandria, United States": the country named in the label is the city's
    const code = countryCodeOf(part.trim());
    if (code && countryName(code)?.toLowerCase() === part.trim().toLowerCase()) country = code;
  }
  return { names, country };
}

/** The country code of a place of the book, up its `within` chain ("Glass Palace" → Avalon → its country), or null; `seen` guards the chain and may be shared across calls. */
export function countryUpChain(book: PlaceBook, name: string | undefined, seen: Set<string> = new Set()): string | null {
  let cur = name;
  while (cur && !seen.has(cur.toLowerCase())) {
    seen.add(cur.toLowerCase());
    const e = book.byName.get(cur.toLowerCase());
    if (!e) break;
    if (e.country) return e.country;
    cur = e.within;
  }
  return null;
}

/** True when both labels can name the same location (equal, or one lies within the other). */
export function placesCompatible(book: PlaceBook, a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const ca = chain(book, a);
  const cb = chain(book, b);
  if (ca.names.includes(cb.names[0]) || cb.names.includes(ca.names[0])) return true;
  const ea = book.byName.get(ca.names[0]);
  const eb = book.byName.get(cb.names[0]);
  if (ea?.kind === 'country' && ea.country && cb.country === ea.country) return true;
  if (eb?.kind === 'country' && eb.country && ca.country === eb.country) return true;
  // continent-*: "Europe" contains the countries of Europe (and their cities); see what/continents.ts
  if (ca.names.length === 1 && cb.country && continentMembers(ca.names[0])?.has(cb.country)) return true;
  if (cb.names.length === 1 && ca.country && continentMembers(cb.names[0])?.has(ca.country)) return true;
  return false;
}

/** How specific a label is (venue 4 … country 1, unknown 2). */
export function labelSpecificity(book: PlaceBook, label: string): number {
  const first = label.split(',')[0].trim();
  const e = book.byName.get(first.toLowerCase());
  if (continentMembers(first)) return CONTINENT_RANK;
  return e ? specificity(e.kind) : 2;
}
