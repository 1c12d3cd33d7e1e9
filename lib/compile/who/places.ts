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
      });
    }
  }
  return out;
}

/** Unknown places: "in the city of X", "at X Palace", "in X" when X is a known place word. Run after people are found. */
export function unknownPlaces(dc: DocCtx): PlaceMention[] {
  const out: PlaceMention[] = [];
  const re = /\b(in|at|near|to)\s+(?:the\s+(?:city|town|village|region|province|port)\s+of\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*){0,3})/gu;
  for (const sc of dc.sents) {
    for (const m of sc.text.matchAll(re)) {
      const name = m[2].replace(/'s?$/, '');
      const start = (m.index ?? 0) + m[0].length - m[2].length;
      const end = start + name.length;
      if (isOccupied(sc, start, end)) continue;
      const words = name.split(/\s+/);
      if (words.some((w) => nationCode(w))) continue;
      const cityOf = /\bof\s+/.test(m[0]);
      const venue = words.length >= 2 && VENUE_TAIL.test(words[words.length - 1]);
      const known = words.length === 1 && isCap(words[0]) && isPlaceWord(words[0]) && m[1] !== 'to';
      if (!cityOf && !venue && !known) continue;
      sc.occupied.push({ start, end });
      out.push({ docId: dc.doc.id, sentence: sc.s.index, start: sc.s.start + start, end: sc.s.start + end, surface: sc.s.text.slice(start, end), place: sc.s.text.slice(start, end), kind: 'unknown' });
    }
  }
  return out;
}
