/**
 * Stable, readable event ids built from the event's own content only:
 *   call-2025-02-12-anna-alder-boris-birch
 *   statement-2025-02-16-carla-cedar-3fa9c2
 * so adding or removing unrelated documents never renames an event.
 */
import type { EventType } from '../../schema';

/** FNV-1a 32-bit, as hex: small, fast and the same on every platform. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Lower case, letters and digits only, single spaces: what an id hash is taken of. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function slugify(text: string): string {
  return normaliseForHash(text).replace(/\s+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

export interface IdInput {
  type: EventType;
  date: string | null;
  /** the two main participants (any order) */
  main: string[];
  location: string | null;
  /** normalised first evidence sentence of the earliest document */
  firstQuote: string;
}

/** The id an event would have without collisions. */
export function baseId(e: IdInput): string {
  const parts: string[] = [e.type, e.date ?? 'undated'];
  const main = [...new Set(e.main)].slice(0, 2).sort();
  if (e.type === 'statement') {
    parts.push(...main.slice(0, 1));
    parts.push(fnv1a(normaliseForHash(e.firstQuote)).slice(0, 6));
  } else {
    parts.push(...main);
    if (main.length < 2 && e.location) parts.push(slugify(e.location.split(',')[0]));
    if (!main.length && !e.location) parts.push(fnv1a(normaliseForHash(e.firstQuote)).slice(0, 6));
  }
  return parts.filter(Boolean).join('-').replace(/-+/g, '-');
}

/**
 * Ids for a batch: the event whose earliest evidence comes first keeps the
 * base id; later colliding ones get a suffix from their own first quote.
 * `rank` orders events by their earliest evidence (publication, document, offset);
 * `base`, when given, is baseId(e) computed before (merge keeps it with an event it reuses).
 */
export function assignIds<T extends IdInput & { rank: string; base?: string }>(events: T[]): string[] {
  const base = events.map((e) => e.base ?? baseId(e));
  const groups = new Map<string, number[]>();
  base.forEach((b, i) => {
    const g = groups.get(b);
    if (g) g.push(i);
    else groups.set(b, [i]);
  });
  const ids = [...base];
  const used = new Set<string>(base);
  for (const [b, idx] of groups) {
    if (idx.length < 2) continue;
    const sorted = [...idx].sort((x, y) => (events[x].rank < events[y].rank ? -1 : events[x].rank > events[y].rank ? 1 : x - y));
    for (const i of sorted.slice(1)) {
      let n = 6;
      let id = `${b}-${fnv1a(normaliseForHash(events[i].firstQuote) + '|' + events[i].rank).slice(0, n)}`;
      while (used.has(id) && n < 8) id = `${b}-${fnv1a(normaliseForHash(events[i].firstQuote) + '|' + events[i].rank).slice(0, ++n)}`;
      let k = 2;
      while (used.has(id)) id = `${b}-${k++}`;
      used.add(id);
      ids[i] = id;
    }
  }
  return ids;
}
