/**
 * overrides: re-applies the editors' corrections (data/corrections.yaml) to
 * the machine's dataset, in file order, purely. Every event an editor changed
 * or added carries `edited: { notes, machine }` (machine = what the compiler
 * had said, null for an added event). A correction that matches nothing is an
 * error naming its line, with the closest id as a hint.
 *
 * Links (edges) are derived from events after this stage (network.buildEdges),
 * so add-link / remove-link are returned as `extraEdges` / `removedEdges` and
 * applied to the derived edges by applyLinkCorrections.
 */
import { precisionOf, type Correction, type Dataset, type DatasetActor, type DatasetEdge, type DatasetEvent, type EdgeKind, type Evidence, type Problem } from '../schema';
import { didYouMean, slugify } from '../editor/suggest';

export const CORRECTIONS_FILE = 'data/corrections.yaml';

export interface AppliedCorrection {
  index: number;
  op: string;
  applied: boolean;
  message: string;
}

export interface LinkRef {
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface OverridesResult {
  dataset: Dataset;
  problems: Problem[];
  applied: AppliedCorrection[];
  /** links added by editors (eventIds: the event(s) that show them) */
  extraEdges: DatasetEdge[];
  /** links editors removed */
  removedEdges: LinkRef[];
  /** pairs of actors editors declared distinct */
  distinct: [string, string][];
}

type Machine = Record<string, unknown>;

export function applyCorrections(dataset: Dataset, corrections: Correction[], lines: number[]): OverridesResult {
  const problems: Problem[] = [];
  const applied: AppliedCorrection[] = [];
  const extraEdges: DatasetEdge[] = [];
  const removedEdges: LinkRef[] = [];
  const distinct: [string, string][] = [];
  // every change below makes a new object of the event it changes: the others are the input's own (a long-lived process
  // tells unchanged events by identity downstream: network.ts edgesKept)
  let events: DatasetEvent[] = [...dataset.events];
  let actors: DatasetActor[] = dataset.actors.map((a) => ({ ...a }));
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));

  corrections.forEach((c, index) => {
    const line = lines[index] ?? null;
    const errors: Problem[] = [];
    const fail = (field: string, message: string, hint: string | null = null) =>
      errors.push({ severity: 'error', file: CORRECTIONS_FILE, line, field: `[${index}].${field}`, message: `${c.op}: ${message}`, hint });
    const eventIds = () => events.map((e) => e.id);
    const actorIds = () => actors.map((a) => a.id);
    const findEvent = (id: string, field: string): DatasetEvent | undefined => {
      const e = events.find((x) => x.id === id);
      if (!e) fail(field, `unknown event '${id}'`, didYouMean(id, eventIds(), Infinity) ?? 'the event may have been dropped or renamed: see the report');
      return e;
    };
    const checkActors = (ids: string[], field: string) => {
      const known = new Set(actorIds());
      ids.forEach((id, i) => {
        if (!known.has(id)) fail(`${field}[${i}]`, `unknown actor '${id}'`, didYouMean(id, known, Infinity) ?? 'add the person to data/actors.yaml first');
      });
    };
    const note = (fallback: string) => c.note ?? fallback;
    let message = '';

    switch (c.op) {
      case 'edit-event': {
        const e = findEvent(c.event, 'event');
        if (c.participants) checkActors(c.participants, 'participants');
        if (!e || errors.length) break;
        const changes: Partial<DatasetEvent> = {};
        const fields = ['type', 'title', 'date', 'location', 'participants', 'status'] as const;
        for (const f of fields) if (c[f] !== undefined) Object.assign(changes, { [f]: c[f] });
        if ('date' in changes && changes.date !== e.date) {
          changes.dateInfo = { expression: null, reference: 'set by an editor', precision: precisionOrNull(changes.date ?? null) };
        }
        const changed = Object.keys(changes).filter((k) => k !== 'dateInfo');
        replaceEvent(events, e.id, withEdit({ ...e, ...changes }, e, changed, note(`edited ${changed.join(', ') || 'nothing'}`)));
        message = `edited ${c.event}: ${changed.join(', ') || 'no field changed'}`;
        break;
      }
      case 'drop-event': {
        const e = findEvent(c.event, 'event');
        if (!e) break;
        events = events.filter((x) => x.id !== e.id);
        message = `dropped ${e.id}`;
        break;
      }
      case 'merge-events': {
        const found = c.events.map((id, i) => findEvent(id, `events[${i}]`));
        if (errors.length) break;
        const [first, ...rest] = found as DatasetEvent[];
        const evidence = uniqueEvidence([first, ...rest].flatMap((e) => e.evidence));
        const participants = unique([first, ...rest].flatMap((e) => e.participants));
        const respondsTo = unique([first, ...rest].flatMap((e) => e.respondsTo));
        const mergedIds = rest.map((e) => e.id);
        const merged: DatasetEvent = {
          ...first,
          evidence,
          participants,
          respondsTo,
          confidence: Math.max(first.confidence, ...rest.map((e) => e.confidence)),
        };
        const ed = withEdit(merged, first, ['participants', 'evidence'], note(`merged with ${mergedIds.join(', ')}`));
        if (ed.edited?.machine) ed.edited.machine = { ...ed.edited.machine, mergedEvents: mergedIds, evidence: first.evidence.length };
        events = events.filter((x) => !mergedIds.includes(x.id));
        replaceEvent(events, first.id, ed);
        message = `merged ${mergedIds.join(', ')} into ${first.id}`;
        break;
      }
      case 'split-event': {
        const e = findEvent(c.event, 'event');
        if (!e) break;
        c.parts.forEach((p, pi) =>
          p.documents.forEach((d, di) => {
            if (!docs.has(d)) fail(`parts[${pi}].documents[${di}]`, `unknown document '${d}'`, didYouMean(d, docs.keys(), Infinity));
            else if (!e.evidence.some((ev) => ev.documentId === d)) fail(`parts[${pi}].documents[${di}]`, `event '${e.id}' has no evidence from document '${d}'`, `its documents are: ${unique(e.evidence.map((x) => x.documentId)).join(', ')}`);
          }),
        );
        c.parts.forEach((p, pi) => p.participants && checkActors(p.participants, `parts[${pi}].participants`));
        if (errors.length) break;
        const taken = new Set(c.parts.flatMap((p) => p.documents));
        const leftover = e.evidence.filter((ev) => !taken.has(ev.documentId));
        const existing = new Set(eventIds());
        const parts: DatasetEvent[] = c.parts.map((p, pi) => {
          let id = `${e.id}-${pi + 1}`;
          for (let k = 2; existing.has(id); k++) id = `${e.id}-${pi + 1}-${k}`;
          existing.add(id);
          const evidence = [...e.evidence.filter((ev) => p.documents.includes(ev.documentId)), ...(pi === 0 ? leftover : [])];
          const part: DatasetEvent = {
            ...e,
            id,
            evidence,
            title: p.title ?? e.title,
            date: p.date !== undefined ? p.date : e.date,
            location: p.location !== undefined ? p.location : e.location,
            participants: p.participants ?? e.participants,
            dateInfo: p.date !== undefined && p.date !== e.date ? { expression: null, reference: 'set by an editor', precision: precisionOrNull(p.date) } : e.dateInfo,
            disagreements: [],
          };
          const ed = withEdit(part, e, ['title', 'date', 'location', 'participants'], note(`split from ${e.id} (part ${pi + 1}: ${p.documents.join(', ')})`));
          if (ed.edited) ed.edited.machine = { ...(ed.edited.machine ?? {}), splitFrom: e.id };
          return ed;
        });
        events = events.filter((x) => x.id !== e.id).concat(parts);
        message = `split ${e.id} into ${parts.map((p) => p.id).join(', ')}`;
        break;
      }
      case 'add-event': {
        checkActors(c.participants, 'participants');
        const evidence: Evidence[] = [];
        c.evidence.forEach((ev, i) => {
          const doc = docs.get(ev.documentId);
          if (!doc) {
            fail(`evidence[${i}].documentId`, `unknown document '${ev.documentId}'`, didYouMean(ev.documentId, docs.keys(), Infinity));
            return;
          }
          const start = doc.text.indexOf(ev.quote);
          if (start < 0) {
            fail(`evidence[${i}].quote`, `the quote is not in document '${ev.documentId}': "${ev.quote.length > 80 ? ev.quote.slice(0, 77) + '…' : ev.quote}"`, quoteHint(doc.text, ev.quote));
            return;
          }
          evidence.push({ documentId: ev.documentId, quote: ev.quote, start, end: start + ev.quote.length });
        });
        if (c.id && events.some((x) => x.id === c.id)) fail('id', `an event '${c.id}' already exists`, 'choose another id, or use edit-event to change it');
        if (errors.length) break;
        let id = c.id ?? (slugify(`${c.type}-${c.date ?? 'undated'}-${c.participants.slice(0, 2).join('-')}`) || `${c.type}-added`);
        if (!c.id) for (let k = 2; events.some((x) => x.id === id); k++) id = `${slugify(`${c.type}-${c.date ?? 'undated'}-${c.participants.slice(0, 2).join('-')}`)}-${k}`;
        events.push({
          id,
          type: c.type,
          title: c.title,
          date: c.date,
          location: c.location,
          participants: unique(c.participants),
          evidence: uniqueEvidence(evidence),
          confidence: 1,
          status: c.status,
          dateInfo: { expression: null, reference: c.date ? 'set by an editor' : null, precision: precisionOrNull(c.date) },
          respondsTo: [],
          disagreements: [],
          edited: { notes: [note('added by an editor')], machine: null },
        });
        message = `added ${id}`;
        break;
      }
      case 'add-link': {
        checkActors([c.source, c.target], 'source/target');
        let ids: string[] = [];
        if (c.event) {
          const e = findEvent(c.event, 'event');
          if (e) ids = [e.id];
        } else {
          ids = events.filter((e) => involves(e, c.source) && involves(e, c.target)).map((e) => e.id).sort();
          if (!ids.length) fail('event', `no event involves both '${c.source}' and '${c.target}'`, 'name the event that shows the link with  event: <id>  (add one with add-event if needed)');
        }
        if (errors.length) break;
        extraEdges.push({ source: c.source, target: c.target, kind: c.kind, eventIds: ids });
        message = `link ${c.source} ${c.kind} ${c.target} added (${ids.join(', ')})`;
        break;
      }
      case 'remove-link': {
        checkActors([c.source, c.target], 'source/target');
        if (errors.length) break;
        removedEdges.push({ source: c.source, target: c.target, kind: c.kind });
        message = `link ${c.source} ${c.kind} ${c.target} removed`;
        break;
      }
      case 'merge-actors': {
        checkActors([c.into], 'into');
        checkActors(c.from, 'from');
        if (errors.length) break;
        const from = new Set(c.from.filter((f) => f !== c.into));
        const rename = (id: string) => (from.has(id) ? c.into : id);
        const gone = actors.filter((a) => from.has(a.id));
        actors = actors
          .filter((a) => !from.has(a.id))
          .map((a) =>
            a.id === c.into
              ? {
                  ...a,
                  aliases: unique([...a.aliases, ...gone.flatMap((g) => [g.name, ...g.aliases])].filter((x) => x !== a.name)),
                  surfaceForms: unique([...a.surfaceForms, ...gone.flatMap((g) => g.surfaceForms)]).sort(),
                }
              : a,
          );
        events = events.map((e) =>
          e.participants.some((p) => from.has(p)) || e.respondsTo.some((p) => from.has(p))
            ? { ...e, participants: unique(e.participants.map(rename)), respondsTo: unique(e.respondsTo.map(rename)) }
            : e,
        );
        for (const l of [...extraEdges, ...removedEdges]) {
          l.source = rename(l.source);
          l.target = rename(l.target);
        }
        message = `merged ${[...from].join(', ')} into ${c.into}`;
        break;
      }
      case 'distinct-actors': {
        const [a, b] = c.actors;
        const known = new Set(actorIds());
        const missing = c.actors.filter((x) => !known.has(x));
        if (missing.length === 2) {
          checkActors(c.actors, 'actors');
          break;
        }
        distinct.push([a, b]);
        message = missing.length
          ? `recorded that ${a} and ${b} are different people; '${missing[0]}' is not in the dataset (perhaps the compiler merged it into another actor) — nothing to undo today`
          : `recorded that ${a} and ${b} are different people (they are kept apart)`;
        break;
      }
      case 'edit-actor': {
        checkActors([c.actor], 'actor');
        if (errors.length) break;
        const changed: string[] = [];
        actors = actors.map((a) => {
          if (a.id !== c.actor) return a;
          const next = { ...a };
          if (c.name !== undefined && c.name !== a.name) {
            next.aliases = unique([...a.aliases, a.name].filter((x) => x !== c.name));
            next.name = c.name;
            changed.push('name');
          }
          if (c.kind !== undefined) {
            next.kind = c.kind;
            changed.push('kind');
          }
          if (c.role !== undefined) {
            next.role = c.role;
            changed.push('role');
          }
          if (c.affiliation !== undefined) {
            next.affiliation = c.affiliation;
            changed.push('affiliation');
          }
          return next;
        });
        message = `edited actor ${c.actor}: ${changed.join(', ') || 'no field changed'}`;
        break;
      }
    }

    problems.push(...errors);
    applied.push({ index, op: c.op, applied: errors.length === 0, message: errors.length ? errors.map((p) => p.message + (p.hint ? ` (${p.hint})` : '')).join('; ') : message });
  });

  return { dataset: { ...dataset, events, actors }, problems, applied, extraEdges, removedEdges, distinct };
}

