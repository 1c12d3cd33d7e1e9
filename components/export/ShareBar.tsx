'use client';
/**
 * "Present" and "Export" for the explorer: present the visible events (or
 * from the selected one), download the network as PNG/SVG/GEXF, the visible
 * events, actors and links as CSV/JSON, the events for TimelineJS, their
 * source list, or print a handout. The explorer has the index (events
 * without quotes): the exports that show quotes fetch them first.
 */
import { PageLink } from '../pages/PageLink';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Core } from 'cytoscape';
import type { Positions } from '@/lib/export/gexf';
import type { DataIndex, DatasetEvent, IndexEvent } from '@/lib/schema';
import { loadEvent } from '@/lib/data/client';
import type { UrlState } from '@/lib/url-state';
import { visibleSubset, withQuotes, type Subset } from '@/lib/export/subset';
import { filterSlug, visibleEventIds } from '@/lib/export/visible';
import { formatPartialDate } from '@/lib/format';
import { download } from './download';

/** the exporters load on first use: they are not part of the explorer's first download */
const exporters = () => import('@/lib/export/all');
import dynamic from 'next/dynamic';
// print-only: fetched a while after load (or when the export menu opens), not among the explorer's first scripts
const loadHandout = () => import('./Handout').then((m) => m.Handout);
const Handout = dynamic(loadHandout, { ssr: false });

/** re-rendered only when what it prints changes (not on every selection or hover in the explorer) */
const PrintedHandout = memo(Handout);
import { networkPng, networkSvg } from './network-image';

interface Props {
  /** what the explorer shows (filters applied) */
  dataset: DataIndex;
  url: UrlState;
  cy: RefObject<Core | null>;
  /** the compile-time network positions: actor id → [x, y] */
  positions: DataIndex['positions'];
}

