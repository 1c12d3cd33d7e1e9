'use client';
/**
 * One Tab stop over a list of buttons (the keyboard lists of the charts, a phone's list of the window's events):
 * arrows, Home and End move the focus, the selected item (or the last one focused) holds the Tab stop; the first
 * `first` items are rendered, the selected one wherever it is, the rest behind "Show all" (after which the first
 * item that was hidden takes the focus: the button it replaces is gone).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

interface HasId {
  id: string;
}

export function useRovingList<T extends HasId>(allItems: T[], selectedId: string | null, first: number, onPreview?: (id: string) => void) {
  const [cursor, setCursor] = useState<string | null>(null);
  const [expanded, setExpanded] = useState(false);
  const capped = !expanded && allItems.length > first;
  const selectedAt = capped && selectedId ? allItems.findIndex((i) => i.id === selectedId) : -1;
  // the first ones, and the selected one wherever it is
  const items = capped ? allItems.filter((_, i) => i < first || i === selectedAt) : allItems;
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!expanded || !focusNext.current) return;
    refs.current.get(focusNext.current)?.focus();
    focusNext.current = null;
  }, [expanded]);
  const at = Math.max(0, items.findIndex((i) => i.id === (cursor ?? selectedId)));
  const onKeyDown = (e: React.KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 };
    if (!(e.key in keys)) return;
    e.preventDefault();
    const item = items[Math.max(0, Math.min(items.length - 1, keys[e.key]))];
    if (!item) return;
    setCursor(item.id);
    refs.current.get(item.id)?.focus();
  };
  const showAll = () => {
    focusNext.current = allItems[first]?.id ?? null;
    setExpanded(true);
  };
  // the same two functions for every render (memoised rows re-render only when their own props change)
  const previewRef = useRef(onPreview);
  useLayoutEffect(() => {
    previewRef.current = onPreview;
  });
  /** an item's button, attached (or gone: null) */
  const register = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  }, []);
  /** an item's button took the focus */
  const focused = useCallback((id: string) => {
    setCursor(id);
    previewRef.current?.(id);
  }, []);
  /** the item holding the Tab stop */
  const tabbableId = items[at]?.id ?? null;
  /** the props every item's button takes: its ref, its place in the Tab order, its selection, its focus */
  const buttonProps = (item: T, i: number) => ({
    ref: (el: HTMLButtonElement | null) => register(item.id, el),
    type: 'button' as const,
    tabIndex: i === at ? 0 : -1,
    'aria-pressed': item.id === selectedId,
    onFocus: () => focused(item.id),
    'data-id': item.id,
  });
  return { items, capped, onKeyDown, showAll, buttonProps, register, focused, tabbableId };
}
