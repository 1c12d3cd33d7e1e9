/**
 * Server-only access to the compiled dataset, for static pages built at
 * `next build` (server components, generateStaticParams). Never import this
 * from a client component: it reads files.
 *
 * The contract other code relies on is the exported functions below; how the
 * compiled files are laid out on disk (one dataset.json today; an index plus
 * per-document files later) is this module's business.
 */
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, DatasetActor, DatasetDocument, DatasetEvent } from '../schema';

const DATA_DIR = join(process.cwd(), 'public', 'data');

let cached: { key: string; dataset: Dataset } | null = null;

/** The whole compiled dataset (documents with their text, events with their evidence). */
export function getDataset(): Dataset {
  const file = join(DATA_DIR, 'dataset.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run compile" first`);
  const raw = readFileSync(file, 'utf8');
  const key = `${raw.length}:${raw.slice(0, 64)}:${raw.slice(-64)}`;
  if (cached?.key !== key) cached = { key, dataset: JSON.parse(raw) as Dataset };
  return cached.dataset;
}

export function getEvent(id: string): DatasetEvent | undefined {
  return getDataset().events.find((e) => e.id === id);
}

export function getActor(id: string): DatasetActor | undefined {
  return getDataset().actors.find((a) => a.id === id);
}

export function getDocument(id: string): DatasetDocument | undefined {
  return getDataset().documents.find((d) => d.id === id);
}
