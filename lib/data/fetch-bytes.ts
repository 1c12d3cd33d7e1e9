/**
 * A data file's bytes by its URL, or an error that says what to run: shared by the page (lib/data/early.ts
 * fetchBytes) and the index worker (lib/data/index-worker.ts), which fetches the whole index's files itself.
 */
export async function fetchDataBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const res = await fetch(url, { cache: 'no-store', signal });
  if (!res.ok) throw new Error(`could not load ${url} (HTTP ${res.status}); run “npm run compile”`);
  return res.arrayBuffer();
}
