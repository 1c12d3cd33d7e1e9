/**
 * `day-in-place-zone` (date pass, after clustering): a happening's day told with a time of day in the writer's
 * reckoning is the day where it happened. "Talks in Nordvik ended late on Monday", written in a zone 13 hours behind
 * Nordvik, ended on Tuesday in Nordvik (the day the annotators, and Nordvik's own press, give it); "Birch spoke this
 * morning" in a page written 13 hours ahead of Birch's capital spoke on the day before there.
 *
 * Only when everything is known: the document's zone (zones.ts `documentZone`: its front matter `zone:`, its wire
 * dateline's city, its address's country domain), the happening's place and that place's zone, a day told by an
 * expression of its own with a time of day (row `time-of-day-of-the-day`) and no time told in the place's reckoning
 * (row `local-time-told`); and only when the WHOLE span of hours that time of day covers falls on the same other day
 * in the place. A day without a time of day is left as it is (half of a writer's Monday is Tuesday in a place 12
 * hours ahead: nothing says which half).
 */
import type { DateExpr, SentencedDoc } from '../types';
import { addDays } from '../what/anchors';
import type { Cluster } from './cand';
import { DATE_ROWS } from '../lang/en-dates';
import { referenceDay, type ReferenceDay } from '../reference-day';
import { countryZones, documentZone, offsetOn, placeZone, type DocZone, type Zone } from '../zones';

/** hours [from, to) of the writer's day a time of day covers */
export interface Hours {
  from: number;
  to: number;
}

const WORD_HOURS: Record<string, Hours> = {
  early: { from: 0, to: 7 },
  morning: { from: 6, to: 12 },
  afternoon: { from: 12, to: 18 },
  evening: { from: 18, to: 23 },
  night: { from: 20, to: 24 },
  tonight: { from: 20, to: 24 },
  late: { from: 19, to: 24 },
};

/**
 * The hours a day expression's time of day covers: `text` is the expression with a little of the sentence on both
 * sides (`at` = where the expression starts in it). "late on Monday" → 19–24, "Monday morning" → 6–12, "at 9 p.m.
 * on Monday" → 21–22; null when no time of day is told, or when a time is told in the place's reckoning.
 */
export function hoursOf(text: string, at: number): Hours | null {
  if (DATE_ROWS.localTime.pattern.test(text)) return null;
  const re = new RegExp(DATE_ROWS.timeOfDay.pattern.source, 'gi');
  let best: { h: Hours; dist: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let h: Hours | null = null;
    if (m[1]) h = WORD_HOURS[m[1].toLowerCase()];
    else if (m[2]) h = WORD_HOURS[m[2].toLowerCase()];
    else if (m[3]) h = WORD_HOURS.tonight;
    else if (m[4]) {
      const n = +m[4];
      if (n < 1 || n > 12) continue;
      const hour = (n % 12) + (m[5].toLowerCase() === 'p' ? 12 : 0);
      h = { from: hour, to: hour + 1 };
    }
    if (!h) continue;
    const dist = Math.abs(m.index - at);
    if (!best || dist < best.dist) best = { h, dist };
  }
  return best?.h ?? null;
}

/**
 * Days to add to the writer's day to have the place's: the same for every hour of `hours`, else 0.
 * `delta`: the place's offset minus the writer's, in minutes.
 */
export function dayShift(hours: Hours, delta: number): number {
  const first = Math.floor((hours.from * 60 + delta) / 1440);
  const last = Math.floor((hours.to * 60 - 1 + delta) / 1440);
  return first === last ? first : 0;
}

/** the expression of a cluster's day in its document, with the sentence around it */
function expressionOf(c: Cluster, doc: SentencedDoc, datesBySentence: Map<number, DateExpr[]>): { text: string; at: number } | null {
  const expr = c.date.expression;
  if (!expr) return null;
  for (const x of c.cands) {
    if (x.date.expression !== expr) continue;
    const d = (datesBySentence.get(x.sentence) ?? []).find((e) => e.text === expr);
    const s = doc.sentences[x.sentence];
    if (!d || !s) continue;
    const from = Math.max(s.start, d.start - 24);
    const to = Math.min(s.end, d.end + 32);
    return { text: doc.body.slice(from, to), at: d.start - from };
  }
  return null;
}

/** how far (minutes) a place's clock must be ahead of the page's for the page's day to be, for long, the next day there */
export const TODAY_THERE_AHEAD_MIN = 300;

/** the city of a dateline without a day opening the text ("NORDVIK/AVALON (Reuters) – …"): the writer's city, or null */
export function undatedDatelineCity(body: string): string | null {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (const line of lines) {
    const m = DATE_ROWS.datelinePlace.pattern.exec(line);
    if (m) return m[1].trim().toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  }
  return null;
}

