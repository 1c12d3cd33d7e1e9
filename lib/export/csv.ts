/**
 * CSV (RFC 4180): fields with a comma, a quote or a line break are quoted,
 * quotes doubled, lines end in CRLF. Text that a spreadsheet would run as a
 * formula (= + - @ at the start) gets a leading apostrophe.
 */
import type { Subset, SubsetEvent } from './subset';

export type Cell = string | number | boolean | null | undefined;

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function eventsCsv(s: Subset): string {
  const names = new Map(s.actors.map((a) => [a.id, a.name]));
  const docs = new Map(s.documents.map((d) => [d.id, d]));
  return toCsv(
    ['id', 'date', 'type', 'status', 'title', 'location', 'participants', 'participant_ids', 'confidence', 'key_quote', 'source_outlet', 'source_title', 'source_url', 'sources'],
    s.events.map((e) => {
      const q = e.evidence[0];
      const d = q ? docs.get(q.documentId) : undefined;
      return [
        e.id,
        e.date,
        e.type,
        e.status,
        e.title,
        e.location,
        e.participants.map((p) => names.get(p) ?? p).join('; '),
        e.participants.join('; '),
        e.confidence,
        q?.quote,
        d?.outlet,
        d?.title,
        d?.url,
        new Set(e.evidence.map((v) => v.documentId)).size,
      ];
    }),
  );
}

export function actorsCsv(s: Subset<SubsetEvent>): string {
  const count = new Map<string, number>();
  for (const e of s.events) for (const p of new Set(e.participants)) count.set(p, (count.get(p) ?? 0) + 1);
  return toCsv(
    ['id', 'name', 'kind', 'role', 'affiliation', 'visible_events', 'all_events', 'discovered'],
    s.actors.map((a) => [a.id, a.name, a.kind, a.role, a.affiliation, count.get(a.id) ?? 0, a.eventCount, a.discovered]),
  );
}

export function edgesCsv(s: Subset<SubsetEvent>): string {
  return toCsv(
    ['source', 'target', 'kind', 'weight', 'event_ids'],
    s.edges.map((e) => [e.source, e.target, e.kind, e.eventIds.length, e.eventIds.join('; ')]),
  );
}

/** Reads CSV back (RFC 4180), for round-trip tests: rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      // the \n ends the row
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
