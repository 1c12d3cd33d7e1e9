import { cpSync, existsSync, lstatSync, mkdirSync, symlinkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OWNED, recoverOutDir, Staging } from './staging';
import { emit, stableJson } from './emit';
import { finishRun, finishRunParallel, runCompile } from '../editor/run';
import { FIXTURE } from '../adapters/fixtures';
import type { Dataset } from '../schema';
import type { CompileResult } from './types';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'parley-staging-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** every file under a folder → its bytes */
function tree(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(d, { recursive: true, withFileTypes: true })) if (f.isFile()) out[join(f.parentPath, f.name).slice(d.length + 1)] = readFileSync(join(f.parentPath, f.name), 'utf8');
  return out;
}

/** A dataset whose last document's `kept` serialises once, then throws: dataset.json is written, the split fails midway. */
function failingSecondTime(d: Dataset): Dataset {
  const copy: Dataset = JSON.parse(JSON.stringify(d)) as Dataset;
  const last = copy.documents[copy.documents.length - 1];
  let calls = 0;
  const kept = last.kept;
  Object.defineProperty(kept, 'toJSON', {
    value: () => {
      if (++calls > 1) throw new Error('disk full (test)');
      return [...kept];
    },
  });
  return copy;
}

const resultOf = (dataset: Dataset): CompileResult => ({ dataset, problems: [], trace: { eventsByDocument: {}, merges: [], corrections: [] } });

describe('staging: every file made beside the output folder, swapped in at the end', () => {
  it('a failure mid-write (one thread) leaves the old output whole and nothing beside it', () => {
    const root = tmp();
    const out = join(root, 'data');
    emit(out, FIXTURE, { report: 1 });
    const before = tree(out);
    const bad = failingSecondTime({ ...FIXTURE, events: FIXTURE.events.slice(1) });
    expect(() => finishRun({ root, outDir: out, write: true }, { correctionLines: [] }, resultOf(bad), 0)).toThrow('disk full (test)');
    expect(tree(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('a failure mid-write (search on a thread) leaves the old output whole and nothing beside it', async () => {
    const root = tmp();
    const out = join(root, 'data');
    emit(out, FIXTURE, { report: 1 });
    const before = tree(out);
    const bad = failingSecondTime({ ...FIXTURE, events: FIXTURE.events.slice(1) });
    await expect(finishRunParallel({ root: process.cwd(), outDir: out, write: true }, { correctionLines: [] }, resultOf(bad), 0)).rejects.toThrow('disk full (test)');
    expect(tree(out)).toEqual(before);
    expect(readdirSync(root)).toEqual(['data']);
  }, 60_000);

  it('keeps what the compile does not make (status.json), drops what it no longer makes, links unchanged files', () => {
    const root = tmp();
    const out = join(root, 'data');
    emit(out, FIXTURE);
    writeFileSync(join(out, 'status.json'), '{"ok":true}\n');
    mkdirSync(join(out, 'extra'));
    writeFileSync(join(out, 'extra', 'notes.txt'), 'mine');
    writeFileSync(join(out, 'search-quotes', 'q-9999.json'), '{}');
    writeFileSync(join(out, 'docs', 'gone.json'), '{}');
    const doc = join(out, 'docs', `${FIXTURE.documents[0].id}.json`);
    const inode = statSync(doc).ino;
    const bytes = readFileSync(doc, 'utf8');
    const index = readFileSync(join(out, 'index.json'), 'utf8');
    // one edge fewer: the index changes, the document files do not
    const fewer: Dataset = { ...FIXTURE, edges: FIXTURE.edges.slice(1) };
    emit(out, fewer);
    expect(readFileSync(join(out, 'status.json'), 'utf8')).toBe('{"ok":true}\n');
    expect(readFileSync(join(out, 'extra', 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'search-quotes', 'q-9999.json'))).toBe(false);
    expect(existsSync(join(out, 'docs', 'gone.json'))).toBe(false);
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(stableJson(fewer));
    // a document file whose bytes did not change is the same file (hard-linked), so its mtime is kept
    expect(readFileSync(join(out, 'index.json'), 'utf8')).not.toBe(index);
    expect(readFileSync(doc, 'utf8')).toBe(bytes);
    expect(statSync(doc).ino).toBe(inode);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('moving the files in place (an output folder that cannot be renamed) gives the same folder', () => {
    const root = tmp();
    const a = join(root, 'a');
    const b = join(root, 'b');
    emit(a, FIXTURE);
    emit(b, FIXTURE);
    writeFileSync(join(b, 'status.json'), 'x');
    writeFileSync(join(b, 'docs', 'gone.json'), '{}');
    const fewer: Dataset = { ...FIXTURE, documents: FIXTURE.documents.slice(0, 1), events: FIXTURE.events.slice(0, 2) };
    emit(a, fewer);
    // b: the same files staged, then moved one by one
    const s = new Staging(b);
    emit(s.dir, fewer);
    s.commit({ rel: 'version.json', content: readFileSync(join(a, 'version.json'), 'utf8') }, { inPlace: true });
    expect(tree(b)).toEqual({ ...tree(a), 'status.json': 'x' });
    expect(readdirSync(root).sort()).toEqual(['a', 'b']);
  });

  it('an output folder that is a symbolic link stays one (its target updated in place)', () => {
    const root = tmp();
    const target = join(root, 'target');
    emit(target, FIXTURE);
    symlinkSync(target, join(root, 'data'));
    const fewer: Dataset = { ...FIXTURE, edges: FIXTURE.edges.slice(1) };
    emit(join(root, 'data'), fewer);
    expect(lstatSync(join(root, 'data')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(target, 'dataset.json'), 'utf8')).toBe(stableJson(fewer));
    expect(readdirSync(root).sort()).toEqual(['data', 'target']);
  });

  it('recoverOutDir puts back an output folder left aside by a process stopped between the two renames', () => {
    const root = tmp();
    const out = join(root, 'data');
    emit(out, FIXTURE);
    const before = tree(out);
    // a process (not running: pid 2^22 + 1 is above Linux's limit) renamed data aside and died; another left a staging folder
    const dead = 4194305;
    cpSync(out, join(root, `.data.old-${dead}-3`), { recursive: true });
    rmSync(out, { recursive: true });
    mkdirSync(join(root, `.data.staging-${dead}-4`));
    mkdirSync(join(root, `.data.staging-${process.ppid}-1`)); // a live process's staging folder is left alone
    recoverOutDir(out);
    expect(tree(out)).toEqual(before);
    expect(readdirSync(root).sort()).toEqual([`.data.staging-${process.ppid}-1`, 'data']);
  });

  it('a failed compile (errors) writes nothing: the output folder and its neighbours unchanged', () => {
    const root = tmp();
    cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
    expect(runCompile({ root, write: true }).ok).toBe(true);
    const before = tree(join(root, 'public', 'data'));
    writeFileSync(join(root, 'data', 'documents', 'broken.md'), '---\ntitle: "Broken\n---\n');
    expect(runCompile({ root, write: true }).written).toBe(false);
    expect(tree(join(root, 'public', 'data'))).toEqual(before);
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
    expect([...OWNED].every((n) => !n.includes('/'))).toBe(true);
  }, 60_000);
});
