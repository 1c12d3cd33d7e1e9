import type { DatasetEdge, DatasetEvent } from '../schema';

/** STUB (to be replaced). */
export function buildEdges(_events: DatasetEvent[]): DatasetEdge[] {
  return [];
}
