/**
 * The network layout (lib/compile/layout.ts, d3-force: seconds at 10,000 documents) on a worker thread of
 * its own, started first, so that it runs while this thread writes the dataset and the report: the same
 * positions (computePositions is deterministic and reads only actors' ids and event counts and the edges'
 * ends and event counts). null when a thread cannot start; the caller then lays out here.
 */
import type { Dataset } from '../schema';
import { computePositions, type LayoutInput, type Positions } from './layout';
import { runInThread, type Threaded } from './thread';

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

export function layoutInThread(root: string, d: Pick<Dataset, 'actors' | 'edges'>): Threaded<Positions> | null {
  return runInThread<LayoutInput, Positions>(root, 'lib/compile/layout-thread.ts', 'layoutJob', () => layoutInput(d));
}
