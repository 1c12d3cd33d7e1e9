'use client';
/**
 * vis-timeline behind a small React component: created once, fed by id
 * through a DataSet (only the items that changed are added, updated or
 * removed: diffItems), selection and window synced in their own effects,
 * `select` and `rangechanged` (once per animation frame) reported up, destroyed on cleanup.
 * A click on an aggregated item (a count of events) zooms into its period.
 * Load it with next/dynamic({ ssr: false }).
 */
import { useEffect, useRef } from 'react';
// the ES2015+ builds with their dependencies as separate modules (the bundler shares and shakes them):
// ~47 kB gzipped less than the standalone build, which inlines moment, vis-data, vis-util, hammer and xss
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet as VisDataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { AGG_PREFIX, TIMELINE_GROUPS, diffItems, type TimelineItem } from '@/lib/adapters/timeline';

export interface DayWindow {
  from: string;
  to: string;
}

interface Props {
  items: TimelineItem[];
  selectedId: string | null;
  /** window from the URL, if any */
  window: DayWindow | null;
  /** the window to open on when the URL has none */
  initial: { start: string; end: string } | null;
  onSelect: (id: string | null) => void;
  /** the pointer is over an event (not a count): fetch what selecting it will need */
  onPreview?: (id: string) => void;
  onRangeChange: (w: DayWindow, byUser: boolean) => void;
  /** called once, after the first items were drawn (the page can then do what waited for them) */
  onReady?: () => void;
}

const DAY = 86400000;
// the very module vis-timeline/esnext imports: one copy of vis-data in the bundle
const DataSet = VisDataSet;
type DataSet<T extends { id: string }> = VisDataSet<T, 'id'>;

const OPTIONS: TimelineOptions = {
  height: '100%',
  stack: true,
  orientation: { axis: 'top', item: 'top' },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: DAY * 2,
  zoomMax: DAY * 365 * 3,
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
  tooltip: { followMouse: true, overflowMethod: 'cap' },
  verticalScroll: true,
  groupOrder: 'order',
  // the selected item, then the selected actor's items, stack on top so they are always in view
  order: (a: TimelineItem, b: TimelineItem) => stackRank(a) - stackRank(b) || (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id.localeCompare(b.id)),
  zoomKey: 'ctrlKey',
  horizontalScroll: false,
};

function stackRank(i: TimelineItem): number {
  const cls = ` ${i.className} `;
  return cls.includes(' is-selected ') ? 0 : cls.includes(' is-related ') ? 1 : 2;
}

function toDay(d: Date | number | string): string {
  return new Date(d).toISOString().slice(0, 10);
}

