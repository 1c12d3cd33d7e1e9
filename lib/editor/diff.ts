/** What changed between two compiled datasets (events added, removed, changed fields). */
import type { Dataset, DatasetEvent } from '../schema';
import type { Changes, EventRef } from './report-schema';

const FIELDS = ['type', 'title', 'date', 'location', 'participants', 'status', 'confidence', 'evidence'] as const;

export function eventRef(e: Pick<DatasetEvent, 'id' | 'type' | 'date' | 'title'>): EventRef {
  return { id: e.id, type: e.type, date: e.date, title: e.title };
}

function show(e: DatasetEvent, f: (typeof FIELDS)[number]): string {
  const v = e[f];
  if (f === 'evidence') {
    const ev = (v as DatasetEvent['evidence']) ?? [];
    return `${ev.length} sentence${ev.length === 1 ? '' : 's'} from ${[...new Set(ev.map((x) => x.documentId))].sort().join(', ') || 'no document'}`;
  }
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'number') return String(Math.round(v * 100) / 100);
  return v == null ? '—' : String(v);
}

/**
 * `previous` may be anything read from an old dataset.json (or null): only
 * well-formed events are compared.
 */
export function diffDatasets(previous: unknown, next: Dataset): Changes {
  const prevEvents = readEvents(previous);
  const prevActors = readActorIds(previous);
  if (prevEvents === null) return { previous: false, added: [], removed: [], changed: [], actorsAdded: [], actorsRemoved: [] };
  const before = new Map(prevEvents.map((e) => [e.id, e]));
  const after = new Map(next.events.map((e) => [e.id, e]));
  const added = next.events.filter((e) => !before.has(e.id)).map(eventRef);
  const removed = prevEvents.filter((e) => !after.has(e.id)).map(eventRef);
  const changed: Changes['changed'] = [];
  for (const e of next.events) {
    const old = before.get(e.id);
    if (!old) continue;
    const fields = FIELDS.map((f) => ({ field: f, before: show(old, f), after: show(e, f) })).filter((c) => c.before !== c.after);
    if (fields.length) changed.push({ id: e.id, title: e.title, fields });
  }
  const nextActors = new Set(next.actors.map((a) => a.id));
  const cmp = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    previous: true,
    added: added.sort(cmp),
    removed: removed.sort(cmp),
    changed: changed.sort(cmp),
    actorsAdded: [...nextActors].filter((a) => !prevActors.has(a)).sort(),
    actorsRemoved: [...prevActors].filter((a) => !nextActors.has(a)).sort(),
  };
}

function readEvents(d: unknown): DatasetEvent[] | null {
  if (!d || typeof d !== 'object' || !Array.isArray((d as { events?: unknown }).events)) return null;
  return ((d as { events: unknown[] }).events).filter(
    (e): e is DatasetEvent => !!e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' && typeof (e as { type?: unknown }).type === 'string',
  );
}

function readActorIds(d: unknown): Set<string> {
  const list = d && typeof d === 'object' ? (d as { actors?: unknown }).actors : null;
  if (!Array.isArray(list)) return new Set();
  return new Set(list.map((a) => (a && typeof a === 'object' ? (a as { id?: unknown }).id : null)).filter((x): x is string => typeof x === 'string'));
}
