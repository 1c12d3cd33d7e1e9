'use client';
/**
 * The keyboard's way into a chart: a list kept in step with what the chart
 * shows (same items, same selection). Hidden until it takes focus, then shown
 * over the chart. One Tab stop; arrows, Home and End move; Enter or Space
 * selects. The charts themselves are not touched.
 */
import { memo } from 'react';
import { useRovingList } from './use-roving-list';
import { ItemFace } from './ItemFace';

export interface KeyItem {
  id: string;
  label: string;
  /** a second, shorter line: type and date, role… */
  sub?: string;
  /** a glyph or shape shown beside it (colour plus shape) */
  glyph?: string;
  color?: string;
}

interface Props {
  /** e.g. "Timeline events" */
  label: string;
  items: KeyItem[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** an item took focus or the pointer: fetch what selecting it will need */
  onPreview?: (id: string) => void;
  testId: string;
  /** where the list shows once focused */
  className?: string;
}

/** memoised: re-rendered only when its items or selection change (it may list hundreds of buttons) */
/** Buttons rendered at first (a network at scale has thousands of links): the rest behind "Show all". */
export const KEYS_FIRST = 300;

export const KeyboardList = memo(function KeyboardList({ label, items: allItems, selectedId, onSelect, onPreview, testId, className }: Props) {
  const { items, capped, onKeyDown, showAll, buttonProps } = useRovingList(allItems, selectedId, KEYS_FIRST, onPreview);
  return (
    <nav
      aria-label={`${label} (keyboard list)`}
      className={`sr-only focus-within:not-sr-only focus-within:absolute focus-within:z-40 focus-within:max-h-[85%] focus-within:w-80 focus-within:max-w-[90%] focus-within:overflow-y-auto focus-within:rounded focus-within:border focus-within:border-slate-500 focus-within:bg-white focus-within:p-2 focus-within:shadow-lg ${className ?? 'left-2 top-8'}`}
      data-testid={testId}
    >
      <p className="mb-1 text-xs text-slate-700">
        {label}: {allItems.length}. Arrows move, Enter selects, Tab leaves.
      </p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing shown.</p>
      ) : (
        <ul className="space-y-0.5" onKeyDown={onKeyDown}>
          {items.map((item, i) => (
            <li key={item.id}>
              <button
                {...buttonProps(item, i)}
                onPointerEnter={onPreview && (() => onPreview(item.id))}
                onClick={() => onSelect(item.id)}
                className={`flex w-full items-start gap-1.5 rounded px-1.5 py-1 text-left text-sm ${item.id === selectedId ? 'bg-amber-100 font-semibold text-slate-900' : 'text-slate-900 hover:bg-slate-100'}`}
              >
                <ItemFace item={item} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {capped && (
        <button
          type="button"
          className="mt-1 w-full rounded border border-slate-500 px-1.5 py-1 text-left text-sm underline"
          onClick={showAll}
          data-testid={`${testId}-all`}
        >
          Show all {allItems.length}
        </button>
      )}
    </nav>
  );
});
