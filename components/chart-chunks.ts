/**
 * The charts' libraries (vis-timeline, which brings vis-data, and Cytoscape: the explorer's largest chunks) requested by the
 * page's first script (components/ExplorerLoader.tsx), beside the explorer's own chunk rather than once it has
 * downloaded and run, where the page opens on the charts on a screen wide enough to show them side by side.
 * A phone shows one pane at a time and its timeline pane opens as a list: vis-timeline waits for "Chart" (or a
 * URL that opens on the chart, `&chart=1`), Cytoscape for the Network tab. Only the libraries are imported here, not the chart components: those share
 * modules with the explorer, and a second place importing them would copy those modules into the charts'
 * chunks (+10 kB gz measured); the libraries' chunks are the same files whoever asks, loaded once.
 * Kept tiny: it sits in the page's first load.
 */
import { NARROW_QUERY } from './list/use-narrow';

/** The charts view (the default; `view=table` is the table view: lib/url-state.ts) on a wide screen. */
export function opensOnCharts(search: string): boolean {
  if (typeof window === 'undefined') return false;
  return new URLSearchParams(search).get('view') !== 'table' && !window.matchMedia(NARROW_QUERY).matches;
}

/**
 * Whether the page's first view is drawn from the index's first pages before the rest comes: the charts view, as
 * the charts on a wide screen or, on a phone, as the window's list (or its chart, `&chart=1`). The table view needs
 * the whole index.
 */
export function opensOnFirstDraw(search: string): boolean {
  return typeof window !== 'undefined' && new URLSearchParams(search).get('view') !== 'table';
}

/** A phone's charts view opening on the timeline drawn as the chart (`&chart=1`), not on the window's list. */
export function opensOnPhoneChart(search: string): boolean {
  if (typeof window === 'undefined') return false;
  const q = new URLSearchParams(search);
  return q.get('chart') === '1' && q.get('view') !== 'table' && window.matchMedia(NARROW_QUERY).matches;
}

let asked = false;

/**
 * Request the charts' libraries now (once) where the page opens on the charts (a phone's chart: vis-timeline alone);
 * a failure is retried where they are used.
 */
export function preloadChartLibraries(): void {
  if (asked) return;
  const search = window.location.search;
  const charts = opensOnCharts(search);
  if (!charts && !opensOnPhoneChart(search)) return;
  asked = true;
  // (vis-data comes with vis-timeline: asked for apart, it was split into a chunk of its own, +1.7 kB gz)
  for (const p of charts ? [import('vis-timeline/esnext'), import('cytoscape')] : [import('vis-timeline/esnext')]) p.catch(() => undefined);
}
