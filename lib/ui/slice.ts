/**
 * The time-sliced network: which events (and so which links and actors) the
 * network shows for a timeline window. `window`: events in the window;
 * `upto`: everything up to the window's end (the network as it had grown by
 * then); `all`: everything. Positions do not depend on the slice (they come
 * from the whole data), so nodes stay put while the window moves.
 */
import { inWindow, overlapsWindow } from '../format';
import { restrictTo, type DataSlice, type FilterableEvent } from '../filters';

export type SliceMode = 'all' | 'window' | 'upto';

export const SLICE_MODES: readonly SliceMode[] = ['all', 'upto', 'window'];

export const SLICE_LABEL: Record<SliceMode, string> = {
  all: 'everything',
  upto: 'up to the window’s end',
  window: 'in the window',
};

export interface DayWindowLike {
  from: string;
  to: string;
}

/** The window the network adapter should size nodes by (null: no window). */
export function sliceWindow(mode: SliceMode, w: DayWindowLike | null): { from: string | null; to: string | null } | null {
  if (!w || mode === 'all') return null;
  return mode === 'window' ? { from: w.from, to: w.to } : { from: null, to: w.to };
}

export function sliceByTime<E extends FilterableEvent>(data: DataSlice<E>, mode: SliceMode, w: DayWindowLike | null): DataSlice<E> {
  if (mode === 'all' || !w) return data;
  const keep =
    mode === 'window'
      ? data.events.filter((e) => inWindow(e.date, w.from, w.to))
      : data.events.filter((e) => overlapsWindow(e.date, null, w.to));
  return restrictTo(data, keep);
}
