import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the search index on a worker thread', () => {
  it('is the same JSON as built on this thread', async () => {
    const { dataset } = compile(load(join(process.cwd(), 'data'), process.cwd()));
    const json = await searchInThread(codeRoot(), searchSource(dataset));
    expect(json).toEqual(searchFiles(dataset));
  }, 60_000);

  it('runCompileParallel (search on a thread) writes the same files as runCompile', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parley-search-thread-'));
    dirs.push(root);
    cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
    const a = runCompile({ root, write: true, outDir: join(root, 'a') });
    const b = await runCompileParallel({ root, write: true, outDir: join(root, 'b'), cacheDir: null, workers: 0 });
    expect(a.ok && b.ok).toBe(true);
    const files = (d: string): string[] => readdirSync(d, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(d.length)).sort();
    expect(files(join(root, 'b'))).toEqual(files(join(root, 'a')));
    for (const f of files(join(root, 'a'))) expect(readFileSync(join(root, 'b', f), 'utf8'), f).toBe(readFileSync(join(root, 'a', f), 'utf8'));
  }, 120_000);
});
