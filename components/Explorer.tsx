'use client';
/**
 * The page's client side: loads the index (data/index.json; quotes and texts
 * are fetched by the detail panel when needed), reads/writes the URL state
 * and links the timeline, the network, the tables and the detail panel.
 * The timeline gets at most ~MAX_ITEMS items for its visible window
 * (timelineView), the network the most active actors (networkView, "show
 * more" adds NETWORK_STEP) at the positions computed at compile time.
 */
import dynamic from 'next/dynamic';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDataset } from '@/lib/use-dataset';
import { afterPaint, useHeldUrlState, type SetUrlState } from './use-held-url';
import { dayMs, eventsInWindow, initialWindowOf, timelineModel, timelineModelSliced, timelineView, toTimelineItem, windowAround } from '@/lib/adapters/timeline';
import { HAYSTACK_AT, gatherAllSliced, networkModel, networkModelSliced, networkView, type CyElements, type NetworkModel, type NetworkOptions, type NetworkWindow } from '@/lib/adapters/network';
import { summaryView } from '@/lib/adapters/network-summary';
import { actorsOfEvent, eventsOfActor, indexDataset, type DatasetIndex } from '@/lib/ui/selection';
import { affiliationColors } from '@/lib/ui/theme';
import type { DataIndex, IndexEvent } from '@/lib/schema';
import { loadEvent, peekEvent, prefetchChunk } from '@/lib/data/client';
import { opensOnFirstView, releaseWhole } from '@/lib/data/early';
import type { FirstViewState } from '@/lib/use-dataset';
import { parseUrlState, type UrlState } from '@/lib/url-state';
import type { DayWindow } from './timeline/Timeline';
import type { NetworkFocus } from './network/Network';
import { Header } from './Header';
import { UndatedList } from './timeline/UndatedList';
import { TypeLegend } from './legend/TypeLegend';
import { NetworkLegend } from './legend/NetworkLegend';
import { DetailPanel } from './detail/DetailPanel';
import { DocumentsPending } from './detail/documents-pending';
import { ShareBar } from './export/ShareBar';
import { NetworkMore } from './network/NetworkMore';
import { applyFilters, isFiltering, type Filters } from '@/lib/filters';
import { sliceWindow } from '@/lib/ui/slice';
import { formatShortDate } from '@/lib/format';
import { TYPE_STYLE } from '@/lib/ui/theme';
import { AGG_PREFIX } from '@/lib/adapters/timeline';
import { FilterPanel } from './filters/FilterPanel';
import { densityOfSliced } from './overview/density';
import { SliceControl } from './filters/SliceControl';
import { SearchBox } from './search/SearchBox';
import type { SearchHit } from '@/lib/search/query';
import { KeyboardList, type KeyItem } from './a11y/KeyboardList';
import { Announcer } from './a11y/Announcer';
import { PaneTabs } from './a11y/PaneTabs';
import { Permalink } from './pages/Permalink';
import { WhenShown } from './WhenShown';
import { ROWS_FIRST, WindowEvents } from './list/WindowEvents';
import { narrowList, useNarrow } from './list/use-narrow';
import { opensOnCharts, opensOnPhoneChart } from './chart-chunks';
import { chunkComponent } from './chunk-component';

/** Actors the network shows at first, and how many more each "show more" adds. */
const NETWORK_STEP = 150;
/** Links drawn at first, those with the most events first ("show all links" draws the rest). */
const LINKS_FIRST = 1500;
/** Quote files fetched ahead for the events the timeline draws (at most), once its window rests this long. */
const PREFETCH_CHUNKS = 4;
const PREFETCH_AFTER_MS = 250;
/** The most events the timeline's keyboard list offers (the timeline itself may draw counts). */
const MAX_TIMELINE_KEYS = 300;

/**
 * Built once per key (the index, or the filtered events array), whatever React
 * does with memos across navigations: a selection change never rebuilds a model.
 */
function once<K extends object, T>(cache: WeakMap<K, T>, key: K, build: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = build();
    cache.set(key, v);
  }
  return v;
}
/**
 * An event as the keyboard lists and a phone's list show it, the same object for the same event: a selection
 * recomputes the lists, and their memoised rows then re-render only where the selection moved.
 */
const keyItems = new WeakMap<IndexEvent, KeyItem>();
const keyItemOf = (e: IndexEvent): KeyItem =>
  once(keyItems, e, () => ({
    id: e.id,
    label: e.title,
    sub: `${TYPE_STYLE[e.type].label} · ${formatShortDate(e.date)}${e.status !== 'happened' ? ` · ${e.status}` : ''}`,
    glyph: TYPE_STYLE[e.type].glyph,
    color: TYPE_STYLE[e.type].color,
  }));
