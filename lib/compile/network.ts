/**
 * network: edges from events. met — every pair of participants of a meeting
 * (or visit) that happened; called — every pair of a call that happened;
 * responded_to — from a statement's speaker to each actor it answers
 * (directed). Undirected kinds keep source < target. One edge per
 * (source, target, kind), with all its event ids sorted.
 * An agreement signed at a named place links its people as met too
 * (SIGNED_IN_PERSON): the signatories and leaders of a signing ceremony were there together.
 */
import type { DatasetActor, DatasetEdge, DatasetEvent, EdgeKind } from '../schema';

/** a group (an armed force, a movement, a bloc) takes part in a meeting as a party like an organisation (group-is-a-party) */
const LINKABLE = new Set(['person', 'organization', 'country', 'group']);

/** the rules of the compile trace that tell an agreement was signed (a ceremony with pens, not a word on the phone) */
const SIGNING_TRIGGERS = new Set(['agreement-signed', 'agreement-signing']);

/** an agreement signed at a place: its people met there (the rule row of this file; the event's trace says which trigger told the signing) */
export const SIGNED_IN_PERSON = {
  id: 'signed-in-person',
  pattern: 'a happened agreement whose trace holds a signing trigger and that has a place',
  effect: 'met edges between every two people among its participants (countries and organisations are parties, not there in person)',
  example: 'Alder and Birch signed the accord in Avalon on Friday',
};

type EdgeEvent = Pick<DatasetEvent, 'id' | 'type' | 'status' | 'participants' | 'respondsTo'> & Partial<Pick<DatasetEvent, 'location' | 'rules'>>;

/** SIGNED_IN_PERSON: the agreement was signed by people together at its place */
export function signedInPerson(ev: EdgeEvent): boolean {
  return ev.type === 'agreement' && (ev.status === 'happened' || ev.status === 'ongoing') && !!ev.location && !!ev.rules?.some((r) => r.stage === 'trigger' && SIGNING_TRIGGERS.has(r.rule));
}

/** The edges one event adds (the rules above), each once: undirected kinds as source < target; with `kinds`, linkable actors only. */
function eventEdges(ev: EdgeEvent, kinds: Map<string, string> | null): { source: string; target: string; kind: EdgeKind; key: string }[] {
  const out: { source: string; target: string; kind: EdgeKind; key: string }[] = [];
  const has = new Set<string>();
  const ok = (id: string) => !kinds || LINKABLE.has(kinds.get(id) ?? '');
  const add = (source: string, target: string, kind: EdgeKind) => {
    if (source === target || !ok(source) || !ok(target)) return;
    if (kind !== 'responded_to' && target < source) [source, target] = [target, source];
    const key = `${source}\u0000${target}\u0000${kind}`;
    if (has.has(key)) return;
    has.add(key);
    out.push({ source, target, kind, key });
  };
  const real = ev.status === 'happened' || ev.status === 'ongoing';
  if (real && (ev.type === 'meeting' || ev.type === 'call' || ev.type === 'visit')) {
    const kind: EdgeKind = ev.type === 'call' ? 'called' : 'met';
    const ps = [...new Set(ev.participants)];
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) add(ps[i], ps[j], kind);
  }
  // people only, and only when the actors' kinds are known: a country signing is a party, not a person in the room
  if (kinds && signedInPerson(ev)) {
    const ps = [...new Set(ev.participants)].filter((id) => kinds.get(id) === 'person');
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) add(ps[i], ps[j], 'met');
  }
  if (ev.type === 'statement' && ev.participants.length) {
    for (const r of ev.respondsTo) add(ev.participants[0], r, 'responded_to');
  }
  return out;
}

export function buildEdges(events: EdgeEvent[], actors?: Pick<DatasetActor, 'id' | 'kind'>[]): DatasetEdge[] {
  const kinds = actors ? new Map(actors.map((a) => [a.id, a.kind])) : null;
  const edges = new Map<string, DatasetEdge>();
  for (const ev of events)
    for (const { source, target, kind, key } of eventEdges(ev, kinds)) {
      let e = edges.get(key);
      if (!e) edges.set(key, (e = { source, target, kind, eventIds: [] }));
      // an event adds its edges one after another: a repeat can only be the last id (O(1), not a scan of a busy edge)
      if (e.eventIds[e.eventIds.length - 1] !== ev.id) e.eventIds.push(ev.id);
    }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...edges.values()]
    .map((e) => ({ ...e, eventIds: [...e.eventIds].sort(cmp) }))
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.kind, b.kind));
}

