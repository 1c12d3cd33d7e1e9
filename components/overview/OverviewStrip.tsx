'use client';
/**
 * The overview strip: event density by type over the whole period (a UTC
 * scale and axis of its own, ./scale.ts), with a brush that shows the
 * timeline's window and sets it: drag on the strip for a new window, drag the
 * window to move it, drag its edges to resize it.
 * Brushing (mouse or touch) or the keys (when focused: ← → move, + − zoom)
 * report a new window; a window changed elsewhere moves the brush without
 * reporting back. Load with next/dynamic({ ssr: false }).
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { IndexEvent } from '@/lib/schema';
import { formatShortDate } from '@/lib/format';
import { EVENT_TYPES, TYPE_STYLE } from '@/lib/ui/theme';
import { densityOf } from './density';
import { timeScale, timeTicks } from './scale';

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

/** how a drag on the strip started: a new window, moving the window, or one of its edges */
type Drag = { mode: 'new' | 'move' | 'w' | 'e'; x0: number; sel0: [number, number] | null; moved: boolean };
const EDGE = 6;

function OverviewStrip({ events, window: win, onWindow }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  /** the window being dragged (px), shown instead of the reported one until released */
  const [dragSel, setDragSel] = useState<[number, number] | null>(null);
  const drag = useRef<Drag | null>(null);
  const data = useMemo(() => densityOf(events), [events]);
  const x = useMemo(() => (data && width ? timeScale(ms(data.from), ms(data.to), width) : null), [data, width]);
  const ticks = useMemo(() => (data && x ? timeTicks(ms(data.from), ms(data.to), Math.max(2, Math.floor(width / 110))) : []), [data, x, width]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.round(el.clientWidth)));
    ro.observe(el);
    setWidth(Math.round(el.clientWidth));
    return () => ro.disconnect();
  }, []);

  // the window set elsewhere, in pixels
  const winSel = useMemo<[number, number] | null>(() => {
    if (!x || !win) return null;
    const [lo, hi] = x.range;
    const a = Math.max(lo, Math.min(hi, x(ms(win.from))));
    const c = Math.max(lo, Math.min(hi, x(ms(win.to) + DAY)));
    return c - a >= 1 ? [a, c] : null;
  }, [x, win]);
  const sel = dragSel ?? winSel;

  const pointerX = (e: React.PointerEvent) => {
    const r = (e.currentTarget as Element).getBoundingClientRect();
    return Math.max(0, Math.min(width, e.clientX - r.left));
  };
  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>) => {
    if (!x || e.button !== 0) return;
    const px = pointerX(e);
    const mode: Drag['mode'] = !sel
      ? 'new'
      : Math.abs(px - sel[0]) <= EDGE
        ? 'w'
        : Math.abs(px - sel[1]) <= EDGE
          ? 'e'
          : px > sel[0] && px < sel[1]
            ? 'move'
            : 'new';
    drag.current = { mode, x0: px, sel0: sel, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const px = pointerX(e);
    const dx = px - d.x0;
    if (Math.abs(dx) >= 1) d.moved = true;
    let next: [number, number];
    if (d.mode === 'new' || !d.sel0) next = [Math.min(d.x0, px), Math.max(d.x0, px)];
    else if (d.mode === 'move') {
      const w = d.sel0[1] - d.sel0[0];
      const a = Math.max(0, Math.min(width - w, d.sel0[0] + dx));
      next = [a, a + w];
    } else {
      const other = d.mode === 'w' ? d.sel0[1] : d.sel0[0];
      next = [Math.min(other, px), Math.max(other, px)];
    }
    setDragSel(next);
  };
  const onPointerUp = (e: React.PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    const s = dragSel;
    setDragSel(null);
    if (!d || !d.moved || !x || !s || s[1] - s[0] < 1) return;
    const a = x.invert(s[0]);
    const c = x.invert(s[1]);
    onWindow({ from: day(a), to: day(Math.max(a + DAY, c)) });
  };

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

  const bw = x ? Math.max(1, x(ms(data.bins[0].end)) - x(ms(data.bins[0].start)) - 1) : 0;
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
        <svg
          width={width}
          height={H}
          className="block touch-none overflow-visible text-slate-700"
          aria-hidden="true"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          {data.bins.map((b) => {
            let y0 = H - AXIS;
            const left = x(ms(b.start));
            return EVENT_TYPES.filter((t) => b.counts[t]).map((t) => {
              const h = y(b.counts[t]!);
              y0 -= h;
              return <rect key={`${b.start}:${t}`} x={left} y={y0} width={bw} height={h} fill={TYPE_STYLE[t].color} />;
            });
          })}
          <g transform={`translate(0,${H - AXIS})`} className="overview-axis">
            <line x1={0} x2={width} y1={0.5} y2={0.5} />
            {ticks.map((k) => (
              <g key={k.t} transform={`translate(${Math.round(x(k.t)) + 0.5},0)`}>
                <line y2={6} />
                <text y={9} dy="0.71em" textAnchor="middle">
                  {k.label}
                </text>
              </g>
            ))}
          </g>
          <g className="overview-brush">
            <rect className="overlay" x={0} y={0} width={width} height={H - AXIS} fill="transparent" style={{ cursor: 'crosshair' }} />
            {sel && (
              <>
                <rect className="selection" x={sel[0]} y={0} width={sel[1] - sel[0]} height={H - AXIS} style={{ cursor: 'move' }} />
                <rect className="handle handle--w" x={sel[0] - 1.5} y={0} width={3} height={H - AXIS} style={{ cursor: 'ew-resize' }} />
                <rect className="handle handle--e" x={sel[1] - 1.5} y={0} width={3} height={H - AXIS} style={{ cursor: 'ew-resize' }} />
              </>
            )}
          </g>
        </svg>
      )}
    </div>
  );
}

/** memoised: its bars are redrawn only when the events, the window or the width change */
export default memo(OverviewStrip);
