/**
 * A Web Worker that fetches, parses and searches the quote shards off the main
 * thread (lib/search/quotes.ts starts it at the first quote search and keeps it).
 */
import { searchQuotesHere } from './shards';
import type { QuoteHit } from './query';

export interface QuoteRequest {
  id: number;
  base: string;
  files: string[];
  query: string;
  limit: number;
}
export type QuoteReply = { id: number; ok: true; hits: QuoteHit[] } | { id: number; ok: false; error: string };

self.onmessage = async (e: MessageEvent<QuoteRequest>) => {
  const { id, base, files, query, limit } = e.data;
  let reply: QuoteReply;
  try {
    reply = { id, ok: true, hits: await searchQuotesHere(base, files, query, limit) };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