const NO_ELEMENTS: CyElements = { nodes: [], edges: [], total: 0, edgeTotal: 0 };
const NO_KEYS: KeyItem[] = [];
const indexes = new WeakMap<DataIndex, DatasetIndex>();
const timelineModels = new WeakMap<object, ReturnType<typeof timelineModel>>();
const networkModels = new WeakMap<object, ReturnType<typeof networkModel>>();

const Loading = ({ what }: { what: string }) => (
  <div className="flex h-full items-center justify-center text-sm text-slate-600">Loading {what}…</div>
);
// The charts download while the index loads, not after it, where the page opens on the charts on a screen
// wide enough to show them side by side (their libraries were requested by the page's first script:
// ./chart-chunks.ts). A phone shows one pane at a time and its timeline pane opens as a list: vis-timeline
// waits for "Chart" (or a URL that opens on it: `&chart=1`), Cytoscape for the Network tab
const wide = typeof window !== 'undefined' && opensOnCharts(window.location.search);
const timelineChunk = wide || (typeof window !== 'undefined' && opensOnPhoneChart(window.location.search)) ? import('./timeline/Timeline') : null;
const networkChunk = wide ? import('./network/Network') : null;
// a failed early load is retried when the chart renders (below), not reported as unhandled now
timelineChunk?.catch(() => undefined);
networkChunk?.catch(() => undefined);
/** the chunk started early, else (not started, or it failed) loaded now */
const early = <T,>(started: Promise<T> | null, load: () => Promise<T>) => () => (started ? started.catch(load) : load());
// (not next/dynamic: its Suspense boundary, once it had shown "Loading…", held the chart back until 300 ms after
// that — React throttles a boundary's reveals — however soon its code came: ./chunk-component.tsx)
const Timeline = chunkComponent(
  () => early(timelineChunk, () => import('./timeline/Timeline'))().then((m) => m.default),
  () => <Loading what="timeline" />,
  !!timelineChunk,
);
const Network = chunkComponent(
  () => early(networkChunk, () => import('./network/Network'))().then((m) => m.default),
  () => <Loading what="network" />,
  !!networkChunk,
);
const OverviewStrip = dynamic(() => import('./overview/OverviewStrip'), { ssr: false });
// not part of the first view: loaded when the table view or a link's panel is opened
const EventsTable = dynamic(() => import('./table/EventsTable').then((m) => m.EventsTable), { loading: () => <Loading what="the events" /> });
const ActorsTable = dynamic(() => import('./table/ActorsTable').then((m) => m.ActorsTable), { loading: () => <Loading what="the actors" /> });
const EdgePanel = dynamic(() => import('./edge/EdgePanel').then((m) => m.EdgePanel), { loading: () => <Loading what="the link" /> });

function detailsOnPhone(id: string | null): { pane?: 'details' } {
  return id && typeof window !== 'undefined' && narrowList().matches ? { pane: 'details' } : {};
}

/**
 * indexDataset (lib/ui/selection.ts: the same maps, in the same order) a slice of INDEX_SLICE entries per
 * task: at 10,000 documents (122k events) the maps were one task of ~0.5 s on a phone (CPU ×4, bench:browser
 * --mobile --profile), the longest of the whole index's takeover.
 */
const INDEX_SLICE = 1 << 14;
async function indexDatasetSliced(d: DataIndex, tick: () => Promise<unknown>): Promise<DatasetIndex> {
  const byId = async <T extends { id: string }>(list: T[]): Promise<Map<string, T>> => {
    const m = new Map<string, T>();
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && i % INDEX_SLICE === 0) await tick();
      m.set(list[i].id, list[i]);
    }
    return m;
  };
  const events = await byId(d.events);
  const actors = await byId(d.actors);
  const documents = await byId(d.documents);
  return { events, actors, documents };
}

/**
 * The network's elements for a view, the last one kept per model: prepareWhole works out the whole index's
 * first network before it replaces the first view, and the swap's render then finds it (not a second time).
 */
const networkViews = new WeakMap<NetworkModel, { key: string; value: CyElements }>();
function networkViewOnce(model: NetworkModel, window: NetworkWindow | null, opts: NetworkOptions): CyElements {
  const key = JSON.stringify([window, opts.limit ?? null, opts.include ?? [], opts.maxEdges ?? null]);
  const kept = networkViews.get(model);
  if (kept && kept.key === key) return kept.value;
  const value = networkView(model, window, opts);
  networkViews.set(model, { key, value });
  return value;
}

/**
 * Before the whole index replaces the first view (data/first.json): the models it needs, one task
 * each, so that no single task builds them all (the swap's render then finds them built).
 */
