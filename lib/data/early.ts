/**
 * The first fetch of the explorer, started as soon as the page's first script
 * runs — while the explorer's own code is still downloading — and handed to
 * the code that reads it (lib/data/client.ts) once. Tiny on purpose: it sits
 * in the page's first load.
 */
const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const started = new Map<string, Promise<Response>>();

export function dataUrl(path: string): string {
  return `${BASE}/data/${path}`;
}

/** Start fetching /data/<path> now (once). */
export function fetchEarly(path: string): void {
  if (typeof window === 'undefined' || started.has(path)) return;
  const p = fetch(dataUrl(path), { cache: 'no-store' });
  p.catch(() => undefined);
  started.set(path, p);
}

/** The response started early for /data/<path>, once (later reads fetch anew), else null. */
export function takeEarly(path: string): Promise<Response> | null {
  const p = started.get(path) ?? null;
  started.delete(path);
  return p;
}

/**
 * Whether the explorer opens on its default view at this query string (no selection, window or
 * filter: only the pane, the network's slice): then data/first.json is drawn while index.json loads.
 */
export function opensOnFirstView(search: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (key !== 'pane' && key !== 'slice' && key !== 'follow') return false;
  return true;
}