/**
 * The zone the page's date is reckoned in: the front matter's `zone:`, else its address's country domain, else
 * UTC (a page of unknown zone).
 */
export function pageZoneOf(meta: { zone?: string | null; url?: string | null }, zones: Map<string, Zone>): Zone {
  const z = documentZone(meta, null, () => null, zones);
  return z?.zone ?? { minutes: 0 };
}

/**
 * `weekday-after-the-page-day-is-today-there`: a happening told as past with a bare weekday that names the day after
 * the page's date (so read as six days before it) took place where the clock is at least TODAY_THERE_AHEAD_MIN ahead
 * of the page's (its place's zone, else the zone of the writer's dateline city): the page's day is already that
 * weekday there, so the happening is of the day after the page's date. Only on a page whose reference day is its own
 * date (a dated wire dateline is the writer's day already).
 */
export function weekdayTodayThere(clusters: Cluster[], doc: SentencedDoc, ref: ReferenceDay, countryOf: (place: string) => string | null, zones: Map<string, Zone>, source: 'explicit' | 'anchored' = 'explicit', rule: string = DATE_ROWS.todayThere.id): void {
  if (ref.source !== 'published') return;
  const sixBefore = addDays(ref.day, -6);
  let writer: Zone | null | undefined;
  let page: Zone | undefined;
  for (const c of clusters) {
    const d = c.date;
    if (d.value !== sixBefore || d.precision !== 'day' || d.range || d.anchor || d.source !== source || !d.expression) continue;
    if (!DATE_ROWS.todayThere.pattern.test(d.expression.trim()) || !c.statuses.has('happened')) continue;
    let where = c.place ? placeZone(c.place, countryOf, zones) : null;
    if (!where) {
      if (writer === undefined) {
        const city = undatedDatelineCity(doc.body);
        writer = city ? placeZone(city, countryOf, zones) : null;
      }
      where = writer;
    }
    if (!where) continue;
    page ??= pageZoneOf(doc.meta, zones);
    if (offsetOn(where, ref.day) - offsetOn(page, ref.day) < TODAY_THERE_AHEAD_MIN) continue;
    c.date = { ...d, value: addDays(ref.day, 1), future: false, reference: `${d.reference ?? ''} (${d.expression.trim()} is the day after the page's date where it happened, ${c.place ?? 'the dateline\'s city'}: the page's day is already that day there)`.trim() };
    (c.why ??= []).push({ stage: 'date', rule });
  }
}

/** The pass: moves the day of each happening told with a time of day in the writer's zone to its place's day. */
export function dayInPlaceZone(clusters: Cluster[], doc: SentencedDoc, datesBySentence: Map<number, DateExpr[]> | undefined, ref: ReferenceDay = referenceDay(doc), countryOf: (place: string) => string | null = () => null, zones: Map<string, Zone> = countryZones()): void {
  weekdayTodayThere(clusters, doc, ref, countryOf, zones);
  const zone = documentZoneOf(doc, ref, countryOf, zones);
  if (!zone || !datesBySentence) return;
  for (const c of clusters) {
    const d = c.date;
    if (!c.place || !d.value || d.value.length !== 10 || d.precision !== 'day' || d.range || d.anchor || !d.expression) continue;
    if (d.source !== 'explicit') continue;
    const where = placeZone(c.place, countryOf, zones);
    if (!where) continue;
    const delta = offsetOn(where, d.value) - offsetOn(zone.zone, d.value);
    if (!delta) continue;
    const around = expressionOf(c, doc, datesBySentence);
    const hours = around ? hoursOf(around.text, around.at) : null;
    const shift = hours ? dayShift(hours, delta) : 0;
    if (!shift) continue;
    c.date = { ...d, value: addDays(d.value, shift), reference: `${d.reference ?? ''} (${d.expression} in ${zone.source === 'front-matter' ? 'the document\'s zone' : `${zone.text}'s zone`} is ${shift > 0 ? 'the next' : 'the previous'} day in ${c.place})`.trim() };
    (c.why ??= []).push({ stage: 'date', rule: 'day-in-place-zone' });
  }
}

/** the document's zone, its dateline read from the reference day */
export function documentZoneOf(doc: SentencedDoc, ref: ReferenceDay = referenceDay(doc), countryOf: (place: string) => string | null = () => null, zones = countryZones()): DocZone | null {
  return documentZone(doc.meta, ref.source === 'wire-dateline' ? ref.text : null, countryOf, zones);
}
