/**
 * A Web Worker that turns index.json's bytes into the explorer's DataIndex
 * (JSON.parse + decodeIndex: the load's longest piece of work), off the main
 * thread. lib/data/client.ts starts it with the bytes the early fetch brought.
 */
import { decodeIndex, isIndexWire } from './codec';

export type IndexWorkerReply = { ok: true; index: unknown } | { ok: false; error: string };

self.onmessage = (e: MessageEvent<ArrayBuffer>) => {
  let reply: IndexWorkerReply;
  try {
    const raw = JSON.parse(new TextDecoder().decode(e.data)) as unknown;
    reply = { ok: true, index: isIndexWire(raw) ? decodeIndex(raw) : raw };
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
