/**
 * What the bare page of bench:browser draws: the same timeline items and
 * network elements (at the same positions) the explorer shows on its first
 * view, computed with the explorer's own adapters from index.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TIMELINE_GROUPS, dayMs, initialWindowOf, timelineModel, timelineView } from '../lib/adapters/timeline';
import { networkModel, networkView } from '../lib/adapters/network';
import { CY_STYLE } from '../components/network/cy-style';
import { readIndex } from '../lib/data/read-index';

/** As components/Explorer.tsx: actors and links drawn at first. */
const NETWORK_STEP = 150;
const LINKS_FIRST = 1500;

export function bareView(dataDir: string) {
  const index = readIndex((path) => readFileSync(join(dataDir, path), 'utf8'));
  const model = timelineModel(index.events);
  const window = initialWindowOf(model);
  const none = { event: null, actor: null };
  const items = timelineView(model, window ? { start: dayMs(window.start), end: dayMs(window.end) + 86400000 } : null, none);
  const els = networkView(networkModel(index), null, { limit: NETWORK_STEP, maxEdges: LINKS_FIRST });
  const elements = [
    ...els.nodes.map((n) => {
      const p = index.positions[n.data.id] ?? [0, 0];
      return { group: 'nodes', data: n.data, position: { x: p[0], y: p[1] } };
    }),
    ...els.edges.map((e) => ({ group: 'edges', data: e.data })),
  ];
  return { items, groups: TIMELINE_GROUPS, window, elements, style: CY_STYLE };
}
