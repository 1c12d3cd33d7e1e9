'use client';
/**
 * The URL as state (lib/ui/use-url-state.ts), with one more kind of write: held back until something the page
 * waits for is shown. A selected event's URL is written once its quotes are in and painted (or HOLD_MAX_MS
 * passed): writing the History API hands the URL to Next's router, which re-renders the whole page in a
 * transition, and React does not let the quote's own render (a default update) interrupt a transition in
 * progress — on a phone (CPU ×4, 10,000 documents, bench:browser --mobile --profile) the quote waited ~120 ms
 * behind that render. Meanwhile the page shows the held state at once (an urgent render, as any write does).
 * Any other write, a back/forward or leaving the page writes a held one first (or drops it: back/forward).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useUrlState } from '@/lib/ui/use-url-state';
import { parseUrlState, patchUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

/** A write held back waits at most this long for what it waits for. */
export const HOLD_MAX_MS = 800;

/** `after`: the write waits for it to settle, then for the next frame to be painted (at most HOLD_MAX_MS). */
export type SetUrlState = (patch: Partial<UrlState>, mode?: 'push' | 'replace', after?: Promise<unknown>) => void;

interface Held {
  patch: Partial<UrlState>;
  mode: 'push' | 'replace';
  state: UrlState;
  timer: ReturnType<typeof setTimeout>;
}

export function useHeldUrlState(): [UrlState, SetUrlState] {
  const [url, write] = useUrlState();
  // the latest writer (its idea of Next's URL changes with every render that changes it)
  const writeRef = useRef(write);
  useLayoutEffect(() => {
    writeRef.current = write;
  });
  const held = useRef<Held | null>(null);
  const [heldState, setHeldState] = useState<UrlState | null>(null);
  /** the held write, written now (if there is one) */
  const flush = useCallback(() => {
    const h = held.current;
    if (!h) return;
    held.current = null;
    clearTimeout(h.timer);
    // one render: the URL's state replaces the held one (the same value)
    writeRef.current(h.patch, h.mode);
    setHeldState(null);
  }, []);
  useEffect(() => {
    // back/forward: the held write is no longer what the reader asked for
    const drop = () => {
      if (!held.current) return;
      clearTimeout(held.current.timer);
      held.current = null;
      setHeldState(null);
    };
    window.addEventListener('popstate', drop);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('popstate', drop);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  const set = useCallback<SetUrlState>(
    (patch, mode = 'push', after) => {
      // a held write goes first (its own history entry): every write builds on the URL as written
      flush();
      if (!after) return writeRef.current(patch, mode);
      const current = parseUrlState(window.location.search);
      const next = serializeUrlState(patchUrlState(current, patch));
      if (next === serializeUrlState(current)) return;
      const h: Held = { patch, mode, state: parseUrlState(next), timer: setTimeout(flush, HOLD_MAX_MS) };
      held.current = h;
      setHeldState(h.state);
      // after the frame that paints what it waited for
      const release = () => requestAnimationFrame(() => setTimeout(() => held.current === h && flush(), 0));
      after.then(release, release);
    },
    [flush],
  );
  return [heldState ?? url, set];
}
