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

export function buildEdges(events: EdgeEvent[], actors?: Pick<DatasetActor, 'id' | 'kind'>[]): DatasetEdge[] {
  const kinds = actors ? new Map(actors.map((a) => [a.id, a.kind])) : null;
  const ok = (id: string) => !kinds || LINKABLE.has(kinds.get(id) ?? '');
  const edges = new Map<string, DatasetEdge>();
  const add = (source: string, target: string, kind: EdgeKind, eventId: string) => {
    if (source === target || !ok(source) || !ok(target)) return;
    if (kind !== 'responded_to' && target < source) [source, target] = [target, source];
    const key = `${source}\u0000${target}\u0000${kind}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source, target, kind, eventIds: [] }));
    // an event adds its edges one after another: a repeat can only be the last id (O(1), not a scan of a busy edge)
    if (e.eventIds[e.eventIds.length - 1] !== eventId) e.eventIds.push(eventId);
  };
  for (const ev of events) {
    const real = ev.status === 'happened' || ev.status === 'ongoing';
    if (real && (ev.type === 'meeting' || ev.type === 'call' || ev.type === 'visit')) {
      const kind: EdgeKind = ev.type === 'call' ? 'called' : 'met';
      const ps = [...new Set(ev.participants)];
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) add(ps[i], ps[j], kind, ev.id);
    }
    // people only, and only when the actors' kinds are known: a country signing is a party, not a person in the room
    if (kinds && signedInPerson(ev)) {
      const ps = [...new Set(ev.participants)].filter((id) => kinds.get(id) === 'person');
      for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) add(ps[i], ps[j], 'met', ev.id);
    }
    if (ev.type === 'statement' && ev.participants.length) {
      for (const r of ev.respondsTo) add(ev.participants[0], r, 'responded_to', ev.id);
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...edges.values()]
    .map((e) => ({ ...e, eventIds: [...e.eventIds].sort(cmp) }))
    .sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.kind, b.kind));
}
