import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import { joinReferencesToDatedEvents, partiesCovered, REFERENCE_JOIN_RULE, type ReferenceJoinEnv, type ReferenceState } from './corpus-references';

const PUB: Record<string, string> = { a: '2025-03-01', b: '2025-05-20', c: '2025-02-20' };
const ACTORS: Record<string, { kind: string; affiliation: string | null }> = {
  birch: { kind: 'person', affiliation: 'AV' },
  alder: { kind: 'person', affiliation: 'NV' },
  cedar: { kind: 'person', affiliation: 'AV' },
  avalon: { kind: 'country', affiliation: 'AV' },
  nordvik: { kind: 'country', affiliation: 'NV' },
};
const env: ReferenceJoinEnv = {
  published: (id) => PUB[id],
  actor: (id) => ACTORS[id],
  placesOk: (x, y) => !x || !y || x === y,
};

function ev(id: string, type: DatasetEvent['type'], date: string | null, participants: string[], doc: string, start: number, location: string | null = null, status: DatasetEvent['status'] = 'happened'): DatasetEvent {
  return {
    id,
    type,
    title: id,
    date,
    location,
    participants,
    evidence: [{ documentId: doc, quote: `q${start}`, start, end: start + 2 }],
    confidence: 0.8,
    status,
    dateInfo: { precision: date ? 'day' : null, values: [] } as unknown as DatasetEvent['dateInfo'],
    respondsTo: [],
    disagreements: [],
    edited: null,
  };
}

describe('reference-joins-dated-happening', () => {
  it('joins a later undated reference ("the lakeside meeting between Birch and Alder") to the one dated meeting of the pair', () => {
    const dated = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 10, 'Bali');
    const ref = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'b', 50, 'Bali');
    const { events, joins } = joinReferencesToDatedEvents([dated, ref], env);
    expect(joins).toEqual([{ eventId: dated.id, referenceId: ref.id, documentIds: ['b'] }]);
    expect(events.map((e) => e.id)).toEqual([dated.id]);
    expect(events[0].date).toBe('2025-02-18');
    expect(events[0].evidence.map((x) => x.documentId)).toEqual(['c', 'b']);
    expect(events[0].rules).toContainEqual({ stage: 'merge', rule: REFERENCE_JOIN_RULE.id });
  });

  it('countries stand for their people: "the governments of Avalon and Nordvik have reached" ↔ the leaders who signed', () => {
    expect(partiesCovered(['avalon', 'nordvik'], ['alder', 'birch'], env)).toBe(true);
    expect(partiesCovered(['birch', 'nordvik'], ['avalon', 'nordvik'], env)).toBe(true);
    // a person of the same country is not the same person
    expect(partiesCovered(['cedar', 'alder'], ['alder', 'birch'], env)).toBe(false);
    const dated = ev('agreement-2025-02-18-alder-birch', 'agreement', '2025-02-18', ['alder', 'birch'], 'c', 10);
    const ref = ev('agreement-undated-avalon-nordvik', 'agreement', null, ['avalon', 'nordvik'], 'a', 5);
    expect(joinReferencesToDatedEvents([ref, dated], env).joins).toHaveLength(1);
  });

  it('leaves the reference alone when two dated happenings of the pair exist (which one is meant is not known)', () => {
    const one = ev('meeting-2025-01-10-alder-birch', 'meeting', '2025-01-10', ['alder', 'birch'], 'c', 10);
    const two = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 90);
    const ref = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'b', 50);
    const { events, joins } = joinReferencesToDatedEvents([one, two, ref], env);
    expect(joins).toEqual([]);
    expect(events).toHaveLength(3);
  });

  it('never joins a happening dated after the referring document or within a week before it, at an incompatible place, of another status, or a statement', () => {
    const later = ev('meeting-2025-04-01-alder-birch', 'meeting', '2025-04-01', ['alder', 'birch'], 'c', 10);
    const ref = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'a', 50);
    expect(joinReferencesToDatedEvents([later, ref], env).joins).toEqual([]);
    const elsewhere = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 10, 'Nordvik');
    const refAt = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'a', 50, 'Avalon');
    expect(joinReferencesToDatedEvents([elsewhere, refAt], env).joins).toEqual([]);
    const planned = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 10, null, 'planned');
    expect(joinReferencesToDatedEvents([planned, ref], env).joins).toEqual([]);
    // within a week of the happening the merge itself decides (it compares the reports' words)
    const sameWeek = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'c', 70);
    expect(joinReferencesToDatedEvents([ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'a', 10), sameWeek], env).joins).toEqual([]);
    const said = ev('statement-2025-02-18-birch', 'statement', '2025-02-18', ['birch'], 'c', 10);
    const saidRef = ev('statement-undated-birch', 'statement', null, ['birch'], 'a', 50);
    expect(joinReferencesToDatedEvents([said, saidRef], env).joins).toEqual([]);
  });

  it('a reference with a single party is not definite enough (a visit needs its place)', () => {
    const dated = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 10);
    const ref = ev('meeting-undated-birch', 'meeting', null, ['birch'], 'a', 50);
    expect(joinReferencesToDatedEvents([dated, ref], env).joins).toEqual([]);
    const visit = ev('visit-2025-02-18-birch-nordvik', 'visit', '2025-02-18', ['birch'], 'c', 10, 'Nordvik');
    const visitRef = ev('visit-undated-birch', 'visit', null, ['birch'], 'a', 50, null);
    expect(joinReferencesToDatedEvents([visit, visitRef], env).joins).toEqual([]);
    const visitRefAt = ev('visit-undated-birch-nordvik', 'visit', null, ['birch'], 'a', 50, 'Nordvik');
    expect(joinReferencesToDatedEvents([visit, visitRefAt], env).joins).toHaveLength(1);
  });

  it('is deterministic: the same inputs give the same output', () => {
    const dated = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 10);
    const ref = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'b', 50);
    expect(JSON.stringify(joinReferencesToDatedEvents([dated, ref], env))).toBe(JSON.stringify(joinReferencesToDatedEvents([dated, ref], env)));
  });
});

