'use client';
/**
 * Whether the screen is a phone's (narrower than Tailwind's `sm`, 640 px: the
 * explorer shows one pane at a time there), following rotation and resizing.
 * False on the server and while hydrating.
 */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 639.98px)';

function subscribe(onChange: () => void): () => void {
  const q = window.matchMedia(NARROW_QUERY);
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches, () => false);
}