/**
 * What a long-lived process keeps of the last edges (the dev loop: edges patched per changed event). Events are told
 * by identity: the merge hands back the same object for an event it did not change, and corrections copy only the
 * events they touch, so an event object seen last time adds the same edges again.
 */
export interface EdgeState {
  /** whether the actors' kinds were given, and each actor's class as the edges read it (p: a person, l: another linkable kind) */
  kinds: { known: boolean; cls: Map<string, string> };
  /** each event of the last run → the keys of the edges it adds */
  byEvent: Map<EdgeEvent, string[]>;
  /** edge key → its ends and kind, and its events' ids (id → how many of the events with that id add it) */
  edges: Map<string, { source: string; target: string; kind: EdgeKind; ids: Map<string, number> }>;
  /** the last output (sorted) and each edge's key */
  out: DatasetEdge[];
  keys: string[];
}

/**
 * buildEdges, keeping an EdgeState for the next run: with `previous`, only the edges of the events that appeared or
 * disappeared since are made again; the output equals buildEdges(events, actors) (network.test.ts). With `changed` (the
 * events gone and come since the previous run's, told by the caller: keep.ts diffById), those are not looked for by a
 * walk over every event of both runs.
 */
export function edgesKept(
  events: EdgeEvent[],
  actors: Pick<DatasetActor, 'id' | 'kind'>[] | undefined,
  previous: EdgeState | undefined,
  changed?: { removed: readonly EdgeEvent[]; added: readonly EdgeEvent[] },
): { edges: DatasetEdge[]; state: EdgeState } {
  const kinds = actors ? new Map(actors.map((a) => [a.id, a.kind])) : null;
  const cls = new Map<string, string>();
  if (actors) for (const a of actors) cls.set(a.id, a.kind === 'person' ? 'p' : LINKABLE.has(a.kind) ? 'l' : '');
  const prev = previous && previous.kinds.known === !!actors ? previous : undefined;
  // actors the edges read differently now (kind class changed, appeared, gone): the events naming them are made again
  const reclassed = new Set<string>();
  if (prev) {
    for (const [id, c] of cls) if ((prev.kinds.cls.get(id) ?? '') !== c) reclassed.add(id);
    for (const [id, c] of prev.kinds.cls) if (c !== (cls.get(id) ?? '')) reclassed.add(id);
  }
  const names = (ev: EdgeEvent) => reclassed.size > 0 && (ev.participants.some((p) => reclassed.has(p)) || ev.respondsTo.some((p) => reclassed.has(p)));
  const edges: EdgeState['edges'] = prev ? prev.edges : new Map();
  /** keys whose events changed */
  const touched = new Set<string>();
  /** keys this run made an entry for: none of last run's keys (each of those has its entry, kept until the end of the run) */
  const created: string[] = [];
  const unadd = (ev: EdgeEvent, keys: string[]) => {
    for (const key of keys) {
      const e = edges.get(key)!;
      const n = e.ids.get(ev.id)! - 1;
      if (n) e.ids.set(ev.id, n);
      else e.ids.delete(ev.id);
      touched.add(key);
    }
  };
  const addEvent = (ev: EdgeEvent): string[] => {
    const keys: string[] = [];
    for (const { source, target, kind, key } of eventEdges(ev, kinds)) {
      keys.push(key);
      let e = edges.get(key);
      if (!e) {
        edges.set(key, (e = { source, target, kind, ids: new Map() }));
        created.push(key);
      }
      e.ids.set(ev.id, (e.ids.get(ev.id) ?? 0) + 1);
      touched.add(key);
    }
    return keys;
  };
  let byEvent: EdgeState['byEvent'];
  if (prev && changed) {
    // the previous run's map, patched (the previous state is taken over): the gone events out, the come ones in, and
    // the events naming a reclassed actor made again
    byEvent = prev.byEvent;
    const again: EdgeEvent[] = [];
    for (const ev of changed.removed) {
      const keys = byEvent.get(ev);
      if (!keys) continue;
      unadd(ev, keys);
      byEvent.delete(ev);
    }
    if (reclassed.size)
      for (const ev of events)
        if (names(ev)) {
          const keys = byEvent.get(ev);
          if (!keys) continue;
          unadd(ev, keys);
          byEvent.delete(ev);
          again.push(ev);
        }
    for (const ev of changed.added) byEvent.set(ev, addEvent(ev));
    for (const ev of again) byEvent.set(ev, addEvent(ev));
    if (byEvent.size !== events.length) throw new Error(`edgesKept: ${byEvent.size} events kept for ${events.length} (the changes told do not match)`);
  } else {
    byEvent = new Map();
    const current = new Set<EdgeEvent>(events);
    if (prev)
      for (const [ev, keys] of prev.byEvent) {
        if (current.has(ev) && !names(ev)) continue;
        unadd(ev, keys);
      }
    for (const ev of events) {
      const was = prev?.byEvent.get(ev);
      if (was && !names(ev)) {
        byEvent.set(ev, was);
        continue;
      }
      byEvent.set(ev, addEvent(ev));
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const made = (key: string): DatasetEdge => {
    const e = edges.get(key)!;
    return { source: e.source, target: e.target, kind: e.kind, eventIds: [...e.ids.keys()].sort(cmp) };
  };
  const order = (a: string, b: string) => {
    const x = edges.get(a)!;
    const y = edges.get(b)!;
    return cmp(x.source, y.source) || cmp(x.target, y.target) || cmp(x.kind, y.kind);
  };
  let out: DatasetEdge[];
  let keys: string[];
  if (!prev) {
    keys = [...edges.keys()].sort(order);
    out = keys.map(made);
  } else {
    // last run's edges in their order, changed ones made again, emptied ones out, new ones merged in by the same order:
    // the places of the changed and new ones found by a binary search in last run's output (sorted by ends and kind,
    // one edge each), the stretches between them copied — no look-up per edge
    const at = placesOfTouched(prev, touched, created, edges);
    for (const key of touched) if (!edges.get(key)!.ids.size) edges.delete(key);
    const added = created.filter((k) => edges.has(k)).sort(order);
    out = [];
    keys = [];
    let j = 0;
    const push = (key: string, e: DatasetEdge) => {
      keys.push(key);
      out.push(e);
    };
    if (at) {
      const n = prev.keys.length;
      const ins = added.map((k) => lowerBound(prev.out, edges.get(k)!));
      let p = 0;
      let t = 0;
      for (;;) {
        const next = Math.min(t < at.length ? at[t] : n, j < added.length ? ins[j] : n);
        for (; p < next; p++) {
          keys.push(prev.keys[p]);
          out.push(prev.out[p]);
        }
        if (j < added.length && ins[j] === p) push(added[j], made(added[j++]));
        else if (t < at.length && at[t] === p) {
          const key = prev.keys[p];
          if (edges.has(key)) push(key, made(key));
          p++;
          t++;
        } else if (p >= n) break;
      }
    } else {
      prev.keys.forEach((key, i) => {
        if (!edges.has(key)) return;
        while (j < added.length && order(added[j], key) < 0) push(added[j], made(added[j++]));
        push(key, touched.has(key) ? made(key) : prev.out[i]);
      });
      while (j < added.length) push(added[j], made(added[j++]));
    }
  }
  return { edges: out, state: { kinds: { known: !!actors, cls }, byEvent, edges, out, keys } };
}

type EdgeEnds = Pick<DatasetEdge, 'source' | 'target' | 'kind'>;

/** the order of the output: by source, target, kind */
function edgeOrder(x: EdgeEnds, y: EdgeEnds): number {
  return x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0;
}

/** the first place in a list sorted by edgeOrder whose edge comes after (or is) `e` */
function lowerBound(list: readonly EdgeEnds[], e: EdgeEnds): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edgeOrder(list[mid], e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The places in last run's output of its edges whose events changed (ascending), found by their ends and kind; null when
 * one is not where its key says (the walk over every edge then).
 */
function placesOfTouched(prev: EdgeState, touched: ReadonlySet<string>, created: readonly string[], edges: EdgeState['edges']): number[] | null {
  const made = created.length ? new Set(created) : null;
  const at: number[] = [];
  for (const key of touched) {
    if (made?.has(key)) continue;
    const i = lowerBound(prev.out, edges.get(key)!);
    if (prev.keys[i] !== key) return null;
    at.push(i);
  }
  return at.sort((a, b) => a - b);
}