async function prepareWhole(whole: DataIndex): Promise<void> {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  await tick();
  if (!indexes.has(whole)) {
    const built = await indexDatasetSliced(whole, tick);
    once(indexes, whole, () => built);
  }
  await tick();
  // (122k events at 10,000 documents: one task of ~240 ms built at once, measured with bench:browser --profile)
  if (!timelineModels.has(whole.events)) {
    const built = await timelineModelSliced(whole.events, tick);
    once(timelineModels, whole.events, () => built);
  }
  await tick();
  // the network's model and its gathering of every event (the default slice draws every event's links, cached on
  // the model): a few hundred ms at 10,000 documents, built in slices (a task each)
  let net = networkModels.get(whole.events);
  if (!net) {
    const built = await networkModelSliced({ events: whole.events, actors: whole.actors, edges: whole.edges }, tick);
    net = once(networkModels, whole.events, () => built);
  }
  await gatherAllSliced(net, tick);
  await tick();
  // the overview strip's density of every event (kept per events array: the swap's render finds it)
  await densityOfSliced(whole.events, tick);
  await tick();
  // the first network drawn (the default slice, no selection), where the page draws it now: a wide screen, or a
  // phone on its network pane (a phone's list does not draw it: its network is worked out when its pane is shown)
  const q = parseUrlState(window.location.search);
  if (q.view === 'charts' && q.slice === 'all' && !q.event && !q.actor && (!narrowList().matches || q.pane === 'network')) {
    networkViewOnce(net, null, { limit: NETWORK_STEP, include: [], maxEdges: LINKS_FIRST });
  }
  await tick();
}

/** A phone's timeline pane: the window's events as a list (the default: light) or drawn as the chart. */
function ListOrChart({ chart, onChart }: { chart: boolean; onChart: (chart: boolean) => void }) {
  const cls = (on: boolean) => `px-2 py-0.5 text-sm ${on ? 'bg-slate-900 font-semibold text-white' : 'bg-white text-slate-900'}`;
  return (
    <div role="group" aria-label="Show the timeline as" className="flex overflow-hidden rounded border border-slate-500" data-testid="timeline-as">
      <button type="button" aria-pressed={!chart} className={cls(!chart)} onClick={() => onChart(false)} data-testid="timeline-as-list">
        List
      </button>
      <button type="button" aria-pressed={chart} className={cls(chart)} onClick={() => onChart(true)} data-testid="timeline-as-chart">
        Chart
      </button>
    </div>
  );
}

/** How long a selected event's highlight on the charts waits for its quotes, at most. */
const QUOTES_WAIT_MS = 300;

/**
 * The selected event (the URL's), once its quotes are in and painted (or QUOTES_WAIT_MS passed);
 * until then the one before. Closing it (null) or an unknown id applies at once.
 */
function useAfterQuotes(id: string | null, index: DatasetIndex): string | null {
  const [ready, setReady] = useState<string | null>(id);
  // nothing to wait for (closed, unknown, or its quotes are here): at once (state set while rendering, no extra commit)
  const event = id ? index.events.get(id) : undefined;
  const now = !id || !event || !!peekEvent(event);
  if (now && ready !== id) setReady(id);
  useEffect(() => {
    const e = id ? index.events.get(id) : undefined;
    if (!id || !e || peekEvent(e)) return;
    let done = false;
    let alive = true;
    const timer = setTimeout(() => finish(), QUOTES_WAIT_MS);
    // after the frame that paints the quote
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      afterPaint(() => alive && setReady(id));
    };
    loadEvent(e).then(finish, finish);
    return () => {
      alive = false;
      done = true;
      clearTimeout(timer);
    };
  }, [id, index]);
  return now ? id : ready;
}

/** `shell`: what the page showed before the explorer loaded (title, counts, a loading status), shown until the data is in. */
export function Explorer({ shell = null }: { shell?: ReactNode }) {
  const [firstView] = useState(() => typeof window !== 'undefined' && opensOnFirstView(window.location.search));
  const loaded = useDataset({ firstView, prepare: prepareWhole });
  // the views render in the background once the data is in (React works in slices, yielding to the
  // browser between them: no long task while it builds the page); the shell stays up meanwhile
  const state = useDeferredValue(loaded);
  const [url, setUrl] = useHeldUrlState();
  if (state.status === 'loading') {
    return (
      shell ?? (
        <div className="flex h-dvh items-center justify-center text-slate-700" role="status" data-testid="loading">
          Loading the dataset…
        </div>
      )
    );
  }
  if (state.status === 'error') {
    return (
      <div className="mx-auto mt-16 max-w-xl rounded border border-red-700 bg-red-50 p-4 text-red-950" role="alert" data-testid="load-error">
        <h1 className="font-semibold">The dataset could not be loaded</h1>
        <p className="mt-1 text-sm">{state.error}</p>
      </div>
    );
  }
  return <Linked dataset={state.dataset} partial={state.partial} url={url} setUrl={setUrl} />;
}

