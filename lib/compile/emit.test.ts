import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emit, hashOf, readPrevious, serialise, stableJson, writeAtomic } from './emit';
import { runCompile } from '../editor/run';
import type { Dataset } from '../schema';
import { FIXTURE } from '../adapters/fixtures';
import { readIndex } from '../data/read-index';
import { statSync } from 'node:fs';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'parley-emit-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const EMPTY: Dataset = { schemaVersion: 1, documents: [], actors: [], events: [], edges: [] };

describe('emit', () => {
  it('writes dataset, schema, report and version.json (hash of the dataset bytes)', () => {
    const out = tmp();
    const { hash, datasetJson } = emit(out, EMPTY, { hello: 1 });
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(datasetJson);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).toBe(hashOf(datasetJson));
    expect(JSON.parse(readFileSync(join(out, 'version.json'), 'utf8'))).toEqual({ hash });
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual({ hello: 1 });
    expect(existsSync(join(out, 'dataset.schema.json'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes the explorer split: index, event chunks, one file per document; rewrites only what changed', () => {
    const out = tmp();
    emit(out, FIXTURE);
    const index = readIndex((path) => readFileSync(join(out, path), 'utf8'));
    expect(index.events).toHaveLength(FIXTURE.events.length);
    expect(Object.keys(index.positions).sort()).toEqual(FIXTURE.actors.map((a) => a.id).sort());
    expect(readdirSync(join(out, 'docs')).sort()).toEqual(FIXTURE.documents.map((d) => `${d.id}.json`).sort());
    expect(readdirSync(join(out, 'events'))).toEqual(['0.json']);
    const kept = statSync(join(out, 'docs', `${FIXTURE.documents[0].id}.json`)).mtimeMs;
    const fewer: Dataset = { ...FIXTURE, documents: FIXTURE.documents.slice(0, 1) };
    emit(out, fewer);
    expect(readdirSync(join(out, 'docs'))).toEqual([`${FIXTURE.documents[0].id}.json`]);
    expect(statSync(join(out, 'docs', `${FIXTURE.documents[0].id}.json`)).mtimeMs).toBe(kept);
    emit(out, { ...FIXTURE, events: [], edges: [] });
    expect(readdirSync(join(out, 'events'))).toEqual([]);
  });

  it('is deterministic: same dataset, same bytes and hash', () => {
    expect(serialise(EMPTY)).toEqual(serialise(JSON.parse(JSON.stringify(EMPTY)) as Dataset));
    expect(stableJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });

  it('writeAtomic replaces a file in one step and leaves no temporary file', () => {
    const out = tmp();
    const p = join(out, 'x.json');
    writeAtomic(p, 'one');
    writeAtomic(p, 'two');
    expect(readFileSync(p, 'utf8')).toBe('two');
    expect(readdirSync(out)).toEqual(['x.json']);
  });

  it('readPrevious tolerates a missing or broken dataset.json', () => {
    const out = tmp();
    expect(readPrevious(out)).toBeNull();
    writeFileSync(join(out, 'dataset.json'), '{ broken');
    expect(readPrevious(out)).toBeNull();
  });
});

describe('a failed compile writes nothing', () => {
  it('leaves an existing dataset.json, version.json and report.json byte-identical', () => {
    const root = tmp();
    cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
    const good = runCompile({ root, write: true });
    expect(good.ok).toBe(true);
    const out = join(root, 'public', 'data');
    const before = Object.fromEntries(['dataset.json', 'version.json', 'report.json', 'dataset.schema.json', 'index.json'].map((f) => [f, readFileSync(join(out, f))]));

    writeFileSync(join(root, 'data', 'documents', 'broken.md'), '---\ntitle: "Broken\npublished: 2025-02-30\n---\ntext\n');
    const bad = runCompile({ root, write: true });
    expect(bad.ok).toBe(false);
    expect(bad.written).toBe(false);
    expect(bad.problems.some((p) => p.file === 'data/documents/broken.md' && p.severity === 'error')).toBe(true);
    for (const [f, bytes] of Object.entries(before)) expect(readFileSync(join(out, f)).equals(bytes)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['dataset.json', 'dataset.schema.json', 'docs', 'events', 'index', 'index.json', 'report.json', 'search-quotes', 'search.json', 'version.json']);
  });
});
