/**
 * Network positions for the presentation, read at build (server side): the
 * positions the compiler computed for the explorer (index.json), so the
 * presentation's network looks like the explorer's.
 */
import 'server-only';
import type { Positions } from '@/lib/export/gexf';
import { getIndex } from '@/lib/data/server';

export function presentationPositions(): Positions {
  const out: Positions = {};
  for (const [id, [x, y]] of Object.entries(getIndex().positions)) out[id] = { x, y };
  return out;
}
