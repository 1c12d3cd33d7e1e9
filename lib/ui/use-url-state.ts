'use client';
/**
 * The URL as state: reads with useSearchParams, writes with the router.
 * Selections push a history entry (back/forward works); the timeline window
 * replaces it. Users must sit inside <Suspense> (static export).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { parseUrlState, patchUrlState, serializeUrlState, type UrlState } from '../url-state';

export type SetUrlState = (patch: Partial<UrlState>, mode?: 'push' | 'replace') => void;

export function useUrlState(): [UrlState, SetUrlState] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const key = params.toString();
  const state = useMemo(() => parseUrlState(key), [key]);
  // a write the router has not committed yet: patches made meanwhile build on it, not on the stale URL
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [key]);
  const set = useCallback<SetUrlState>(
    (patch, mode = 'push') => {
      const live = pending.current ?? (typeof window === 'undefined' ? key : window.location.search);
      const current = parseUrlState(live);
      const next = serializeUrlState(patchUrlState(current, patch));
      if (next === serializeUrlState(current)) return;
      pending.current = next;
      const href = `${pathname}${next}`;
      if (mode === 'replace') router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    },
    [key, pathname, router],
  );
  return [state, set];
}
