import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emit, hashOf, hashOfValue, jsonPieces, readPrevious, serialise, stableJson, writeAtomic } from './emit';
import { compile } from '.';
import { load } from './load';
import { runCompile } from '../editor/run';
import type { Dataset } from '../schema';
import { FIXTURE } from '../adapters/fixtures';
import { readIndex } from '../data/read-index';
import { statSync } from 'node:fs';
import { collectBeforeWriting } from './gc';
import type { WriteParts } from './write-parts';
import { createHash } from 'node:crypto';

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
    const { hash } = emit(out, EMPTY, { hello: 1 });
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(stableJson(EMPTY));
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(hash).toBe(hashOf(stableJson(EMPTY)));
    expect(hash).toBe(serialise(EMPTY).hash);
    expect(JSON.parse(readFileSync(join(out, 'version.json'), 'utf8'))).toEqual({ hash });
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual({ hello: 1 });
    expect(existsSync(join(out, 'dataset.schema.json'))).toBe(true);
    expect(readdirSync(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('a report made from the hash: the hash of the bytes written', () => {
    const out = tmp();
    let seen = '';
    const { hash } = emit(out, FIXTURE, (h: string) => ({ hash: (seen = h) }));
    expect(seen).toBe(hash);
    expect(hash).toBe(hashOf(readFileSync(join(out, 'dataset.json'), 'utf8')));
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(stableJson({ hash }));
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

  it('jsonPieces: the pieces make stableJson exactly, at every depth', () => {
    const odd = {
      a: [],
      b: {},
      c: [1, undefined, () => 1, null, 'x\ny', { d: undefined, e: [[], {}, [1, [2, { f: 'g' }]]] }],
      h: undefined,
      i: new Date(Date.UTC(2025, 0, 2)),
      j: { toJSON: () => ({ k: [1, 2] }) },
      l: 'quote "with" \\ and \u2028 and é and \ud83d\ude00',
      m: [{ n: { o: { p: [{ q: 1 }] } } }],
      r: new String('boxed'),
      s: Symbol('no'),
    };
    const samples = compile(load(join(process.cwd(), 'data'), process.cwd())).dataset;
    for (const v of [odd, FIXTURE, EMPTY, samples, [], {}, 1, 'x', null, [[[]]], [{}]]) {
      for (const depth of [0, 1, 2, 3, 6]) expect([...jsonPieces(v, depth)].join('') + '\n', `depth ${depth}`).toBe(stableJson(v));
    }
    expect(hashOfValue(samples)).toBe(hashOf(stableJson(samples)));
    expect(hashOfValue(odd)).toBe(hashOf(stableJson(odd)));
  });

  it('hashOf: the sha256 of the UTF-8 bytes, whatever lies at the ends of the slices it hashes', () => {
    const sha = (s: string) => createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex').slice(0, 16);
    const M = 1 << 20;
    // a surrogate pair across the first slice's end, another across the second's; Latin-1 and a lone half elsewhere
    const long = 'a'.repeat(M - 1) + '🙂' + 'é'.repeat(M - 2) + '😀' + 'x\ud800y';
    for (const s of [long, long.slice(1), long.slice(0, M), long.slice(0, M + 1), '', 'x', '🙂'.repeat(M)]) expect(hashOf(s)).toBe(sha(s));
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

  it('in a process that compiles once, the write side collects the garbage first: the same files', () => {
    const plain = tmp();
    emit(plain, FIXTURE);
    const collected = tmp();
    const parts: WriteParts = {};
    collectBeforeWriting(true);
    try {
      emit(collected, FIXTURE, undefined, parts);
    } finally {
      collectBeforeWriting(false);
    }
    expect(parts['collect garbage']?.ms).toBeGreaterThanOrEqual(0);
    const files = (d: string) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(d.length)).sort();
    expect(files(collected)).toEqual(files(plain));
    for (const f of files(plain)) expect(readFileSync(join(collected, f), 'utf8'), f).toBe(readFileSync(join(plain, f), 'utf8'));
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