/**
 * True while the page prints: print media (Ctrl+P, the print preview) or between beforeprint and
 * afterprint, rendered at once (flushSync) so the handout is there when the page is printed.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia('print').matches);
  useEffect(() => {
    const mq = window.matchMedia('print');
    const onChange = () => setPrinting(mq.matches);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(mq.matches);
    mq.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      mq.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function ShareBar({ dataset, url, cy, positions }: Props) {
  // what is exported follows the window in a deferred render (not in the frame the timeline or network moves)
  const from = useDeferredValue(url.from);
  const to = useDeferredValue(url.to);
  const filter = useMemo(() => ({ from, to }), [from, to]);
  // the visible subset (every event, link and document at scale) is worked out only when it is used:
  // the menu open, or the page printing (the handout, hidden on screen, is rendered only then)
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    // so that Ctrl+P finds the handout's code there (beforeprint renders it at once)
    const t = setTimeout(() => void loadHandout(), 8000);
    return () => clearTimeout(t);
  }, []);
  const printing = usePrinting();
  const needed = menuOpen || printing;
  const subset = useMemo(() => (needed ? visibleSubset(dataset, visibleEventIds(dataset, filter)) : null), [needed, dataset, filter]);
  const xy = useMemo(() => {
    const out: Positions = {};
    for (const [id, [x, y]] of Object.entries(positions)) out[id] = { x, y };
    return out;
  }, [positions]);
  const full = () => withQuotes(subset!, loadEvent);
  // the handout printed by "Print a handout": the visible events with their quotes
  const [printable, setPrintable] = useState<{ of: Subset<IndexEvent>; full: Subset<DatasetEvent> } | null>(null);
  const slug = filterSlug(filter);
  const title =
    filter.from || filter.to ? `Parley — events ${filter.from ? formatPartialDate(filter.from) : '…'} to ${filter.to ? formatPartialDate(filter.to) : '…'}` : 'Parley — all events';
  const [busy, setBusy] = useState<string | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);

  const present = new URLSearchParams();
  if (url.from) present.set('from', url.from);
  if (url.to) present.set('to', url.to);
  if (url.event) present.set('event', url.event);
  const presentHref = `/present/${present.size ? `?${present}` : ''}`;

  const run = async (what: string, f: () => Promise<void> | void) => {
    setBusy(what);
    try {
      await f();
    } finally {
      setBusy(null);
      if (menu.current) menu.current.open = false;
    }
  };
  const items: { id: string; label: string; act: () => Promise<void> | void; needsCy?: boolean }[] = [
    { id: 'png', label: 'Network as PNG', needsCy: true, act: () => void (cy.current && download(`parley-network-${slug}.png`, networkPng(cy.current))) },
    { id: 'svg', label: 'Network as SVG', needsCy: true, act: async () => void (cy.current && download(`parley-network-${slug}.svg`, await networkSvg(cy.current), 'image/svg+xml')) },
    { id: 'gexf', label: 'Network as GEXF (Gephi)', act: async () => download(`parley-network-${slug}.gexf`, (await exporters()).toGexf(subset!, xy, title), 'application/xml') },
    { id: 'events-csv', label: 'Events as CSV', act: async () => download(`parley-events-${slug}.csv`, `\uFEFF${(await exporters()).eventsCsv(await full())}`, 'text/csv;charset=utf-8') },
    { id: 'actors-csv', label: 'Actors as CSV', act: async () => download(`parley-actors-${slug}.csv`, `\uFEFF${(await exporters()).actorsCsv(subset!)}`, 'text/csv;charset=utf-8') },
    { id: 'edges-csv', label: 'Links as CSV', act: async () => download(`parley-links-${slug}.csv`, `\uFEFF${(await exporters()).edgesCsv(subset!)}`, 'text/csv;charset=utf-8') },
    { id: 'json', label: 'Events, actors, links as JSON', act: async () => download(`parley-${slug}.json`, (await exporters()).subsetJson(await full(), filter), 'application/json') },
    { id: 'timelinejs', label: 'Events for TimelineJS (JSON)', act: async () => download(`parley-timelinejs-${slug}.json`, `${JSON.stringify((await exporters()).toTimelineJs(await full(), title), null, 2)}\n`, 'application/json') },
    { id: 'sources', label: 'Source list (to cite)', act: async () => {
      const { sourceList, sourcesText } = await exporters();
      download(`parley-sources-${slug}.txt`, sourcesText(sourceList(subset!)));
    } },
    {
      id: 'print',
      label: 'Print a handout',
      act: async () => {
        setPrintable({ of: subset!, full: await full() });
        // let the handout render with its quotes before the print dialog
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        window.print();
      },
    },
  ];
  return (
    <div className="flex items-center gap-2 text-sm">
      <PageLink href={presentHref} className="rounded border border-slate-800 bg-slate-900 px-2.5 py-1 font-semibold text-white hover:bg-slate-700" data-testid="present-explorer" title="Present the visible events one by one (projector)">
        ▶ Present
      </PageLink>
      <details ref={menu} className="relative" data-testid="export-menu" onToggle={(e) => {
          setMenuOpen(e.currentTarget.open);
          void loadHandout();
        }}>
        <summary className="cursor-pointer list-none rounded border border-slate-500 bg-white px-2.5 py-1 font-semibold hover:bg-slate-100">
          Export ▾
        </summary>
        <div className="absolute right-0 z-30 mt-1 w-64 rounded border border-slate-400 bg-white p-1 shadow-lg" role="group" aria-label="Export">
          <p className="px-2 py-1 text-xs text-slate-700">
            {subset ? `${subset.events.length} visible events, ${subset.actors.length} actors, ${subset.edges.length} links` : '…'}
          </p>
          {items.map((it) => (
            <button
              key={it.id}
              type="button"
              className="block w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 disabled:opacity-50"
              // the network's images need it drawn: not in the table view, nor on a phone before its tab was opened
              disabled={!!busy || (it.needsCy && (url.view === 'table' || !cy.current))}
              title={it.needsCy && url.view === 'charts' && !cy.current ? 'Open the network first' : undefined}
              onClick={() => run(it.id, it.act)}
              data-testid={`export-${it.id}`}
            >
              {it.label}
              {busy === it.id ? '…' : ''}
            </button>
          ))}
        </div>
      </details>
      {subset && (printing || printable) && <PrintedHandout subset={printable?.of === subset ? printable.full : subset} title={title} />}
    </div>
  );
}
