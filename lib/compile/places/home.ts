/**
 * The country a place lies in, and whether a person is at home there: a visit is
 * a journey to another country's place ("Alder visited Nordvik"); a leader
 * "visiting" a place of his own country in a sentence about a foreign guest
 * ("Alder met Birch, who is on an official visit to Avalon") is the host,
 * not a visitor.
 */
import type { ActorInfo } from '../types';
import type { PlaceBook } from '../what/places';
import { countryCodeOf, countryName, resolveCity } from './gazetteer';
import { countryOfPlace } from '../events/place';

export const HOME_VISITOR_RULE = {
  id: 'home-visitor',
  pattern: 'a visit whose place lies in the country of one of its people (the person’s affiliation is that country’s code)',
  effect: 'a visit whose people are all at home in its place is no visit (a host told as "visiting"); beside a guest, the host stays (their met edge)',
  example: 'Avalon’s president Anna Alder met Boris Birch, who is on an official visit to Avalon',
};

/** A city smaller than this, not a capital, is too ambiguous by name alone to place a person at home. */
const CITY_MIN = 500_000;

/** The code of the country a place label lies in ("Glass Palace, Avalon", "Nordvik", a capital), else null. */
export function placeCountry(book: PlaceBook, label: string): string | null {
  const first = label.split(',')[0].trim();
  // the data file's entry of its first part, up the places it lies within
  const known = countryOfPlace(book, first);
  if (known) return known;
  for (const part of label.split(',').reverse()) {
    const name = part.trim();
    const code = countryCodeOf(name);
    if (code && countryName(code)?.toLowerCase() === name.toLowerCase()) return code;
  }
  const city = resolveCity(first);
  return city && (city.capital || city.population >= CITY_MIN) ? city.country : null;
}

/** The people (and the country itself) of a visit at home in its place: their affiliation is the place's country. */
export function homeVisitors(book: PlaceBook, place: string | null, ids: string[], actors: Map<string, ActorInfo>, described: (id: string) => string | null = () => null): string[] {
  if (!place) return [];
  const code = placeCountry(book, place);
  if (!code) return [];
  return ids.filter((id) => {
    const a = actors.get(id);
    if (a?.kind === 'country') return a.affiliation === code;
    return a?.kind === 'person' && (a.affiliation ?? described(id)) === code;
  });
}

/**
 * A person's country as the document describes it, for people no data file places: the demonym or "<Country>'s" that
 * opens the run of capitalised title words right before a mention ("Avalonian Prime Minister Anna Alder", "Avalon’s
 * President Anna Alder") or an apposition right after it ("ANNA ALDER, AVALONIAN PRIME MINISTER"), the most frequent
 * over the person's mentions; null when no mention is so described.
 */
export function describedCountry(body: string, mentions: { start: number; end: number; actorId: string; via?: string }[], id: string): string | null {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (m.actorId !== id || (m.via && m.via === 'pronoun')) continue;
    // an apposition after the name: "ANNA ALDER, AVALONIAN PRIME MINISTER", "Anna Alder, the Avalonian envoy"
    const app = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}’']+)\s+\p{L}/u.exec(body.slice(m.end, m.end + 60));
    const appCode = app ? countryCodeOf(app[1]) : null;
    if (appCode && countryName(appCode)?.toLowerCase() !== app![1].toLowerCase()) {
      votes.set(appCode, (votes.get(appCode) ?? 0) + 1);
      continue;
    }
    // the run of capitalised words right before the name; its first word must be a demonym or "<Country>'s"
    // ("Avalonian Prime Minister", "Avalon’s President"), not a bare country name ("envoy to Avalon Boris Birch")
    const words = body.slice(Math.max(0, m.start - 60), m.start).split(/\s+/).filter(Boolean);
    let k = words.length;
    while (k > 0 && words.length - k < 5 && /^\p{Lu}[\p{L}.’'-]*$/u.test(words[k - 1])) k--;
    if (k === words.length) continue;
    const first = words[k];
    const code = countryCodeOf(first);
    const bare = code && countryName(code)?.toLowerCase() === first.toLowerCase();
    if (code && !bare) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of votes) if (!best || n > votes.get(best)!) best = code;
  return best;
}
