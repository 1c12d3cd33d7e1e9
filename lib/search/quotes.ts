/**
 * Quote search for the browser: in a Web Worker (fetch + parse + search off the
 * main thread); where workers are missing or the worker fails, the same code
 * (lib/search/shards.ts) here.
 */
import type { QuoteHit } from './query';
import type { QuoteReply, QuoteRequest } from './quote-worker';

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, (r: QuoteReply) => void>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./quote-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<QuoteReply>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    w.onerror = () => {
      // the worker is gone: everything waiting (and everything after) runs here
      worker = null;
      w.terminate();
      for (const [id, done] of waiting) done({ id, ok: false, error: 'the quote worker failed' });
      waiting.clear();
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

async function here(base: string, files: string[], query: string, limit: number): Promise<QuoteHit[]> {
  const { searchQuotesHere } = await import('./shards');
  return searchQuotesHere(base, files, query, limit);
}

export function searchQuotes(files: string[], query: string, limit = 10): Promise<QuoteHit[]> {
  if (!files.length) return Promise.resolve([]);
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
  const w = startWorker();
  if (!w) return here(base, files, query, limit);
  const id = ++next;
  return new Promise<QuoteReply>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, base, files, query, limit } satisfies QuoteRequest);
  }).then((r) => (r.ok ? r.hits : here(base, files, query, limit)));
}
