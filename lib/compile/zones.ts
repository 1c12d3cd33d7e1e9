/**
 * Time zones: the zone a document is written in and the zone a happening's place keeps, so that a day told with a
 * time of day in the writer's reckoning ("late on Monday" in a Washington report of talks in an Asian capital) is
 * read as the day where it happened (the day the annotators and the place's own press give it).
 *
 *  - a document's zone (`documentZone`): its front matter `zone:` (an editor's IANA name "America/New_York" or UTC
 *    offset "UTC+09:00"); else the city of its wire dateline ("NORDVIK, March 11 (Xinhua) --": the writer is there);
 *    else the country of its address's country domain (".co.uk", ".cn"); else unknown;
 *  - a place's zone (`placeZone`): a city named by an IANA zone ("Singapore", "Helsinki"); else its country's row in
 *    data/zones.yaml (editors' table, ISO code → IANA zone), the country from data/places.yaml or the gazetteer.
 * Offsets are read for the day concerned (summer time included) through the runtime's time-zone data (Intl).
 * Compile time only; pure (load reads data/zones.yaml with the other editors' files).
 */
import { parseYamlText } from './load';
import { isTimeZone, ZonesFile, type Problem } from '../schema';
import { countryCodeOf, resolveCity } from './places/gazetteer';

export { isTimeZone };

/** a zone as written: an IANA name or a fixed offset in minutes east of UTC */
export type Zone = { iana: string } | { minutes: number };

const OFFSET = /^(?:(?:UTC|GMT)\s*)?([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** "Asia/Tokyo" → { iana }, "UTC+09:00" / "+9" / "GMT-05:30" → { minutes }, "UTC" → { minutes: 0 }; null when neither */
export function parseZone(text: string): Zone | null {
  const s = text.trim();
  if (/^(?:UTC|GMT|Z)$/i.test(s)) return { minutes: 0 };
  const m = OFFSET.exec(s);
  if (m) {
    const h = +m[2];
    const min = m[3] ? +m[3] : 0;
    if (h > 14 || min > 59) return null;
    return { minutes: (m[1] === '+' ? 1 : -1) * (h * 60 + min) };
  }
  return isTimeZone(s) && /\//.test(s) ? { iana: s } : null;
}

/** the zone's offset from UTC in minutes at noon (UTC) of `day` (YYYY-MM-DD): summer time counted */
export function offsetOn(zone: Zone, day: string): number {
  if ('minutes' in zone) return zone.minutes;
  const at = new Date(`${day}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone.iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (t: string) => +(parts.find((p) => p.type === t)?.value ?? 0);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - at.getTime()) / 60000);
}

// ---------- data/zones.yaml ----------

export const ZONES_FILE = 'data/zones.yaml';
/** Parses the editors' table (ISO code → zone); a bad row is an error `file:line: message (hint)`. */
export function parseZonesFile(text: string, file = ZONES_FILE): Map<string, Zone> {
  const problems: Problem[] = [];
  const read = parseYamlText(text, file, ZonesFile, {} as Record<string, string>, problems, 0);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`).join('\n'));
  const out = new Map<string, Zone>();
  for (const [code, zone] of countryZones(read.value ?? {})) out.set(code, zone);
  return out;
}

const fromRows = new WeakMap<object, Map<string, Zone>>();
const NONE = new Map<string, Zone>();
/** data/zones.yaml as load read it (ISO code → zone; none: no country zones), parsed once per table */
export function countryZones(rows?: Record<string, string> | null): Map<string, Zone> {
  if (!rows) return NONE;
  let zones = fromRows.get(rows);
  if (!zones) {
    zones = new Map();
    for (const [code, zone] of Object.entries(rows)) {
      const z = parseZone(zone);
      if (z) zones.set(code, z);
    }
    fromRows.set(rows, zones);
  }
  return zones;
}

// ---------- places ----------

let byCity: Map<string, string> | null = null;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_\s]+/g, ' ').trim();
/** the IANA zone named for a city ("singapore" → Asia/Singapore, "los angeles" → America/Los_Angeles) */
export function zoneNamedFor(city: string): string | null {
  if (!byCity) {
    byCity = new Map();
    for (const z of Intl.supportedValuesOf('timeZone')) if (/^(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//.test(z)) byCity.set(fold(z.split('/').pop()!), z);
  }
  return byCity.get(fold(city)) ?? null;
}

/**
 * The zone of a place label ("Hanoi", "Glass Palace, Avalon", "Singapore"): a part named by an IANA zone, else the
 * country `countryOf` gives (data/places.yaml), else the gazetteer's city or country; null when unknown.
 */
export function placeZone(label: string, countryOf: (label: string) => string | null = () => null, zones: Map<string, Zone> = countryZones()): Zone | null {
  const parts = label.split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of parts) {
    const named = zoneNamedFor(p);
    if (named) return { iana: named };
  }
  const code = countryOf(label) ?? parts.map((p) => resolveCity(p)?.country ?? countryCodeOf(p)).find(Boolean) ?? null;
  return code ? zones.get(code) ?? null : null;
}

/** country-code domains used for sites of every country (".io", ".tv", ".co"): they say nothing of the writer */
const GENERIC_CC = new Set(['io', 'tv', 'co', 'me', 'fm', 'ai', 'ly', 'gg', 'to', 'cc', 'ws', 'la', 'nu', 'so', 'sh', 'ac', 'eu', 'su']);

/** the country of a page address's country domain ("https://www.example.co.uk/…" → GB), null for .com and the like */
export function domainCountry(url: string | null | undefined): string | null {
  const host = url ? /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() : null;
  const tld = host?.split('.').pop();
  if (!tld || tld.length !== 2 || GENERIC_CC.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return code;
}

export interface DocZone {
  zone: Zone;
  /** 'front-matter', 'dateline' or 'domain' */
  source: 'front-matter' | 'dateline' | 'domain';
  text: string;
}

/**
 * The zone a document's "on Monday", "last night" count in: its front matter's `zone:`, else its wire dateline's
 * city (`dateline`: the dateline's text, from reference-day.ts), else its address's country domain.
 */
export function documentZone(meta: { zone?: string | null; url?: string | null }, dateline: string | null, countryOf: (label: string) => string | null = () => null, zones: Map<string, Zone> = countryZones()): DocZone | null {
  if (meta.zone) {
    const z = parseZone(meta.zone);
    if (z) return { zone: z, source: 'front-matter', text: meta.zone };
  }
  if (dateline) {
    const city = dateline.split(/,|\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/)[0].replace(/\[[^\]]*\]|\([^)]*\)/g, '').trim();
    const titled = city.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const z = city ? placeZone(titled, countryOf, zones) : null;
    if (z) return { zone: z, source: 'dateline', text: city };
  }
  const code = domainCountry(meta.url);
  const z = code ? zones.get(code) : undefined;
  return z ? { zone: z, source: 'domain', text: code! } : null;
}
