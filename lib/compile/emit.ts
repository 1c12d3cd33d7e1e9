/**
 * emit: writes the dataset (and its JSON Schema) atomically; never overwrites
 * the last good dataset when the compile has errors.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { datasetJsonSchema, type Dataset } from '../schema';

export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function emit(outDir: string, dataset: Dataset): void {
  writeAtomic(join(outDir, 'dataset.schema.json'), stableJson(datasetJsonSchema()));
  writeAtomic(join(outDir, 'dataset.json'), stableJson(dataset));
}
