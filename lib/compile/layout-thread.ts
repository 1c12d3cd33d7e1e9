/**
 * The network layout (lib/compile/layout.ts, d3-force: seconds at 10,000 documents) on a worker thread of
 * its own, started first, so that it runs while this thread writes the dataset and the report: the same
 * positions (computePositions is deterministic and reads only actors' ids and event counts and the edges'
 * ends and event counts). null when a thread cannot start; the caller then lays out here.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../schema';
import { computePositions, type LayoutInput, type Positions } from './layout';
import { runInThread, type Threaded } from './thread';
import { writeStarts } from './gc';

/** What the layout reads of a dataset: small to send. */
export function layoutInput(d: Pick<Dataset, 'actors' | 'edges'>): LayoutInput {
  return {
    actors: d.actors.map((a) => ({ id: a.id, eventCount: a.eventCount })),
    edges: d.edges.map((e) => ({ source: e.source, target: e.target, eventIds: { length: e.eventIds.length } })),
  };
}

export function layoutJob(input: LayoutInput): Positions {
  return computePositions(input);
}

/**
 * The last layout this process made and what it was made from: a compile whose graph did not change (the
 * dev loop's edit of a sentence that changes no event count) is not laid out again. The same positions, as
 * the layout is a function of its input.
 */
let last: { key: string; positions: Positions } | null = null;

const keyOf = (input: LayoutInput) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** The positions of the last layout when made from this input, else null. */
export function lastLayout(input: LayoutInput): { key: string; positions: Positions | null } {
  const key = keyOf(input);
  return { key, positions: last?.key === key ? last.positions : null };
}

export function rememberLayout(key: string, positions: Positions): void {
  last = { key, positions };
}

/** computePositions here, reusing the last layout when the input is the same. */
export function positionsOf(d: Pick<Dataset, 'actors' | 'edges'>): Positions {
  const input = layoutInput(d);
  const { key, positions } = lastLayout(input);
  if (positions) return positions;
  const made = computePositions(input);
  rememberLayout(key, made);
  return made;
}

/**
 * The layout on a thread of its own (or the last one again when the graph is the same). The write side's first
 * step: in a process that compiles once, the compile's garbage is collected before any thread starts (gc.ts).
 */
export function layoutInThread(root: string, d: Pick<Dataset, 'actors' | 'edges'>): Threaded<Positions> | null {
  writeStarts(d);
  const input = layoutInput(d);
  const { key, positions } = lastLayout(input);
  if (positions) return Object.assign(Promise.resolve(positions), { stop: () => Promise.resolve() });
  const t = runInThread<LayoutInput, Positions>(root, 'lib/compile/layout-thread.ts', 'layoutJob', () => input);
  t?.then(
    (p) => rememberLayout(key, p),
    () => undefined,
  );
  return t;
}