/** Adds editors' links to the derived edges and takes removed ones out; sorted. */
export function applyLinkCorrections(edges: DatasetEdge[], extra: DatasetEdge[], removed: LinkRef[]): DatasetEdge[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = (x: DatasetEdge, y: DatasetEdge) => cmp(x.source, y.source) || cmp(x.target, y.target) || cmp(x.kind, y.kind);
  // no link corrections: the derived edges as they are when already in order (buildEdges sorts them so; one per key)
  if (!extra.length && !removed.length && edges.every((e, i) => i === 0 || sorted(edges[i - 1], e) < 0)) return edges;
  const symmetric = (k: EdgeKind) => k !== 'responded_to';
  const same = (e: LinkRef, l: LinkRef) =>
    e.kind === l.kind && ((e.source === l.source && e.target === l.target) || (symmetric(e.kind) && e.source === l.target && e.target === l.source));
  const out = edges.map((e) => ({ ...e, eventIds: [...e.eventIds] }));
  for (const x of extra) {
    const hit = out.find((e) => same(e, x));
    if (hit) hit.eventIds = unique([...hit.eventIds, ...x.eventIds]).sort();
    else out.push({ ...x, eventIds: [...x.eventIds].sort() });
  }
  const kept = out.filter((e) => !removed.some((r) => same(e, r)));
  return kept.sort(sorted);
}

