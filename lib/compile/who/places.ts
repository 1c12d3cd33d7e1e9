/**
 * Places: names and aliases from data/places.yaml (longest match; a venue and
 * its city are both reported, the caller decides), plus unknown places after
 * "in"/"at" with a place cue ("in the city of X", "X Palace", "X Airport").
 */
import type { PlaceMention } from '../types';
import type { DocCtx } from './context';
import { isOccupied } from './context';
import type { Form } from './forms';
import { resolveOverlaps, scan } from './forms';
import { isCap, isPlaceWord, nationCode } from './text';
import { countryCodeOf, countryName, resolveCity } from '../places/gazetteer';

const VENUE_TAIL = /^(Palace|Airport|Hotel|Square|Centre|Center|Base|Stadium|Castle|Residence|Villa|Estate|Camp|Airbase|Air Base|Summit Hall|Hall|Building|Embassy|Consulate|Resort)$/;

export function placePass(dc: DocCtx, forms: Form[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const sc of dc.sents) {
    const hits = resolveOverlaps(scan(sc.text, forms, dc.transcript, sc.tokens));
    for (const h of hits) {
      sc.occupied.push({ start: h.start, end: h.end });
      if (h.form.kind !== 'place' || !h.form.place) continue;
      out.push({
        docId: dc.doc.id,
        sentence: sc.s.index,
        start: sc.s.start + h.start,
        end: sc.s.start + h.end,
        surface: sc.s.text.slice(h.start, h.end),
        place: h.form.place.name,
        kind: h.form.place.kind,
        country: h.form.place.country ?? null,
        source: 'data',
      });
    }
  }
  return out;
}

/**
 * Places in no data file, after "in"/"at"/"near"/"to": a country or a city of
 * the gazetteer (resolved with the countries the document mentions), "the city
 * of X", "X Palace"; and "City, Country" anywhere. Run after people are found.
 */
export function unknownPlaces(dc: DocCtx): PlaceMention[] {
  const out: PlaceMention[] = [];
  let docCountries: Set<string> | null = null;
  const countries = () => (docCountries ??= countriesOf(dc));
  const emit = (sc: DocCtx['sents'][number], start: number, end: number, place: string, kind: PlaceMention['kind'], country: string | null, source?: 'gazetteer') => {
    sc.occupied.push({ start, end });
    const m: PlaceMention = { docId: dc.doc.id, sentence: sc.s.index, start: sc.s.start + start, end: sc.s.start + end, surface: sc.s.text.slice(start, end), place, kind, country };
    if (source) m.source = source;
    out.push(m);
  };
  const re = /\b(in|at|near|to)\s+(?:the\s+(?:city|town|village|region|province|port)\s+of\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*){0,3})/gu;
  for (const sc of dc.sents) {
    for (const m of sc.text.matchAll(re)) {
      const name = m[2].replace(/'s?$/, '');
      const start = (m.index ?? 0) + m[0].length - m[2].length;
      if (isOccupied(sc, start, start + name.length)) continue;
      const words = name.split(/\s+/);
      // a country of the gazetteer ("in Slovenia"), when no data file names it
      const whole = countryNameCode(name);
      if (whole) {
        if (m[1] !== 'to') emit(sc, start, start + name.length, countryName(whole) ?? name, 'country', whole, 'gazetteer');
        continue;
      }
      if (words.some((w) => nationCode(w))) continue;
      const cityOf = /\bof\s+/.test(m[0]);
      const venue = words.length >= 2 && VENUE_TAIL.test(words[words.length - 1]);
      if (!cityOf && !venue && m[1] !== 'to') {
        // the longest run of words from the start that is a gazetteer city ("in Zagreb Mayor …" → Zagreb)
        let hit: { n: number; label: string; country: string } | null = null;
        for (let n = words.length; n >= 1 && !hit; n--) {
          const c = resolveCity(words.slice(0, n).join(' '), countries());
          if (c) hit = { n, label: cityLabel(c.name, c.country), country: c.country };
        }
        if (hit) {
          const text = words.slice(0, hit.n).join(' ');
          if (/^\s+\p{Lu}/u.test(sc.text.slice(start + text.length)) && hit.n < words.length && !isPlaceWord(words[hit.n])) {
            // the city's name starts a longer name ("Victoria Nuland"): not a place
          } else {
            emit(sc, start, start + (new RegExp(`^(?:\\S+\\s+){${hit.n - 1}}\\S+`).exec(name)?.[0].length ?? text.length), hit.label, 'city', hit.country, 'gazetteer');
            continue;
          }
        }
      }
      const known = words.length === 1 && isCap(words[0]) && isPlaceWord(words[0]) && m[1] !== 'to';
      if (!cityOf && !venue && !known) continue;
      emit(sc, start, start + name.length, sc.text.slice(start, start + name.length), 'unknown', null);
    }
    // "Alexandria, Egypt": a city followed by its country, anywhere
    for (const m of sc.text.matchAll(/(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}),\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})/gu)) {
      const code = countryNameCode(m[2]);
      if (!code) continue;
      const start = m.index ?? 0;
      const end = start + m[1].length;
      if (isOccupied(sc, start, end)) continue;
      const c = resolveCity(m[1], new Set([code]));
      if (!c || c.country !== code) continue;
      emit(sc, start, end, cityLabel(c.name, c.country), 'city', code, 'gazetteer');
    }
  }
  return out;
}

/** A city's label: its name, with the country when a larger city elsewhere has the same name ("Alexandria, United States"). */
function cityLabel(name: string, country: string): string {
  const largest = resolveCity(name);
  if (!largest || largest.country === country) return name;
  return `${name}, ${countryName(country) ?? country}`;
}

/** A whole country name of the gazetteer ("Slovenia", "North Macedonia"), not a demonym. */
function countryNameCode(name: string): string | null {
  const code = countryCodeOf(name);
  if (!code) return null;
  return countryCodeOf(name) && !/(?:ian|ese|ish|ic|i)$/.test(name) ? code : null;
}

/** Countries the document mentions (nationality words, country names), for resolving same-named cities. */
function countriesOf(dc: DocCtx): Set<string> {
  const out = new Set<string>();
  for (const sc of dc.sents)
    for (const t of sc.tokens) {
      if (!isCap(t.text)) continue;
      const c = nationCode(t.text) ?? countryCodeOf(t.text);
      if (c) out.add(c);
    }
  return out;
}
