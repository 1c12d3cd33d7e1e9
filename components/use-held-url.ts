'use client';
/**
 * The URL as state: read with useSearchParams, written with the History API (Next's App Router intercepts
 * history.pushState / replaceState and syncs useSearchParams in a transition — no route is fetched), and one
 * more kind of write: Next told later.
 *
 * - A write applies at once through local state (an urgent render: a click shows its selection in the same
 *   frame); once Next's copy of the URL changes it is the source again.
 * - A held write (`after`): its history entry is made in the task after the frame that shows it (or before
 *   anything that follows: a write, Next told), past Next's router (history.pushState with Next's own state
 *   copied, which its patch lets through untouched), and Next is told once what it waits for is in and
 *   painted (or HOLD_MAX_MS passed). Telling Next re-renders the whole page in a transition,
 *   and React does not let the quote's own render (a default update) interrupt a transition in progress —
 *   on a phone (CPU ×4, 10,000 documents, bench:browser --mobile --profile) the quote waited ~120 ms behind
 *   that render. The entries are the browser's from then on: back/forward walk them in the order they were
 *   made, whatever is still held.
 * - Back/forward: the page shows the URL the browser went to at once, until Next's copy changes. Without
 *   this, a write whose Next render was still pending when the reader went back stayed on the page: Next's
 *   copy went from the entry gone back to … to the same entry (its render of the write never committed), so
 *   "Next's copy changed" never came and the write was shown over the URL (e2e/url-held.spec.ts failed so).
 * Users must sit inside <Suspense> (static export).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { parseUrlState, patchUrlState, serializeUrlState, type UrlState } from '@/lib/url-state';

/** A held write waits at most this long for what it waits for. */
export const HOLD_MAX_MS = 800;

/** `after`: Next is told once it settles and the next frame is painted (at most HOLD_MAX_MS). */
export type SetUrlState = (patch: Partial<UrlState>, mode?: 'push' | 'replace', after?: Promise<unknown>) => void;

interface Held {
  /** the query written (no '?') and the whole href */
  query: string;
  href: string;
  mode: 'push' | 'replace';
  /** its history entry made (in the task after the tap's frame, or before anything that follows it) */
  entered: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** A held write's history entry, past Next's router: its patch passes a state that carries its own marks. */
function enter(h: Held): void {
  if (h.entered) return;
  h.entered = true;
  const own = { ...(window.history.state ?? {}) };
  if (h.mode === 'replace') window.history.replaceState(own, '', h.href);
  else window.history.pushState(own, '', h.href);
}

const searchOf = () => window.location.search.replace(/^\?/, '');

/**
 * `f` in a task after the frame that paints what a settled promise's callbacks render: two frames on, not one.
 * Such a render is a task React queues; the frame due first may come before it (a phone's cold tap at CPU ×4,
 * bench:browser --mobile --profile-held: Next told of the URL, a 27 ms task, ran between the quote's render and its
 * paint, as one frame's callback had queued it).
 */
export const afterPaint = (f: () => void) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(f, 0)));

export function useHeldUrlState(): [UrlState, SetUrlState] {
  const key = useSearchParams().toString();
  // Next's copy of the URL as last committed (callbacks build on it)
  const keyRef = useRef(key);
  useLayoutEffect(() => {
    keyRef.current = key;
  });
  /** what the page wrote or went back to, shown while Next's copy is still `over` */
  const [local, setLocal] = useState<{ query: string; over: string } | null>(null);
  const [seenKey, setSeenKey] = useState(key);
  if (seenKey !== key) {
    // Next's copy changed (it caught up, or a traversal): it is the source again
    setSeenKey(key);
    setLocal(null);
  }
  /** a held write's query, shown until Next is told */
  const [heldQuery, setHeldQuery] = useState<string | null>(null);
  const held = useRef<Held | null>(null);
  const live = heldQuery ?? (local && local.over === key ? local.query : key);
  const state = useMemo(() => parseUrlState(live), [live]);

  /** the held write, Next told of it now (if it is still the one held) */
  const release = useCallback((h: Held) => {
    if (held.current !== h) return;
    held.current = null;
    clearTimeout(h.timer);
    enter(h);
    setLocal({ query: h.query, over: keyRef.current });
    setHeldQuery(null);
    // the entry is the held one (a traversal drops it, a write supersedes it): through Next's patch this time
    window.history.replaceState(null, '', h.href);
  }, []);
  /** the held write forgotten (its entry made and kept, unless a traversal came first; Next learns of it if the reader goes back to it) */
  const drop = useCallback((traversal = false) => {
    const h = held.current;
    if (!h) return null;
    held.current = null;
    clearTimeout(h.timer);
    if (!traversal) enter(h);
    return h;
  }, []);
  useEffect(() => {
    // back/forward: the URL gone to is shown at once, whatever was written or held
    const onPop = () => {
      drop(true);
      setHeldQuery(null);
      setLocal({ query: searchOf(), over: keyRef.current });
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      drop();
    };
  }, [drop]);

  const set = useCallback<SetUrlState>(
    (patch, mode = 'push', after) => {
      // a held write's query, not the entry's URL: a render of Next's still pending may rewrite the entry
      const base = held.current ? held.current.query : searchOf();
      const next = serializeUrlState(patchUrlState(parseUrlState(base), patch));
      const query = next.replace(/^\?/, '');
      // nothing changes (a held write stays held)
      if (next === serializeUrlState(parseUrlState(base))) return;
      const h0 = drop();
      // the pathname as the browser has it (base path included), the hash kept
      const href = `${window.location.pathname}${next}${window.location.hash}`;
      if (!after) {
        // Next told now (a held write before it with it: the query builds on it)
        setHeldQuery(null);
        if (h0 && mode === 'push') window.history.replaceState(null, '', h0.href);
        if (mode === 'replace') window.history.replaceState(null, '', href);
        else window.history.pushState(null, '', href);
        setLocal({ query, over: keyRef.current });
        return;
      }
      const h: Held = { query, href, mode, entered: false, timer: setTimeout(() => release(h), HOLD_MAX_MS) };
      held.current = h;
      setHeldQuery(query);
      // its entry after the frame that shows the selection (the tap's own task does no history write), Next's router
      // not told; anything that follows (a write, Next told, leaving) makes it first
      requestAnimationFrame(() => setTimeout(() => held.current === h && enter(h), 0));
      // after the frame that paints what it waited for
      const done = () => afterPaint(() => release(h));
      after.then(done, done);
    },
    [drop, release],
  );
  return [state, set];
}
