'use client';
/**
 * The URL as state: reads with useSearchParams, writes with the History API
 * (history.pushState / replaceState, which Next's App Router intercepts and
 * syncs into useSearchParams — no route is fetched, nothing is re-rendered on
 * the server side: a selection costs one client render). Selections push a
 * history entry (back/forward works); the timeline window replaces it.
 * Users must sit inside <Suspense> (static export).
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { parseUrlState, patchUrlState, serializeUrlState, type UrlState } from '../url-state';

export type SetUrlState = (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void;

export function useUrlState(): [UrlState, SetUrlState] {
  const params = useSearchParams();
  const key = params.toString();
  const state = useMemo(() => parseUrlState(key), [key]);
  const set = useCallback<SetUrlState>((patch, mode = 'push') => {
    // the live URL, not the last render's: patches made before React re-renders build on each other
    const current = parseUrlState(window.location.search);
    const next = serializeUrlState(patchUrlState(current, patch));
    if (next === serializeUrlState(current)) return;
    // the pathname as the browser has it (base path included), the hash kept
    const href = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === 'replace') window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
  }, []);
  return [state, set];
}
