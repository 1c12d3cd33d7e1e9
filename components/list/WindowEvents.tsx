'use client';
/**
 * The timeline's window as a plain list, shown on a phone until the reader asks
 * for the chart: the same events the timeline's keyboard list offers (what the
 * chart draws, or the window's events where it draws counts), each with its
 * type's glyph and colour (colour plus shape), date and status, the selected
 * one marked. A button selects; arrows move between them (one Tab stop, as in
 * the keyboard list: components/a11y/use-roving-list.ts). Cheap to render: no library, nothing measured.
 */
import { memo, useCallback } from 'react';
import type { KeyItem } from '../a11y/KeyboardList';
import { useRovingList } from '../a11y/use-roving-list';
import { ItemFace } from '../a11y/ItemFace';

/** Rows rendered at first (the rest behind "Show all"). */
export const ROWS_FIRST = 100;

interface Props {
  items: KeyItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPreview?: (id: string) => void;
}

export const WindowEvents = memo(function WindowEvents({ items: allItems, selectedId, onSelect, onPreview }: Props) {
  const { items, capped, onKeyDown, showAll, register, focused, tabbableId } = useRovingList(allItems, selectedId, ROWS_FIRST, onPreview);
  return (
    <div data-testid="window-events">
      <p className="px-2 pb-1 text-xs text-slate-700">
        {allItems.length} {allItems.length === 1 ? 'event' : 'events'} in this window. Arrows move, Enter selects.
      </p>
      <ul className="divide-y divide-slate-200" onKeyDown={onKeyDown}>
        {items.map((item) => (
          <Row key={item.id} item={item} selected={item.id === selectedId} tabbable={item.id === tabbableId} onSelect={onSelect} onFocused={focused} register={register} />
        ))}
      </ul>
      {capped && (
        <button type="button" className="m-2 rounded border border-slate-500 px-2 py-1 text-sm underline" onClick={showAll} data-testid="window-events-all">
          Show all {allItems.length}
        </button>
      )}
    </div>
  );
});

/**
 * One row, re-rendered only when its own props change: a tap moves the focus (the Tab stop) and then the
 * selection, and only the rows they leave and reach are rendered again, not the whole list (a phone at CPU ×4:
 * each of the tap's renders was the list's 100 rows).
 */
const Row = memo(function Row({
  item,
  selected,
  tabbable,
  onSelect,
  onFocused,
  register,
}: {
  item: KeyItem;
  selected: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  onFocused: (id: string) => void;
  register: (id: string, el: HTMLButtonElement | null) => void;
}) {
  const id = item.id;
  const ref = useCallback((el: HTMLButtonElement | null) => register(id, el), [register, id]);
  return (
    <li>
      <button
        ref={ref}
        type="button"
        tabIndex={tabbable ? 0 : -1}
        aria-pressed={selected}
        data-id={id}
        onFocus={() => onFocused(id)}
        onClick={() => onSelect(id)}
        className={`flex w-full items-start gap-2 px-2 py-1.5 text-left text-sm ${selected ? 'bg-amber-100 font-semibold text-slate-900' : 'text-slate-900'}`}
      >
        <ItemFace item={item} glyphClassName="mt-0.5" />
      </button>
    </li>
  );
});
