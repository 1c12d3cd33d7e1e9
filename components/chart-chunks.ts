/**
 * The charts' libraries (vis-timeline, Cytoscape: the explorer's largest chunks) requested by the page's
 * first script (components/ExplorerLoader.tsx), beside the explorer's own chunk rather than after it has
 * downloaded and run, where the page opens on the charts on a screen wide enough to show them side by side.
 * A phone shows one pane at a time and its timeline pane opens as a list: vis-timeline waits for "Chart",
 * Cytoscape for the Network tab. Explorer.tsx draws them from these loads (the same module instances).
 * Kept tiny: it sits in the page's first load.
 */
import { NARROW_QUERY } from './list/use-narrow';

/** The charts view (the default; `view=table` is the table view: lib/url-state.ts) on a wide screen. */
function opensOnCharts(): boolean {
  if (typeof window === 'undefined') return false;
  return new URLSearchParams(window.location.search).get('view') !== 'table' && !window.matchMedia(NARROW_QUERY).matches;
}

type Chunks = { timeline: Promise<typeof import('./timeline/Timeline')> | null; network: Promise<typeof import('./network/Network')> | null };
let chunks: Chunks | null = null;

/** Request the charts' chunks now (once) where the page opens on them; what was requested (null: not requested). */
export function chartChunks(): Chunks {
  if (chunks) return chunks;
  const wide = opensOnCharts();
  chunks = { timeline: wide ? import('./timeline/Timeline') : null, network: wide ? import('./network/Network') : null };
  // a failed early load is retried when the chart renders (Explorer.tsx), not reported as unhandled now
  chunks.timeline?.catch(() => undefined);
  chunks.network?.catch(() => undefined);
  return chunks;
}