// ---------- helpers ----------

function withEdit(next: DatasetEvent, machineEvent: DatasetEvent, fields: readonly string[], noteText: string): DatasetEvent {
  const prior = machineEvent.edited;
  // the machine's values: from an earlier correction if there was one (machine = null for an added event)
  const machine: Machine | null =
    prior && prior.machine === null
      ? null
      : { ...Object.fromEntries(fields.map((f) => [f, clone((machineEvent as unknown as Record<string, unknown>)[f])])), ...(prior?.machine ?? {}) };
  return { ...next, edited: { notes: [...(prior?.notes ?? []), noteText], machine } };
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function replaceEvent(events: DatasetEvent[], id: string, e: DatasetEvent): void {
  const i = events.findIndex((x) => x.id === id);
  if (i >= 0) events[i] = e;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function uniqueEvidence(evs: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evs.filter((e) => {
    const k = `${e.documentId}:${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function involves(e: DatasetEvent, actor: string): boolean {
  return e.participants.includes(actor) || e.respondsTo.includes(actor);
}

function precisionOrNull(date: string | null): 'day' | 'month' | 'year' | null {
  return date ? precisionOf(date) : null;
}

/** Why a quote isn't found: usually curly quotes, dashes or spacing differ. */
function quoteHint(text: string, quote: string): string {
  const norm = (s: string) =>
    s
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\s+/g, ' ');
  if (norm(text).includes(norm(quote)))
    return 'almost: the document uses other quote marks, dashes or spaces — copy the sentence straight from the document';
  const words = quote.split(/\s+/).filter((w) => w.length > 3);
  const firstMissing = words.find((w) => !text.includes(w));
  return firstMissing ? `the document never says '${firstMissing}'; copy the sentence exactly as written` : 'copy the sentence exactly as it is written in the document';
}