describe('joinCorpusReferences (the compile call)', () => {
  it('records one merge entry per event: an event already merged across documents gains the referring document and the reason', async () => {
    const { joinCorpusReferences } = await import('./corpus-references');
    const dated = ev('meeting-2025-02-18-alder-birch', 'meeting', '2025-02-18', ['alder', 'birch'], 'c', 10);
    const ref = ev('meeting-undated-alder-birch', 'meeting', null, ['alder', 'birch'], 'b', 50);
    const docs = Object.entries(PUB).map(([id, published]) => ({ id, meta: { published } })) as never;
    const actors = new Map(Object.entries(ACTORS).map(([id, a]) => [id, { id, name: id, aliases: [], role: null, discovered: false, surfaceForms: [], ...a }])) as never;
    const merged = { events: [dated, ref], merges: [{ eventId: dated.id, documentIds: ['a', 'c'], reasons: ['same day'] }] };
    joinCorpusReferences(merged, docs, actors, []);
    expect(merged.events.map((e) => e.id)).toEqual([dated.id]);
    expect(merged.merges).toEqual([{ eventId: dated.id, documentIds: ['a', 'b', 'c'], reasons: ['same day', `${REFERENCE_JOIN_RULE.id}: the undated ${ref.id} refers to it`] }]);
    const fresh = { events: [dated, ref], merges: [] as { eventId: string; documentIds: string[]; reasons: string[] }[] };
    joinCorpusReferences(fresh, docs, actors, []);
    expect(fresh.merges).toEqual([{ eventId: dated.id, documentIds: ['b', 'c'], reasons: [`${REFERENCE_JOIN_RULE.id}: the undated ${ref.id} refers to it`] }]);
  });
});

