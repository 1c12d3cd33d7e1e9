/**
 * Continents and world regions as places that CONTAIN countries: a trip told as "a tour of Europe" in one
 * sentence and as "arrived in Nordvik" (a country of that continent) in another is one trip, so the two
 * locations are compatible (what/places.ts placesCompatible), and the continent ranks below a country
 * when a location is chosen (a country or city of the continent says more).
 *
 * Rows as data: the names a continent goes by (matched on the place label, lower-case), and its members
 * by world-countries' `region` / `subregion` fields, with a few codes added or left out where the usual
 * English name of the region is not one of those fields ("the Middle East").
 */
import { createRequire } from 'node:module';

export interface ContinentRow {
  id: string;
  /** the place names the row stands for (the whole label, lower-case) */
  pattern: RegExp;
  /** world-countries `region` values whose countries lie within */
  regions: string[];
  /** world-countries `subregion` values whose countries lie within */
  subregions: string[];
  /** country codes within besides those */
  add?: string[];
  /** country codes of those regions that are not within */
  omit?: string[];
  effect: string;
  example: string;
}

const EFFECT = 'a location naming the region contains its countries: compatible with a country or city of it, and less specific than a country';

export const CONTINENT_ROWS: ContinentRow[] = [
  { id: 'continent-europe', pattern: /^(?:europe|continental\s+europe)$/, regions: ['Europe'], subregions: [], effect: EFFECT, example: 'Mara Quist began a tour of Europe … she arrived in Nordvik on Monday' },
  { id: 'continent-asia', pattern: /^asia$/, regions: ['Asia'], subregions: [], effect: EFFECT, example: 'his first trip to Asia … talks in Avalon' },
  { id: 'continent-africa', pattern: /^africa$/, regions: ['Africa'], subregions: [], effect: EFFECT, example: 'a week-long visit to Africa … landed in Cedaria' },
  { id: 'continent-americas', pattern: /^(?:the\s+)?americas$/, regions: ['Americas'], subregions: [], effect: EFFECT, example: 'a tour of the Americas … in Birchland' },
  { id: 'continent-latin-america', pattern: /^latin\s+america$/, regions: [], subregions: ['South America', 'Central America', 'Caribbean'], add: ['MX'], effect: EFFECT, example: 'a swing through Latin America … in Alderia' },
  { id: 'continent-south-america', pattern: /^south\s+america$/, regions: [], subregions: ['South America'], effect: EFFECT, example: 'his South America trip … in Alderia' },
  { id: 'continent-north-america', pattern: /^north\s+america$/, regions: [], subregions: ['North America'], effect: EFFECT, example: 'a North America visit … in Nordvik' },
  { id: 'continent-oceania', pattern: /^(?:oceania|the\s+pacific|pacific)$/, regions: ['Oceania'], subregions: [], effect: EFFECT, example: 'a tour of the Pacific … in Isleland' },
  { id: 'region-southeast-asia', pattern: /^south[\s-]*east\s+asia$/, regions: [], subregions: ['South-Eastern Asia'], effect: EFFECT, example: 'a Southeast Asia tour … in Avalon' },
  { id: 'region-central-asia', pattern: /^central\s+asia$/, regions: [], subregions: ['Central Asia'], effect: EFFECT, example: 'a Central Asia trip … in Steppia' },
  { id: 'region-gulf', pattern: /^(?:the\s+)?(?:persian\s+|arabian\s+)?gulf(?:\s+region)?$/, regions: [], subregions: [], add: ['SA', 'AE', 'QA', 'KW', 'BH', 'OM'], effect: EFFECT, example: 'a tour of the Gulf … in Dunesia' },
  {
    id: 'region-middle-east',
    pattern: /^(?:the\s+)?middle\s+east$/,
    regions: [],
    subregions: ['Western Asia'],
    add: ['EG', 'IR'],
    omit: ['GE', 'AM', 'AZ', 'CY'],
    effect: EFFECT,
    example: 'a Middle East tour … talks in Dunesia',
  },
];

interface WorldCountry {
  cca2: string;
  region: string;
  subregion: string;
}

const req = createRequire(import.meta.url);
let members: Map<ContinentRow, Set<string>> | null = null;

function membersOf(row: ContinentRow): Set<string> {
  if (!members) {
    const list = req('world-countries') as WorldCountry[];
    members = new Map();
    for (const r of CONTINENT_ROWS) {
      const s = new Set(list.filter((c) => r.regions.includes(c.region) || r.subregions.includes(c.subregion)).map((c) => c.cca2));
      for (const c of r.add ?? []) s.add(c);
      for (const c of r.omit ?? []) s.delete(c);
      members.set(r, s);
    }
  }
  return members.get(row)!;
}

/** the row a place name stands for when it names a continent or region of countries, else null */
export function continentRow(name: string): ContinentRow | null {
  const k = name.trim().toLowerCase();
  return CONTINENT_ROWS.find((r) => r.pattern.test(k)) ?? null;
}

/** the countries (codes) a continent or region name contains, or null when the name is no such region */
export function continentMembers(name: string): ReadonlySet<string> | null {
  const r = continentRow(name);
  return r ? membersOf(r) : null;
}
