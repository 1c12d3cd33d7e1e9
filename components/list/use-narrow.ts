'use client';
/**
 * Whether the screen is a phone's (narrower than Tailwind's `sm`, 640 px: the
 * explorer shows one pane at a time there), following rotation and resizing.
 * False on the server and while hydrating.
 */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 639.98px)';

/** The query's list, made once: a selection's render read it anew, twice (useSyncExternalStore's snapshot; a tap's
 * `pane: 'details'`) — each `matchMedia` call a new list evaluated (a phone's tap, CPU ×4: ~3 ms of its render). */
let list: MediaQueryList | undefined;
export const narrowList = () => (list ??= window.matchMedia(NARROW_QUERY));

function subscribe(onChange: () => void): () => void {
  const q = narrowList();
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => narrowList().matches, () => false);
}
