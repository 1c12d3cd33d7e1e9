import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compile } from '.';
import { load } from './load';
import { codeRoot } from './cache';
import { searchInThread, searchSource } from './search-thread';
import { searchFiles } from '../search/build';
import { runCompile, runCompileParallel } from '../editor/run';

const dirs: string[] = [];
const tmp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const files = (d: string): string[] =>
  readdirSync(d, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(d.length))
    .sort();

describe('the search index on a worker thread', () => {
  it('writes the same files as searchFiles here, one by one, into the staging folder', async () => {
    const { dataset } = compile(load(join(process.cwd(), 'data'), process.cwd()));
    const staging = tmp('parley-search-staging-');
    const wrote = await searchInThread(codeRoot(), () => searchSource(dataset), staging, join(staging, 'no-old-output'));
    const expected = searchFiles(dataset);
    expect(wrote!.files).toBe(expected.size);
    // what its heap reached, and the collections its bound asked for (none at the samples' size)
    expect(wrote!.heapMb).toBeGreaterThan(0);
    expect(wrote!.collections).toBe(0);
    expect(files(staging)).toEqual([...expected.keys()].map((k) => `/${k}`).sort());
    for (const [rel, json] of expected) expect(readFileSync(join(staging, rel), 'utf8'), rel).toBe(json);
  }, 60_000);

  it('rejects when the thread fails (the caller then builds the files here)', async () => {
    const { dataset } = compile(load(join(process.cwd(), 'data'), process.cwd()));
    const file = join(tmp('parley-search-fail-'), 'a-file');
    writeFileSync(file, 'not a folder');
    await expect(searchInThread(codeRoot(), () => searchSource(dataset), file, file)).rejects.toThrow();
  }, 60_000);

  it('runCompileParallel (search on a thread) writes the same files as runCompile', async () => {
    const root = tmp('parley-search-thread-');
    cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
    const a = runCompile({ root, write: true, outDir: join(root, 'a') });
    const b = await runCompileParallel({ root, write: true, outDir: join(root, 'b'), cacheDir: null, workers: 0 });
    expect(a.ok && b.ok).toBe(true);
    expect(a.hash).toBe(b.hash);
    expect(files(join(root, 'b'))).toEqual(files(join(root, 'a')));
    for (const f of files(join(root, 'a'))) expect(readFileSync(join(root, 'b', f), 'utf8'), f).toBe(readFileSync(join(root, 'a', f), 'utf8'));
    // nothing left beside the output folders
    expect(readdirSync(root).sort()).toEqual(['a', 'b', 'data']);
  }, 120_000);
});
