'use client';
/**
 * The overview strip: event density by type over the whole period (d3 scale
 * and axis), with a brush that shows the timeline's window and sets it.
 * Brushing (mouse or touch) or the keys (when focused: ← → move, + − zoom)
 * report a new window; a window changed elsewhere moves the brush without
 * reporting back. Load with next/dynamic({ ssr: false }).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { axisBottom, brushX, scaleUtc, select, type BrushBehavior } from 'd3';
import type { IndexEvent } from '@/lib/schema';
import { formatShortDate } from '@/lib/format';
import { EVENT_TYPES, TYPE_STYLE } from '@/lib/ui/theme';
import { density } from './density';

export interface StripWindow {
  from: string;
  to: string;
}

interface Props {
  events: Pick<IndexEvent, 'date' | 'type' | 'week'>[];
  window: StripWindow | null;
  onWindow: (w: StripWindow) => void;
}

const H = 64;
const AXIS = 18;
const DAY = 86400000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

export default function OverviewStrip({ events, window: win, onWindow }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const axisRef = useRef<SVGGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const brush = useRef<BrushBehavior<unknown> | null>(null);
  const [width, setWidth] = useState(0);
  const onWindowRef = useRef(onWindow);
  useEffect(() => {
    onWindowRef.current = onWindow;
  });
  const data = useMemo(() => density(events), [events]);
  const x = useMemo(
    () => (data && width ? scaleUtc().domain([new Date(ms(data.from)), new Date(ms(data.to))]).range([0, width]) : null),
    [data, width],
  );

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.round(el.clientWidth)));
    ro.observe(el);
    setWidth(Math.round(el.clientWidth));
    return () => ro.disconnect();
  }, []);

  // axis
  useEffect(() => {
    if (!x || !axisRef.current) return;
    select(axisRef.current).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))).tickSizeOuter(0));
  }, [x, width]);

  // brush: created per scale; a user's brush reports a window
  useEffect(() => {
    if (!x || !brushRef.current) return;
    const b = brushX<unknown>()
      .extent([
        [0, 0],
        [width, H - AXIS],
      ])
      .on('end', (ev: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        if (!ev.sourceEvent) return;
        if (!ev.selection) return;
        const [a, c] = ev.selection.map((px) => x.invert(px).getTime());
        onWindowRef.current({ from: day(a), to: day(Math.max(a + DAY, c)) });
      });
    brush.current = b;
    const g = select(brushRef.current);
    g.call(b);
    return () => {
      g.on('.brush', null);
      brush.current = null;
    };
  }, [x, width]);

  // follow the window set elsewhere
  useEffect(() => {
    if (!x || !brushRef.current || !brush.current) return;
    const g = select(brushRef.current);
    if (!win) {
      brush.current.move(g, null);
      return;
    }
    const [lo, hi] = x.range();
    const a = Math.max(lo, Math.min(hi, x(new Date(ms(win.from)))));
    const c = Math.max(lo, Math.min(hi, x(new Date(ms(win.to) + DAY))));
    brush.current.move(g, c - a >= 1 ? [a, c] : null);
  }, [x, win]);

  if (!data) return null;

  const onKeyDown = (e: React.KeyboardEvent) => {
    const w = win ?? { from: data.from, to: day(ms(data.from) + 14 * DAY) };
    const a = ms(w.from);
    const c = ms(w.to);
    const span = Math.max(DAY, c - a);
    const step = Math.max(DAY, Math.round(span / 4 / DAY) * DAY);
    let next: [number, number] | null = null;
    if (e.key === 'ArrowRight') next = [a + step, c + step];
    else if (e.key === 'ArrowLeft') next = [a - step, c - step];
    else if (e.key === '+' || e.key === '=') next = [a + step, Math.max(a + step + 2 * DAY, c - step)];
    else if (e.key === '-' || e.key === '_') next = [a - step, c + step];
    if (!next) return;
    e.preventDefault();
    onWindow({ from: day(next[0]), to: day(next[1]) });
  };

  const bw = x ? Math.max(1, x(new Date(ms(data.bins[0].end))) - x(new Date(ms(data.bins[0].start))) - 1) : 0;
  const y = (n: number) => ((H - AXIS - 4) * n) / Math.max(1, data.max);
  const label = win
    ? `Overview of all events by date; the timeline shows ${formatShortDate(win.from)} to ${formatShortDate(win.to)}. Left and right arrows move the window, plus and minus zoom.`
    : 'Overview of all events by date. Left and right arrows move the timeline window, plus and minus zoom.';

  return (
    <div
      ref={box}
      className="relative w-full select-none"
      tabIndex={0}
      role="slider"
      aria-label="Timeline window on the overview"
      aria-valuemin={ms(data.from)}
      aria-valuemax={ms(data.to)}
      aria-valuenow={win ? Math.round((ms(win.from) + ms(win.to)) / 2) : ms(data.from)}
      aria-valuetext={win ? `${formatShortDate(win.from)} to ${formatShortDate(win.to)}` : 'whole period'}
      aria-describedby="overview-help"
      onKeyDown={onKeyDown}
      data-testid="overview"
      data-from={data.from}
      data-to={data.to}
      data-width={width}
    >
      <p id="overview-help" className="sr-only">
        {label}
      </p>
      {x && (
        <svg width={width} height={H} className="block overflow-visible text-slate-700" aria-hidden="true">
          {data.bins.map((b) => {
            let y0 = H - AXIS;
            const left = x(new Date(ms(b.start)));
            return EVENT_TYPES.filter((t) => b.counts[t]).map((t) => {
              const h = y(b.counts[t]!);
              y0 -= h;
              return <rect key={`${b.start}:${t}`} x={left} y={y0} width={bw} height={h} fill={TYPE_STYLE[t].color} />;
            });
          })}
          <g ref={axisRef} transform={`translate(0,${H - AXIS})`} className="overview-axis" />
          <g ref={brushRef} className="overview-brush" />
        </svg>
      )}
    </div>
  );
}
