/**
 * Server-only access to the compiled dataset, for static pages built at
 * `next build` (server components, generateStaticParams). Never import this
 * from a client component: it reads files.
 *
 * The contract other code relies on is the exported functions below; how the
 * compiled files are laid out on disk (one dataset.json today; an index plus
 * per-document files for the explorer) is this module's business: static pages
 * read the full dataset.json, which emit keeps writing.
 */
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIndex } from './read-index';
import type { DataIndex, Dataset, DatasetActor, DatasetDocument, DatasetEvent } from '../schema';

const DATA_DIR = join(process.cwd(), 'public', 'data');

let cached: { key: string; dataset: Dataset; byId: ById } | null = null;

interface ById {
  events: Map<string, DatasetEvent>;
  actors: Map<string, DatasetActor>;
  documents: Map<string, DatasetDocument>;
}

/** The whole compiled dataset (documents with their text, events with their evidence). */
export function getDataset(): Dataset {
  const file = join(DATA_DIR, 'dataset.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run compile" first`);
  const raw = readFileSync(file, 'utf8');
  const key = `${raw.length}:${raw.slice(0, 64)}:${raw.slice(-64)}`;
  if (cached?.key !== key) {
    const dataset = JSON.parse(raw) as Dataset;
    const byId: ById = {
      events: new Map(dataset.events.map((e) => [e.id, e])),
      actors: new Map(dataset.actors.map((a) => [a.id, a])),
      documents: new Map(dataset.documents.map((d) => [d.id, d])),
    };
    cached = { key, dataset, byId };
  }
  return cached.dataset;
}

/** Look-ups by id in constant time (a static page per event would otherwise scan the list per page). */
function byId(): ById {
  getDataset();
  return cached!.byId;
}

export function getEvent(id: string): DatasetEvent | undefined {
  return byId().events.get(id);
}

export function getActor(id: string): DatasetActor | undefined {
  return byId().actors.get(id);
}

export function getDocument(id: string): DatasetDocument | undefined {
  return byId().documents.get(id);
}

/** The explorer's index (index.json: no texts, no quotes; network positions), as the browser reads it. */
export function getIndex(): DataIndex {
  const file = join(DATA_DIR, 'index.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run compile" first`);
  return readIndex((path) => readFileSync(join(DATA_DIR, path), 'utf8'));
}