export default function Timeline({ items, selectedId, window: win, initial, onSelect, onPreview, onRangeChange, onReady }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const tl = useRef<VisTimeline | null>(null);
  const ds = useRef<DataSet<TimelineItem> | null>(null);
  const groupsRef = useRef<DataSet<{ id: string; content: string; order: number }> | null>(null);
  /** what the DataSet holds, by id */
  const drawn = useRef(new Map<string, TimelineItem>());
  const onSelectRef = useRef(onSelect);
  const onPreviewRef = useRef(onPreview);
  const onRangeRef = useRef(onRangeChange);
  const onReadyRef = useRef(onReady);
  const readyRef = useRef(false);
  const winRef = useRef(win);
  const itemsRef = useRef(items);
  /** the last item selected by a click on the timeline itself (no need to scroll to it) */
  const clickedRef = useRef<string | null>(null);
  const initialRef = useRef(initial);
  const selectedRef = useRef(selectedId);
  /** the selected item last brought into view */
  const shownRef = useRef<string | null>(null);
  useEffect(() => {
    itemsRef.current = items;
    selectedRef.current = selectedId;
    winRef.current = win;
    initialRef.current = initial;
    onSelectRef.current = onSelect;
    onPreviewRef.current = onPreview;
    onRangeRef.current = onRangeChange;
    onReadyRef.current = onReady;
  });

  // create once, with the items of the first render: vis lays them out as it is created (created empty, it drew an
  // empty timeline, then the items in the next animation frame)
  useEffect(() => {
    if (!el.current) return;
    const firstItems = itemsRef.current;
    const data = new DataSet<TimelineItem>(firstItems);
    // (what the DataSet holds: the items effect below, run next, finds nothing to change)
    drawn.current = new Map(firstItems.map((i) => [i.id, i]));
    const groups = new DataSet<{ id: string; content: string; order: number }>(TIMELINE_GROUPS.map((g) => ({ ...g })));
    groupsRef.current = groups;
    // giving start/end up front stops vis from fitting all items on its first draw
    const first = winRef.current ? { start: winRef.current.from, end: winRef.current.to } : initialRef.current;
    const timeline = new VisTimeline(el.current, data, groups, first ? { ...OPTIONS, ...first } : OPTIONS);
    // range changes reported once per animation frame (the last one wins), not after a timer
    let frame = 0;
    timeline.on('select', (props: { items: (string | number)[] }) => {
      const id = props.items[0];
      if (id !== undefined && String(id).startsWith(AGG_PREFIX)) {
        // a count of events: zoom into its period, select nothing
        const item = data.get(String(id));
        timeline.setSelection(selectedRef.current && data.get(selectedRef.current) ? [selectedRef.current] : []);
        if (item) {
          const s = new Date(item.start).getTime();
          const e = new Date(item.end ?? item.start).getTime();
          const pad = Math.max((e - s) * 0.05, DAY / 2);
          timeline.setWindow(s - pad, e + pad, { animation: false });
        }
        return;
      }
      clickedRef.current = id === undefined ? null : String(id);
      onSelectRef.current(clickedRef.current);
    });
    timeline.on('itemover', (props: { item: string | number | null }) => {
      const id = props.item === null ? '' : String(props.item);
      if (id && !id.startsWith(AGG_PREFIX)) onPreviewRef.current?.(id);
    });
    timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onRangeRef.current({ from: toDay(props.start), to: toDay(props.end) }, props.byUser));
    });
    tl.current = timeline;
    ds.current = data;
    return () => {
      cancelAnimationFrame(frame);
      timeline.destroy();
      tl.current = null;
      ds.current = null;
      drawn.current = new Map();
    };
  }, []);

  // data by id: only what changed
  useEffect(() => {
    const data = ds.current;
    if (!data) return;
    const { add, update, remove } = diffItems(drawn.current, items);
    if (remove.length) data.remove(remove);
    // vis keeps `end` when an item turns from range to box: clear it explicitly
    if (add.length || update.length) data.update([...add, ...update].map((i) => ({ end: undefined, ...i })));
    const next = new Map(drawn.current);
    for (const id of remove) next.delete(id);
    for (const i of [...add, ...update]) next.set(i.id, i);
    drawn.current = next;
    el.current?.setAttribute('data-item-count', String(next.size));
    el.current?.setAttribute('data-last-patch', `${add.length}/${update.length}/${remove.length}`);
    if (!readyRef.current) {
      readyRef.current = true;
      // after the frame that paints them
      requestAnimationFrame(() => setTimeout(() => onReadyRef.current?.(), 0));
    }
  }, [items]);

  // window from the URL
  useEffect(() => {
    const timeline = tl.current;
    if (!timeline || !win) return;
    const cur = timeline.getWindow();
    if (toDay(cur.start) === win.from && toDay(cur.end) === win.to) return;
    timeline.setWindow(win.from, win.to, { animation: false });
  }, [win]);

  // selection
  useEffect(() => {
    const timeline = tl.current;
    const data = ds.current;
    if (!timeline || !data) return;
    const item = selectedId ? data.get(selectedId) : null;
    timeline.setSelection(item ? [item.id] : []);
    // a selected month/year event lifts its band above the exact days, so it is in view
    const periodFirst = item?.group === 'period';
    const period = groupsRef.current?.get('period');
    if (period && (period.order === 0) !== periodFirst) groupsRef.current?.update({ id: 'period', order: periodFirst ? 0 : 2 });
    // selected elsewhere (URL, table, network, panel): bring the item into view (`order` stacks it on top),
    // once per selection (later window changes are the reader's)
    if (item && clickedRef.current !== item.id && shownRef.current !== item.id) {
      shownRef.current = item.id;
      const w = timeline.getWindow();
      const start = new Date(item.start).getTime();
      const end = item.end ? new Date(item.end).getTime() : start;
      const inside = end >= w.start.getTime() && start <= w.end.getTime();
      if (!inside) timeline.moveTo(item.start, { animation: false });
    }
    if (!selectedId) shownRef.current = null;
  }, [selectedId, items]);

  return <div ref={el} className="parley-timeline h-full w-full" data-item-count="0" />;
}