function Linked({ dataset, partial, url, setUrl }: { dataset: DataIndex; partial: FirstViewState | null; url: UrlState; setUrl: SetUrlState }) {
  const index = useMemo(() => once(indexes, dataset, () => indexDataset(dataset)), [dataset]);
  const [visible, setVisible] = useState<DayWindow | null>(null);
  const cy = useRef<import('cytoscape').Core | null>(null);
  const onCy = useCallback((c: import('cytoscape').Core | null) => {
    cy.current = c;
  }, []);
  const [networkLimit, setNetworkLimit] = useState(NETWORK_STEP);
  const [allLinks, setAllLinks] = useState(false);

  // the reader's filters apply to the timeline, the network and the tables alike; the URL is parsed
  // anew on every change, so the filters are keyed by value (a selection change keeps the same arrays)
  const filtersKey = JSON.stringify(url.filters);
  const filters = useMemo(() => JSON.parse(filtersKey) as Filters, [filtersKey]);
  const filtered = useMemo(() => applyFilters(dataset, filters), [dataset, filters]);
  const data = useMemo<DataIndex>(() => ({ ...dataset, ...filtered }), [dataset, filtered]);
  // the charts follow a selection in a second, deferred render: the detail panel (the quote) paints
  // first, then the timeline's and the network's highlights (vis and Cytoscape redraw in that one).
  // A selected event's highlight also waits for its quotes (fetched on the click; at most
  // QUOTES_WAIT_MS): the charts' redraw would otherwise hold up the quote arriving meanwhile
  const chartEvent = useDeferredValue(useAfterQuotes(url.event, index));
  const chartActor = useDeferredValue(url.actor);
  // (the selected event's index entry: the timeline's view finds it in its model without a by-id map of the model)
  const selection = useMemo(() => ({ event: chartEvent, actor: chartActor, eventData: chartEvent ? (index.events.get(chartEvent) ?? null) : null }), [chartEvent, chartActor, index]);
  // the models depend on the filtered data only (with no filter: the index's own arrays, built once)
  const tlModel = useMemo(() => once(timelineModels, filtered.events, () => timelineModel(filtered.events)), [filtered]);
  // the network waits for the timeline's first draw (the first thing a reader sees), then builds its
  // model in a task of its own and draws in the next: no long task stands between load and the timeline
  const [netReady, setNetReady] = useState(false);
  const filteredRef = useRef(filtered);
  const partialRef = useRef(partial);
  useLayoutEffect(() => {
    filteredRef.current = filtered;
    partialRef.current = partial;
  });
  // the timeline's first items are on screen (its keyboard list waits for them: below)
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const onTimelineReady = useCallback(() => {
    setTimeout(() => {
      setTimelineDrawn(true);
      const f = filteredRef.current;
      // the first view's network is drawn from the head's summary: no model of its part of the events
      // (prepareWhole builds the whole index's, in slices)
      if (!partialRef.current) once(networkModels, f.events, () => networkModel(f));
      setTimeout(() => setNetReady(true), 0);
    }, 0);
  }, []);
  // a phone's timeline pane opens as a list of the window's events: creating vis-timeline (its code's
  // evaluation, then a layout per item) is the longest work of a throttled phone's load, done only
  // when the reader asks for the chart (`&chart=1` in the URL, so a shared link opens as it was seen)
  const narrow = useNarrow();
  const chartOnPhone = url.chart;
  const setChartOnPhone = useCallback((chart: boolean) => setUrl({ chart }, 'replace'), [setUrl]);
  const drawChart = !narrow || chartOnPhone;
  // outside the charts view no timeline is drawn: the network's data (keyboard lists, export) comes at
  // once; with a phone's list instead of the chart, once the network's pane is shown (a phone shows one
  // pane at a time: a hidden pane's lists are no one's to read)
  const chartsView = url.view === 'charts';
  const networkShown = !narrow || url.pane === 'network';
  useEffect(() => {
    if ((!chartsView || (!drawChart && networkShown)) && !netReady) onTimelineReady();
  }, [chartsView, drawChart, networkShown, netReady, onTimelineReady]);
  // the rest of the index (held back by the page's first script while the first view is drawn: lib/data/early.ts)
  // is fetched once the timeline and the network are on screen
  useEffect(() => {
    if (netReady) setTimeout(releaseWhole, 0);
  }, [netReady]);
  // (a phone's list of the window is its first view: drawn, the rest may come)
  const listShown = chartsView && narrow && !drawChart;
  useEffect(() => {
    if (listShown) setTimeout(releaseWhole, 0);
  }, [listShown]);
  // the network of the first view alone would not be the whole network's: it waits for the whole index
  // (a phone's hidden network pane has none: worked out when the pane is shown, not behind a phone's chart)
  const netModel = useMemo(
    () => (netReady && !partial && networkShown ? once(networkModels, filtered.events, () => networkModel(filtered)) : null),
    [filtered, netReady, partial, networkShown],
  );
  // where the timeline opens when the URL has no window: around the selected event, else the busiest stretch
  const [initial] = useState(() => {
    const selected = url.event ? index.events.get(url.event) : undefined;
    const item = selected ? toTimelineItem(selected, selection) : null;
    return item ? windowAround(item) : (partial?.window ?? initialWindowOf(tlModel));
  });
  const urlWindow = useMemo(() => (url.from && url.to ? { from: url.from, to: url.to } : null), [url.from, url.to]);
  // a window the reader dragged on the timeline applies at once, while the URL catches up (Next applies
  // history changes in a transition); a window set elsewhere later (overview, back button) takes over
  const [dragged, setDragged] = useState<{ w: DayWindow; urlBefore: string } | null>(null);
  const urlKey = `${url.from}|${url.to}`;
  const draggedWindow = dragged && (urlKey === dragged.urlBefore || urlKey === `${dragged.w.from}|${dragged.w.to}`) ? dragged.w : null;
  const shownWindow = draggedWindow ?? urlWindow;
  // the window the timeline shows: what it last reported, else the URL's, else where it opened
  const win = visible ?? urlWindow ?? (initial ? { from: initial.start, to: initial.end } : null);
  const winFrom = win?.from ?? null;
  const winTo = win?.to ?? null;
  const timelineItems = useMemo(
    () => timelineView(tlModel, winFrom && winTo ? { start: dayMs(winFrom), end: dayMs(winTo) + 86400000 } : null, selection),
    [tlModel, winFrom, winTo, selection],
  );
  // the time-sliced network: in the window / up to its end / everything (positions come from the whole data)
  const sliceW = url.slice === 'all' ? null : (shownWindow ?? visible);
  const sliceFrom = sliceW?.from ?? null;
  const sliceTo = sliceW?.to ?? null;
  // the selection is always drawn, whatever the limit
  const include = useMemo(() => {
    const e = chartEvent ? index.events.get(chartEvent) : undefined;
    return [...(e ? actorsOfEvent(e) : []), ...(chartActor ? [chartActor] : [])];
  }, [index, chartEvent, chartActor]);
  const includeKey = include.join('|');
  // until then, the network of every event (the default slice) is drawn from the index's head — where it is shown:
  // a phone's hidden network pane works it out when the pane is shown (on a phone's chart it was a task of ~100 ms
  // after the first item, at CPU ×4, for a pane no one sees — as the whole index's network model already waits)
  const summary = netReady && partial && url.slice === 'all' && networkShown ? (partial.network ?? null) : null;
  const elements = useMemo(() => {
    const opts = { limit: networkLimit, include: includeKey ? includeKey.split('|') : [], maxEdges: allLinks ? undefined : LINKS_FIRST };
    if (netModel) return networkViewOnce(netModel, sliceWindow(url.slice, sliceFrom && sliceTo ? { from: sliceFrom, to: sliceTo } : null), opts);
    return (summary && summaryView(summary, opts)) ?? NO_ELEMENTS;
  }, [netModel, summary, url.slice, sliceFrom, sliceTo, networkLimit, includeKey, allLinks]);
  const positions = dataset.positions;
  const affiliations = useMemo(() => [...affiliationColors(dataset.actors.map((a) => a.affiliation)).entries()], [dataset]);

  const event = url.event ? index.events.get(url.event) ?? null : null;
  const actor = url.actor ? index.actors.get(url.actor) ?? null : null;
  const actorEvents = useMemo(() => (url.actor ? eventsOfActor(dataset, url.actor) : []), [dataset, url.actor]);

  const focus = useMemo<NetworkFocus | null>(() => {
    const chartSelected = chartEvent ? index.events.get(chartEvent) : undefined;
    if (chartSelected) return { nodes: actorsOfEvent(chartSelected), actor: chartActor, event: chartSelected.id };
    if (chartActor) {
      const near = new Set([chartActor]);
      for (const e of elements.edges) {
        if (e.data.source === chartActor) near.add(e.data.target);
        if (e.data.target === chartActor) near.add(e.data.source);
      }
      return { nodes: [...near].sort(), actor: chartActor, event: null };
    }
    return null;
  }, [index, chartEvent, chartActor, elements]);

  // hovering or focusing an event starts fetching its quotes (cached): the click then finds them there
  const previewEvent = useCallback(
    (id: string) => {
      const e = index.events.get(id);
      if (e) loadEvent(e).catch(() => undefined);
    },
    [index],
  );
  // on a phone (one pane at a time) a selection shows its details
  const selectEvent = useCallback(
    (id: string | null) => {
      // the quotes fetched now, while the page renders the selection; the URL is written once they are shown
      // (./use-held-url.ts: Next's render of a URL change would hold up the quote's)
      const e = id ? index.events.get(id) : undefined;
      const quotes = e ? loadEvent(e) : undefined;
      quotes?.catch(() => undefined);
      setUrl({ event: id, doc: null, edge: null, ...detailsOnPhone(id) }, 'push', quotes);
    },
    [setUrl, index],
  );
  const selectActor = useCallback((id: string | null) => setUrl({ actor: id, event: null, doc: null, edge: null, ...detailsOnPhone(id) }), [setUrl]);
  const selectEdge = useCallback((id: string) => setUrl({ edge: id, event: null, doc: null, pane: 'details' }), [setUrl]);
  const edge = useMemo(() => {
    if (!url.edge) return null;
    const [kind, source, target] = url.edge.split(':');
    return dataset.edges.find((e) => e.kind === kind && e.source === source && e.target === target) ?? null;
  }, [dataset, url.edge]);
  const searchSource = useCallback(() => ({ actors: dataset.actors, events: dataset.events }), [dataset]);
  const onPick = useCallback(
    (h: SearchHit) => (h.kind === 'actor' ? selectActor(h.ref) : setUrl({ event: h.ref, doc: null, edge: null, pane: 'details' })),
    [selectActor, setUrl],
  );
  // the timeline's keyboard list: the events it draws; where it draws counts instead, the
  // filtered events in the shown window (at most MAX_TIMELINE_KEYS)
  const timelineKeys = useMemo(() => {
    const binned = timelineItems.some((i) => i.id.startsWith(AGG_PREFIX));
    // the model's entries are sorted by start with their spans in ms: the window's are found without parsing a date
    const events = binned
      ? eventsInWindow(tlModel, winFrom ? dayMs(winFrom) : null, winTo ? dayMs(winTo) + 86400000 : null, MAX_TIMELINE_KEYS)
      : timelineItems.map((i) => index.events.get(i.id)).filter((e) => !!e);
    return events.map(keyItemOf);
  }, [timelineItems, tlModel, winFrom, winTo, index]);
  // the quotes of the events the timeline draws (not its counts), or of a phone's list's first rows, are fetched
  // once the window rests: a click or a tap on one then shows its quote at once. Few files: events are chunked in
  // date order (at 10,000 documents a file is ~30 kB gzipped; the list's rows are in one or two)
  const drawnChunks = useMemo(() => {
    const set = new Set<number>();
    const ids = drawChart ? timelineItems.filter((i) => !i.id.startsWith(AGG_PREFIX)).map((i) => i.id) : timelineKeys.slice(0, ROWS_FIRST).map((k) => k.id);
    for (const id of ids) {
      const e = index.events.get(id);
      if (e) set.add(e.chunk);
    }
    return [...set].slice(0, PREFETCH_CHUNKS).join(',');
  }, [drawChart, timelineItems, timelineKeys, index]);
  useEffect(() => {
    if (!drawnChunks) return;
    const timer = setTimeout(() => {
      for (const n of drawnChunks.split(',')) prefetchChunk(Number(n));
    }, PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [drawnChunks]);
  // the network's keyboard lists (maybe thousands of links) follow in a deferred render, and so does the
  // timeline's (300 buttons): a window change draws the charts first
  const listed = useDeferredValue(elements);
  // (it lists nothing until the timeline's first items are drawn: its 300 buttons, three quarters of the page's
  // elements, were created, styled and laid out before the first item — 10,000 documents: 1,503 of 1,942)
  const timelineKeysListed = useDeferredValue(timelineDrawn ? timelineKeys : NO_KEYS);
  const nodeKeys = useMemo(
    () =>
      listed.nodes
        .map((n) => ({ id: n.data.id, label: n.data.label, sub: [n.data.kind, n.data.affiliation].filter(Boolean).join(' · ') }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [listed],
  );
  const edgeKeys = useMemo(
    () =>
      listed.edges.map((e) => ({
        id: e.data.id,
        label: `${index.actors.get(e.data.source)?.name ?? e.data.source} ${e.data.kind.replace('_', ' ')} ${index.actors.get(e.data.target)?.name ?? e.data.target}`,
        sub: `${e.data.events} ${e.data.events === 1 ? 'event' : 'events'}`,
      })),
    [listed, index],
  );
  const announcement = event
    ? `Selected event: ${event.title}, ${formatShortDate(event.date)}.`
    : actor
      ? `Selected ${actor.name}: ${actorEvents.length} ${actorEvents.length === 1 ? 'event' : 'events'}.`
      : edge
        ? `Opened the link ${url.edge?.replace(/:/g, ' ')}: ${edge.eventIds.length} events.`
        : isFiltering(filters)
          ? `Filters leave ${filtered.events.length} of ${dataset.events.length} events.`
          : '';
  const onFilters = useCallback((f: Filters) => setUrl({ filters: f }), [setUrl]);
  const onOverview = useCallback((w: DayWindow) => setUrl({ from: w.from, to: w.to }, 'replace'), [setUrl]);
  const onRange = useCallback(
    (w: DayWindow, byUser: boolean) => {
      setVisible(w);
      if (!byUser) return;
      const u = parseUrlState(window.location.search);
      setDragged({ w, urlBefore: `${u.from}|${u.to}` });
      setUrl({ from: w.from, to: w.to }, 'replace');
    },
    [setUrl],
  );

  // Escape closes the document, then the event, then the actor. One listener,
  // attached before paint, reading the latest URL through a ref: a key pressed
  // as soon as the panel shows is never lost.
  const latest = useRef({ url, setUrl });
  useLayoutEffect(() => {
    latest.current = { url, setUrl };
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const { url: u, setUrl: set } = latest.current;
      if (u.doc) set({ doc: null });
      else if (u.event) set({ event: null });
      else if (u.actor) set({ actor: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const detail = (
    <>
    <Permalink event={url.event} actor={url.actor} doc={url.doc} />
    {edge && !url.event && (
      <div className="mb-4">
        <EdgePanel edge={edge} events={index.events} actors={index.actors} onSelectEvent={selectEvent} onClose={() => setUrl({ edge: null })} />
      </div>
    )}
    {/* the first view has no documents yet (their file comes with the whole index): the evidence says so */}
    <DocumentsPending.Provider value={!!partial}>
      <DetailPanel
        event={event}
        actor={actor}
        document={url.doc ? index.documents.get(url.doc) ?? null : null}
        missing={(url.event && !event) || (url.actor && !actor) ? (url.event ?? url.actor) : null}
        actorEvents={actorEvents}
        index={index}
        onSelectEvent={selectEvent}
        onSelectActor={selectActor}
        onCloseEvent={() => setUrl({ event: null })}
        onCloseActor={() => setUrl({ actor: null })}
        onOpenDocument={(id) => setUrl({ doc: id })}
        onCloseDocument={() => setUrl({ doc: null })}
      />
    </DocumentsPending.Provider>
    </>
  );

  return (
    <div className="flex flex-col lg:h-dvh">
      <Header
        dataset={dataset}
        view={url.view}
        onView={(v) => setUrl({ view: v })}
        loadingTotal={partial ? partial.total : null}
        search={<SearchBox source={searchSource} onPick={onPick} />}
      >
        {!partial && <ShareBar dataset={data} url={url} cy={cy} positions={positions} />}
      </Header>
      {partial ? (
        // the filters' choices and counts are the whole index's: they wait for it (same place, same height)
        <div className="border-b border-slate-300 bg-slate-50 px-3 py-1 text-sm" data-testid="filters-waiting">
          <span className="font-semibold">Filters</span> <span className="text-slate-700">— loading all {partial.total} events…</span>
        </div>
      ) : (
        <FilterPanel dataset={dataset} filters={filters} onChange={onFilters} />
      )}
      <Announcer message={announcement} />
      {url.view === 'charts' && <PaneTabs pane={url.pane} onPane={(p) => setUrl({ pane: p }, 'replace')} hasDetail={!!(url.event || url.actor || url.doc || url.edge)} />}
      {/* a phone shows the charts view's one pane (app/globals.css): a tap's pane switch changes this attribute alone */}
      <div className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,1fr)_380px]" data-pane={url.view === 'charts' ? url.pane : undefined}>
        {url.view === 'table' && partial ? (
          <main className="min-h-0 p-3" data-testid="table-view">
            <p role="status" className="text-sm text-slate-700">Loading all {partial.total} events…</p>
          </main>
        ) : url.view === 'table' ? (
          <main className="min-h-0 space-y-6 overflow-y-auto p-3" data-testid="table-view">
            <section aria-labelledby="events-h">
              <h2 id="events-h" className="mb-1 font-semibold">Events ({data.events.length}{data.events.length !== dataset.events.length ? ` of ${dataset.events.length}` : ''})</h2>
              <EventsTable events={data.events} index={index} selectedId={url.event} relatedActor={url.actor} onSelect={selectEvent} />
            </section>
            <section aria-labelledby="actors-h">
              <h2 id="actors-h" className="mb-1 font-semibold">Actors ({data.actors.length}{data.actors.length !== dataset.actors.length ? ` of ${dataset.actors.length}` : ''})</h2>
              <ActorsTable actors={data.actors} selectedId={url.actor} onSelect={selectActor} />
            </section>
          </main>
        ) : (
          <main className="flex min-h-0 flex-col" data-testid="charts-view">
            <section
              id="pane-timeline"
              className="grid min-h-0 grid-cols-1 border-b border-slate-300 sm:h-[340px] sm:grid-cols-[minmax(0,1fr)_200px] sm:grid-rows-[auto_minmax(0,1fr)] lg:h-[45%]"
              data-testid="timeline-section"
            >
              <div className="flex flex-wrap items-center justify-between gap-2 px-2 py-1 sm:col-span-2">
                <h2 className="text-sm font-semibold">Timeline</h2>
                {narrow && <ListOrChart chart={chartOnPhone} onChart={setChartOnPhone} />}
                <TypeLegend />
                <div className="w-full">
                  {partial ? <div className="h-16" aria-hidden="true" /> : <OverviewStrip events={data.events} window={shownWindow ?? visible} onWindow={onOverview} />}
                </div>
              </div>
              <div className="relative h-[280px] min-h-0 sm:h-auto" role="region" aria-label="Timeline of events (the table view lists the same events)" data-testid="timeline">
                {tlModel.entries.length === 0 && (
                  <p className="absolute inset-0 z-10 flex items-center justify-center text-sm text-slate-600">No dated events yet.</p>
                )}
                {drawChart ? (
                  <>
                    <KeyboardList label="Timeline events" items={timelineKeysListed} selectedId={chartEvent} onSelect={selectEvent} onPreview={previewEvent} testId="timeline-keys" />
                    {/* contained: vis-timeline measures each item it draws, and each measure lays out this box alone, not the page */}
                    <div className="h-full w-full [contain:strict]">
                      <Timeline items={timelineItems} selectedId={chartEvent} window={urlWindow} initial={initial} onSelect={selectEvent} onPreview={previewEvent} onRangeChange={onRange} onReady={onTimelineReady} />
                    </div>
                  </>
                ) : (
                  <div className="h-full overflow-y-auto">
                    <WindowEvents items={timelineKeys} selectedId={chartEvent} onSelect={selectEvent} onPreview={previewEvent} />
                  </div>
                )}
              </div>
              <div className="max-h-48 min-h-0 overflow-y-auto border-t border-slate-300 sm:max-h-none sm:overflow-visible sm:border-l sm:border-t-0">
                {!partial && <UndatedList events={tlModel.undated} selectedId={chartEvent} relatedActor={chartActor} onSelect={selectEvent} />}
              </div>
            </section>
            <section
              id="pane-network"
              className="relative flex min-h-0 flex-col lg:flex-1"
              role="region"
              aria-label="Network of actors (the table view lists the same actors)"
              data-testid="network"
            >
              <div className="z-10 flex flex-wrap items-center gap-x-3 px-2 pt-1 lg:absolute lg:left-0 lg:top-0">
                <h2 className="text-sm font-semibold">Network</h2>
                <SliceControl slice={url.slice} onSlice={(m) => setUrl({ slice: m }, 'replace')} />
              </div>
              <KeyboardList label="Network actors" items={nodeKeys} selectedId={chartActor} onSelect={selectActor} testId="network-keys" className="left-2 top-10" />
              <KeyboardList label="Network links" items={edgeKeys} selectedId={url.edge} onSelect={selectEdge} testId="edge-keys" className="left-2 top-10" />
              <div className="relative h-[360px] min-h-0 lg:h-auto lg:flex-1">
                {partial && !elements.nodes.length && (
                  <div className="absolute inset-0 z-10">
                    <Loading what="the network" />
                  </div>
                )}
                {/* Cytoscape loads and draws once the pane is on screen: a phone shows one pane at a time */}
                <WhenShown className="h-full w-full [contain:strict]" fallback={<Loading what="the network" />}>
                  <Network elements={elements} positions={positions} focus={focus} onSelectActor={selectActor} onEdgeSelect={selectEdge} onCy={onCy} />
                </WhenShown>
              </div>
              <NetworkMore
                shown={elements.nodes.length}
                total={elements.total}
                step={NETWORK_STEP}
                onMore={() => setNetworkLimit((n) => n + NETWORK_STEP)}
                links={elements.edges.length}
                linkTotal={elements.edgeTotal}
                onAllLinks={() => setAllLinks(true)}
              />
              <div className="rounded bg-white/90 p-1.5 lg:pointer-events-none lg:absolute lg:right-1 lg:top-1 lg:z-10 lg:max-w-[240px]">
                {(!partial || elements.nodes.length > 0) && <NetworkLegend affiliations={affiliations} plainLinks={elements.edges.length > HAYSTACK_AT} />}
              </div>
            </section>
          </main>
        )}
        <aside
          id="pane-details"
          className="min-h-0 overflow-y-auto border-t border-slate-300 p-3 lg:border-l lg:border-t-0"
          aria-label="Details"
          data-testid="detail"
          tabIndex={0}
        >
          {detail}
        </aside>
      </div>
    </div>
  );
}
