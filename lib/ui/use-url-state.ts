'use client';
/**
 * The URL as state: reads with useSearchParams, writes with the History API
 * (history.pushState / replaceState, which Next's App Router intercepts and
 * syncs into useSearchParams — no route is fetched). Next applies that sync in
 * a transition, so a write also applies at once through local state (an urgent
 * render: a click shows its selection in the same frame); once Next's copy of
 * the URL changes — to the written one, or by back/forward — it is the source
 * again. Selections push a history entry (back/forward works); the timeline
 * window replaces it. Users must sit inside <Suspense> (static export).
 */
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { parseUrlState, patchUrlState, serializeUrlState, type UrlState } from '../url-state';

export type SetUrlState = (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void;

export function useUrlState(): [UrlState, SetUrlState] {
  const params = useSearchParams();
  const key = params.toString();
  /** the last write, and what Next's URL was when it was made */
  const [written, setWritten] = useState<{ query: string; over: string } | null>(null);
  // Next's URL changed (it caught up, or back/forward): the write is done with, never reapplied
  const [seenKey, setSeenKey] = useState(key);
  if (seenKey !== key) {
    setSeenKey(key);
    setWritten(null);
  }
  const live = written && written.over === key ? written.query : key;
  const state = useMemo(() => parseUrlState(live), [live]);
  const set = useCallback<SetUrlState>((patch, mode = 'push') => {
    // the live URL, not the last render's: patches made before React re-renders build on each other
    const current = parseUrlState(window.location.search);
    const next = serializeUrlState(patchUrlState(current, patch));
    if (next === serializeUrlState(current)) return;
    // the pathname as the browser has it (base path included), the hash kept
    const href = `${window.location.pathname}${next}${window.location.hash}`;
    if (mode === 'replace') window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    setWritten({ query: next.replace(/^\?/, ''), over: key });
  }, [key]);
  return [state, set];
}
