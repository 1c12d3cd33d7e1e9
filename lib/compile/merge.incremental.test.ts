import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { mergeEvents, packMergeState, type MergeState } from './merge';
import { actorMap, makeDoc, TEST_PLACES } from './what/test-helpers';
import type { ActorInfo, SentencedDoc } from './types';
import type { WhatDocEvent } from './what/types';
import type { EventType } from '../schema';
import { rng } from '../rng';

const PEOPLE = ['anna-alder', 'boris-birch', 'carla-cedar', 'dora-dale', 'emil-elm', 'fay-fir'];
const BASE_ACTORS: [string, string, 'person' | 'country', string][] = [
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['dora-dale', 'Dora Dale', 'person', 'NV'],
  ['emil-elm', 'Emil Elm', 'person', 'EL'],
  ['fay-fir', 'Fay Fir', 'person', 'NV'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
];
const TYPES: EventType[] = ['meeting', 'call', 'statement', 'visit', 'agreement'];
const LOCATIONS = [null, null, 'Avalon', 'Freedonia', 'Nordvik'];
const WORDS = 'harvest river bridge border grain treaty tariff pipeline ferry school clinic harbour railway forest salmon copper'.split(' ');
/** A document's text: one of a few wordings, so some remarks share their words and most do not. */
const sentence = (r: () => number) => {
  const w = Array.from({ length: 6 }, () => WORDS[Math.floor(r() * WORDS.length)]);
  return `Anna Alder met Boris Birch in Avalon on Tuesday and said “we will keep talking about the ${w[0]} and the ${w[1]}” afterwards, then spoke of ${w[2]}, ${w[3]}, ${w[4]} and ${w[5]} matters at length.`;
};

const day = (n: number) => new Date(Date.UTC(2025, 1, 1 + n)).toISOString().slice(0, 10);

/** Random reports of random documents: many share participants and days, so blocks are large (some above the window). */
function reportsOf(doc: SentencedDoc, r: () => number, pubDay: number, types: EventType[] = TYPES): WhatDocEvent[] {
  const out: WhatDocEvent[] = [];
  const count = 1 + Math.floor(r() * 4);
  for (let k = 0; k < count; k++) {
    const type = types[Math.floor(r() * types.length)];
    const a = types.length === 1 ? 'anna-alder' : PEOPLE[Math.floor(r() * 3)];
    const b = types.length === 1 ? PEOPLE[1 + Math.floor(r() * 2)] : PEOPLE[Math.floor(r() * PEOPLE.length)];
    const participants = type === 'statement' ? [a] : [...new Set([a, b, ...(r() < 0.2 ? ['freedonia'] : [])])];
    const dated = r() < 0.8;
    const date = dated ? day(pubDay - Math.floor(r() * 3)) : null;
    const start = Math.floor(r() * 20);
    out.push({
      docId: doc.id,
      type,
      status: r() < 0.85 ? 'happened' : 'planned',
      title: `${type} ${participants.join(' ')}`,
      date,
      dateInfo: { expression: null, reference: null, precision: date ? 'day' : null, range: null },
      location: LOCATIONS[Math.floor(r() * LOCATIONS.length)],
      participants,
      respondsTo: [],
      evidence: [{ start, end: Math.min(doc.body.length, start + 80 + Math.floor(r() * 80)) }],
      trigger: 'met',
      triggerStrength: 0.5 + r() / 2,
      dateSource: dated ? (r() < 0.5 ? 'explicit' : 'published') : 'none',
      dateRange: null,
      mainParticipants: participants.slice(0, 2),
      published: day(pubDay),
      speaker: type === 'statement' ? a : null,
    });
  }
  return out;
}

function corpus(seed: number, docs: number, types: EventType[] = TYPES) {
  const r = rng(seed);
  const list = Array.from({ length: docs }, (_, i) => {
    const pub = Math.floor(r() * (types.length === 1 ? 2 : 6));
    const doc = makeDoc(`doc-${String(i).padStart(4, '0')}`, sentence(r), day(pub), r() < 0.2 ? 'transcript' : 'article');
    return { doc, pub, events: reportsOf(doc, r, pub, types) };
  });
  return { r, list, types };
}

/** a state as a fresh process reads it back from the disk cache */
const fromDisk = (s: MergeState | undefined): MergeState | undefined => s && (deserialize(serialize(packMergeState(s))) as MergeState);

const canon = (x: { events: unknown; merges: unknown }) => JSON.stringify({ events: x.events, merges: x.merges });

describe('incremental merge', () => {
  it('takes the reports one list per document (byDocument) as it takes their concatenation, the lists left as they were', () => {
    const { list } = corpus(4, 60);
    const docs = list.map((d) => d.doc);
    // a document's reports in two lists, one report without evidence, a document's list empty
    const lists: WhatDocEvent[][] = list.map((d) => d.events.map((e) => ({ ...e })));
    lists[3][0] = { ...lists[3][0], evidence: [] };
    lists[5] = [];
    lists.push(lists[7].splice(1));
    const flat = lists.flat();
    const before = JSON.stringify(lists);
    const actors = actorMap(BASE_ACTORS);
    const full = mergeEvents(flat, docs, { actors, places: TEST_PLACES, keep: true });
    const by = mergeEvents([], docs, { actors, places: TEST_PLACES, keep: true, byDocument: lists });
    expect(canon(by)).toBe(canon(full));
    expect(JSON.stringify(lists)).toBe(before);
    // and a run from the state the first left (every list its document's as it was)
    const again = mergeEvents([], docs, { actors, places: TEST_PLACES, keep: true, previous: by.state, byDocument: lists });
    expect(canon(again)).toBe(canon(mergeEvents(flat, docs, { actors, places: TEST_PLACES })));
    expect(JSON.stringify(lists)).toBe(before);
  });

  it('a one-shot merge (MergeOptions.once) gives the same events, merges and packed state, without a resident index', () => {
    for (const seed of [4, 5]) {
      const { list } = corpus(seed, 80);
      const docs = list.map((d) => d.doc);
      const actors = actorMap(BASE_ACTORS);
      const docKeys = new Map(docs.map((d) => [d.id, d.id]));
      const kept = mergeEvents([], docs, { actors, places: TEST_PLACES, keep: true, docKeys, byDocument: list.map((d) => d.events) });
      const lists = list.map((d) => d.events);
      const once = mergeEvents([], docs, { actors, places: TEST_PLACES, keep: true, docKeys, byDocument: lists, once: true });
      expect(canon(once)).toBe(canon(kept));
      expect(once.state!.res).toBeUndefined();
      expect(kept.state!.res).toBeDefined();
      const packedOnce = packMergeState(once.state!);
      expect(serialize(packedOnce).equals(serialize(packMergeState(kept.state!)))).toBe(true);
      // a fresh process's run from it (not one-shot) equals a full merge
      const next = mergeEvents([], docs, { actors, places: TEST_PLACES, keep: true, docKeys, previous: deserialize(serialize(packedOnce)) as MergeState, byDocument: list.map((d) => d.events) });
      expect(canon(next)).toBe(canon(mergeEvents(list.flatMap((d) => d.events), docs, { actors, places: TEST_PLACES })));
      expect(next.state!.res).toBeDefined();
    }
  });

  it('gives byte-identical output to a full merge after random edits (documents edited, added, removed; an actor changed)', () => {
    // seeds 1-2: all types; seed 3: remarks of one speaker only, one block above the window (only neighbours compared)
    for (const [seed, types] of [[1, TYPES], [2, TYPES], [3, ['statement']]] as [number, EventType[]][]) {
      const { r, list } = corpus(seed, types.length === 1 ? 110 : 120, types);
      let actors: Map<string, ActorInfo> = actorMap(BASE_ACTORS);
      let state: MergeState | undefined;
      let version = new Map(list.map((d) => [d.doc.id, 0]));
      for (let round = 0; round < 5; round++) {
        const docKeys = new Map([...version].map(([id, v]) => [id, `v${v}`]));
        const events = list.flatMap((d) => d.events);
        const docs = list.map((d) => d.doc);
        // (the state packed first, and merged without the caller's keys, before the run that takes it over)
        const packed = fromDisk(state);
        const full = mergeEvents(events, docs, { actors, places: TEST_PLACES });
        // without the caller's keys (merge hashes each document)
        const own = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true, previous: state });
        expect(canon(own)).toBe(canon(full));
        const inc = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true, previous: state, docKeys });
        expect(canon(inc)).toBe(canon(full));
        // and from the state as saved on disk (reports left out, put back from this run's)
        const disk = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true, previous: packed, docKeys });
        expect(canon(disk)).toBe(canon(full));
        expect(full.merges.length).toBeGreaterThan(0);
        if (types.length === 1) expect(events.filter((e) => e.participants.includes('anna-alder')).length).toBeGreaterThan(240);
        // every other round goes on from the run that started from the disk state (its items read back lazily, kept
        // in memory as a long-lived process keeps them after its first compile)
        state = round % 2 === 1 ? disk.state : inc.state;
        // edits for the next round
        for (let k = 0; k < 3; k++) {
          const i = Math.floor(r() * list.length);
          const d = list[i];
          d.events = reportsOf(d.doc, r, d.pub, types);
          version.set(d.doc.id, (version.get(d.doc.id) ?? 0) + 1);
        }
        if (round === 1) list.splice(Math.floor(r() * list.length), 1); // a document removed
        if (round === 2) {
          const pub = Math.floor(r() * 6);
          const doc = makeDoc(`doc-new-${round}`, sentence(r), day(pub));
          list.push({ doc, pub, events: reportsOf(doc, r, pub, types) });
          version.set(doc.id, 0);
        }
        // an actor renamed and moved to another side (titles and blocks change for reports of unchanged documents)
        if (round === 3) actors = actorMap(BASE_ACTORS.map((a) => (a[0] === 'boris-birch' ? [a[0], 'Boris Beech', a[2], 'FD'] : a)));
        version = new Map([...version].filter(([id]) => list.some((d) => d.doc.id === id)));
      }
    }
  }, 600_000);

  it('after small edits, merging from the resident index (only the blocks and components they touch) equals a full merge', () => {
    // seeds 11-13: all types; 14: remarks of one speaker only (a block above the window: neighbours only)
    for (const [seed, types] of [[11, TYPES], [12, TYPES], [13, TYPES], [14, ['statement']]] as [number, EventType[]][]) {
      const { r, list } = corpus(seed, types.length === 1 ? 110 : 150, types);
      let actors: Map<string, ActorInfo> = actorMap(BASE_ACTORS);
      const version = new Map(list.map((d) => [d.doc.id, 0]));
      const keys = () => new Map([...version].filter(([id]) => list.some((d) => d.doc.id === id)).map(([id, v]) => [id, `v${v}`]));
      let state = mergeEvents(list.flatMap((d) => d.events), list.map((d) => d.doc), { actors, places: TEST_PLACES, keep: true, docKeys: keys() }).state;
      let resident = 0;
      for (let round = 0; round < 14; round++) {
        // one to three documents edited (some reports kept as they were, some new), one removed or added now and then
        const edits = round === 5 ? 0 : 1 + Math.floor(r() * 3);
        for (let k = 0; k < edits; k++) {
          const d = list[Math.floor(r() * list.length)];
          const again = reportsOf(d.doc, r, d.pub, types);
          d.events = r() < 0.5 ? [...d.events.slice(0, 1), ...again] : again;
          version.set(d.doc.id, (version.get(d.doc.id) ?? 0) + 1);
        }
        if (round % 4 === 1) list.splice(Math.floor(r() * list.length), 1);
        if (round % 4 === 3) {
          const pub = Math.floor(r() * (types.length === 1 ? 2 : 6));
          const doc = makeDoc(`doc-new-${round}`, sentence(r), day(pub));
          list.push({ doc, pub, events: reportsOf(doc, r, pub, types) });
          version.set(doc.id, 0);
        }
        // an actor changed: the whole merge (from the state), and the resident index made again
        if (round === 9) actors = actorMap(BASE_ACTORS.map((a) => (a[0] === 'carla-cedar' ? [a[0], 'Carla Cypress', a[2], 'EL'] : a)));
        // an index whose ids met (as if): every id assigned again
        if (round === 7) (state as unknown as { res: { clean: boolean } }).res.clean = false;
        const events = list.flatMap((d) => d.events);
        const docs = list.map((d) => d.doc);
        const prev = state!;
        const inc = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true, previous: prev, docKeys: keys() });
        if (prev.spent) resident++;
        const full = mergeEvents(events, docs, { actors, places: TEST_PLACES });
        expect(canon(inc)).toBe(canon(full));
        expect(inc.state!.res).toBeDefined();
        // the caller may change its merge entries (joinCorpusReferences adds documents and reasons): not the state's
        for (const x of inc.merges) x.reasons = [...x.reasons, 'added by the caller'];
        // a spent state given again: a whole merge, the same
        expect(canon(mergeEvents(events, docs, { actors, places: TEST_PLACES, previous: prev, docKeys: keys() }))).toBe(canon(full));
        state = inc.state;
      }
      expect(resident).toBeGreaterThanOrEqual(12);
    }
  }, 600_000);

  it('reuses what did not change: a second run on the same input rebuilds nothing', () => {
    const { list } = corpus(7, 60);
    const events = list.flatMap((d) => d.events);
    const docs = list.map((d) => d.doc);
    const actors = actorMap(BASE_ACTORS);
    const one = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true });
    const disk = fromDisk(one.state)!;
    const order = one.state!.order!;
    const oneBuilt = [...one.state!.built];
    const before = new Set(one.state!.built.values());
    const two = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true, previous: one.state });
    expect(canon(two)).toBe(canon(one));
    // every built event object is last run's
    expect([...two.state!.built.values()].every((b) => before.has(b))).toBe(true);
    expect([...two.state!.docs.values()].flatMap((d) => d.items).every((x) => order.includes(x))).toBe(true);
    // from the state saved on disk: every report under its old uid, every block's pairs and every component's
    // clusters reused (not scored nor linked again), the events built again the same
    const three = mergeEvents(events, docs, { actors, places: TEST_PLACES, keep: true, previous: disk });
    expect(canon(three)).toBe(canon(one));
    const items = [...three.state!.docs.values()].flatMap((d) => d.items);
    expect(items.length).toBe(order.length);
    expect(items.every((x) => x.uid.startsWith(`${one.state!.gen.toString(36)}.`) && x.e !== undefined)).toBe(true);
    // nothing was compared nor built again: no item made whole (its words are made only where needed)
    expect(items.every((x) => x.words === undefined && x.key === order.find((y) => y.uid === x.uid)!.key)).toBe(true);
    expect(three.state!.blocks.size).toBeGreaterThan(0);
    expect([...three.state!.blocks].every(([k, b]) => disk.blocks.get(k)!.a === b.a && disk.blocks.get(k)!.s === b.s)).toBe(true);
    expect(three.state!.comps.size).toBeGreaterThan(0);
    expect([...three.state!.comps].every(([k, c]) => disk.comps.get(k) === c)).toBe(true);
    expect(three.state!.built.size).toBe(oneBuilt.length);
    // the events come back from the disk (their quotes cut from the documents again), not built again: the same
    expect(disk.built.size).toBe(oneBuilt.length);
    expect(JSON.stringify([...three.state!.built])).toBe(JSON.stringify(oneBuilt));
  });
});
