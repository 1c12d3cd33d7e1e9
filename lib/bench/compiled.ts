/**
 * A compiled folder's dataset.json read back as a compile's result, for timing the write side alone
 * (`scripts/bench.ts --write-from`, `scripts/bench-write.ts`): the compile's own trace is not in the dataset,
 * so its events-by-document and merges are rebuilt from the events' evidence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileResult } from '../compile/types';
import type { Dataset } from '../schema';

export function readCompiled(dir: string): { result: CompileResult; readMs: number } {
  const t0 = performance.now();
  const dataset = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;
  const readMs = performance.now() - t0;
  const eventsByDocument: Record<string, string[]> = {};
  const merges: { eventId: string; documentIds: string[] }[] = [];
  for (const e of dataset.events) {
    const docs = [...new Set(e.evidence.map((x) => x.documentId))];
    for (const d of docs) (eventsByDocument[d] ??= []).push(e.id);
    if (docs.length > 1) merges.push({ eventId: e.id, documentIds: docs });
  }
  return { result: { dataset, problems: [], trace: { eventsByDocument, merges, corrections: [] } }, readMs };
}