describe('the incremental pass (a long-lived process: only what an edit can change is decided again)', () => {
  it('gives the same events and joins as a whole pass after random edits (events dropped, changed, added; the actors changed)', async () => {
    const { rng } = await import('../../rng');
    for (const seed of [11, 12, 13, 14]) randomEdits(rng(seed));
  });
  it('the same with the events sorted by id, as the merge hands them (gone and come told by one walk, diffById)', async () => {
    const { rng } = await import('../../rng');
    for (const seed of [21, 22, 23, 24, 25, 26]) randomEdits(rng(seed), true);
  });
});

function randomEdits(r: () => number, sorted = false) {
  {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const PARTIES = Object.keys(ACTORS);
    const DOCS = Object.keys(PUB);
    const DAYS = ['2025-01-20', '2025-02-01', '2025-02-10', '2025-02-18', '2025-02-25', '2025-05-19'];
    let n = 0;
    const random = (): DatasetEvent => {
      const type = pick(['meeting', 'call', 'visit', 'agreement', 'statement'] as const);
      const ps = [...new Set([pick(PARTIES), pick(PARTIES), ...(r() < 0.3 ? [pick(PARTIES)] : [])])];
      const date = r() < 0.55 ? pick(DAYS) : null;
      const e = ev(`e${n++}`, type, date, ps, pick(DOCS), Math.floor(r() * 200), r() < 0.5 ? null : pick(['Bali', 'Oslo']), r() < 0.85 ? 'happened' : 'planned');
      if (r() < 0.3) e.evidence.push({ documentId: pick(DOCS), quote: 'x', start: 300 + n, end: 302 + n });
      return e;
    };
    let actors = { ...ACTORS };
    const envOf = (a: typeof ACTORS): ReferenceJoinEnv => ({ ...env, actor: (id) => a[id] });
    const keyOf = (_: typeof ACTORS) => 'env';
    let events = Array.from({ length: 160 }, random);
    let state: ReferenceState | undefined;
    let joined = 0;
    let redone = 0;
    let reused = 0;
    for (let round = 0; round < 40; round++) {
      if (sorted) events = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const whole = joinReferencesToDatedEvents(events, envOf(actors));
      // (last run's joined events: handed out again, the same objects, when the event and its references are the same)
      const lastOut = new Set([...(state?.joined?.values() ?? [])].map((x) => x.out));
      const inc = joinReferencesToDatedEvents(events, envOf(actors), { previous: state, keep: true, envKey: keyOf(actors) });
      if (inc.events.some((e) => lastOut.has(e))) reused++;
      expect(JSON.stringify({ events: inc.events, joins: inc.joins })).toBe(JSON.stringify({ events: whole.events, joins: whole.joins }));
      joined += whole.joins.length;
      if (state && inc.state!.index === state.index) redone++;
      state = inc.state;
      // edits: a few events dropped, changed (a new object), added, the list reordered a little
      const next = [...events];
      for (let k = 0; k < 1 + Math.floor(r() * 4); k++) {
        const i = Math.floor(r() * next.length);
        const x = r();
        if (x < 0.3) next.splice(i, 1);
        else if (x < 0.6) next[i] = { ...next[i], date: r() < 0.5 ? null : pick(DAYS), participants: [...new Set([pick(PARTIES), pick(PARTIES)])] };
        else next.splice(i, 0, random());
      }
      // an actor moved to the other side, or made a country's body, or unknown (the events naming it decided again)
      if (round % 5 === 4) {
        const id = pick(PARTIES);
        const a = ACTORS[id];
        const x = r();
        actors = { ...actors, [id]: x < 0.4 ? { kind: a.kind, affiliation: actors[id]?.affiliation === 'AV' ? 'NV' : 'AV' } : x < 0.7 ? { kind: actors[id]?.kind === 'person' ? 'ministry' : 'person', affiliation: a.affiliation } : (undefined as never) };
      }
      events = next;
    }
    // the case is exercised: joins made, and most rounds patched the last state instead of starting again
    expect(joined).toBeGreaterThan(20);
    expect(redone).toBe(39);
    expect(reused).toBeGreaterThan(5);
  }
}
