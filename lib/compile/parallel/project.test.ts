import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../index';
import { stableJson } from '../emit';
import { realInputs } from './test-kit';
import type { CompileInputs } from '../types';
import { compileProject, forgetKept, type CacheStats } from './project';
import { cacheEntries, codeRoot, compilerVersion } from '../cache';

// the samples plus the eval sets' documents: 33 real documents, with the project's data files
const root = process.cwd();
const inputs: CompileInputs = realInputs(root);
const serial = stableJson(compile(inputs).dataset);
const tmp = mkdtempSync(join(tmpdir(), 'parley-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
/** stage → entries the cache folder's packs hold (their indexes) */
const entriesIn = (cacheDir: string): Record<string, number> => cacheEntries(join(cacheDir, compilerVersion(codeRoot())));

describe('compileProject: workers and cache give the bytes compile() gives', () => {
  it('finds the compiler sources (for the workers and the version key)', () => {
    expect(codeRoot()).toBe(root);
  });

  it('on worker threads, without a cache', async () => {
    const r = await compileProject(inputs, { root, cacheDir: null, workers: 2, minDocs: 0 });
    expect(stableJson(r.dataset)).toBe(serial);
  }, 180_000);

  it('with a cold, then a warm cache, in this thread', async () => {
    const cacheDir = join(tmp, 'a');
    const t1: Record<string, number> = {};
    expect(stableJson((await compileProject(inputs, { root, cacheDir, workers: 0, timings: t1 })).dataset)).toBe(serial);
    const entries = entriesIn(cacheDir);
    expect(entries['prepare']).toBe(inputs.documents.length);
    expect(entries['events']).toBe(inputs.documents.length);
    expect(entries['who']).toBe(inputs.documents.length);
    expect(stableJson((await compileProject(inputs, { root, cacheDir, workers: 0 })).dataset)).toBe(serial);
  }, 180_000);

  it('on worker threads with a cache: the who first pass made by workers, then read back from the cache', async () => {
    const cacheDir = join(tmp, 'w');
    expect(stableJson((await compileProject(inputs, { root, cacheDir, workers: 2, minDocs: 0 })).dataset)).toBe(serial);
    expect(entriesIn(cacheDir)['who']).toBe(inputs.documents.length);
    expect(stableJson((await compileProject(inputs, { root, cacheDir, workers: 2, minDocs: 0 })).dataset)).toBe(serial);
  }, 180_000);

  it('ignores corrupt and missing cache entries', async () => {
    const cacheDir = join(tmp, 'b');
    await compileProject(inputs, { root, cacheDir, workers: 0 });
    const entries = files(cacheDir).sort();
    entries.forEach((f, i) => {
      if (i % 3 === 0) writeFileSync(f, 'not a cache entry');
      else if (i % 3 === 1) rmSync(f);
      else writeFileSync(f, readFileSync(f).subarray(0, Math.floor(readFileSync(f).length / 2)));
    });
    expect(stableJson((await compileProject(inputs, { root, cacheDir, workers: 0 })).dataset)).toBe(serial);
  }, 180_000);

  it('after one document is edited, gives what a fresh compile gives', async () => {
    const cacheDir = join(tmp, 'c');
    await compileProject(inputs, { root, cacheDir, workers: 0 });
    const docs = [...inputs.documents];
    const i = docs.findIndex((d) => d.id === 'bbc-negotiators');
    docs[i] = { ...docs[i], body: docs[i].body.replace('three days before the talks', 'four days before the talks') };
    const edited = { ...inputs, documents: docs };
    const fresh = stableJson(compile(edited).dataset);
    expect(fresh).not.toBe(serial);
    expect(stableJson((await compileProject(edited, { root, cacheDir, workers: 0 })).dataset)).toBe(fresh);
    // the edited document's old entries are pruned: one entry per document and stage remains
    const entries = entriesIn(cacheDir);
    expect(entries['prepare']).toBe(inputs.documents.length);
    expect(entries['events']).toBe(inputs.documents.length);
    expect(entries['who2']).toBe(inputs.documents.length);
    // the parts read only when a stage reruns (whole first passes, prepared sentences) are kept, not pruned
    expect(entries['who']).toBe(inputs.documents.length);
    expect(entries['who-link']).toBe(inputs.documents.length);
    expect(entries['slim']).toBe(inputs.documents.length);
  }, 180_000);

  it('after an edit that discovers a new person, every second pass is redone: what a fresh compile gives', async () => {
    const cacheDir = join(tmp, 'd');
    await compileProject(inputs, { root, cacheDir, workers: 0 });
    const docs = [...inputs.documents];
    const i = docs.findIndex((d) => d.id === 'bbc-negotiators');
    const added = '\nForeign Minister Tamsin Okorafor-Vell said the talks would go on. Okorafor-Vell met the envoys on Monday.\n';
    docs[i] = { ...docs[i], body: docs[i].body + added };
    const edited = { ...inputs, documents: docs };
    const fresh = compile(edited).dataset;
    expect(fresh.actors.filter((a) => a.discovered).length).toBeGreaterThan(JSON.parse(serial).actors.filter((a: { discovered: boolean }) => a.discovered).length);
    expect(stableJson((await compileProject(edited, { root, cacheDir, workers: 0 })).dataset)).toBe(stableJson(fresh));
    // and back: the person gone, every second pass redone from the first passes and sentences the cache kept
    expect(stableJson((await compileProject(inputs, { root, cacheDir, workers: 0 })).dataset)).toBe(serial);
  }, 180_000);

  it('with the merge state kept between compiles (the dev loop\'s compile thread): edits give what fresh compiles give', async () => {
    const cacheDir = join(tmp, 'e');
    // what is kept in memory is frozen: a stage that changed a value shared between compiles would throw
    const stats = { hits: 0, memoryHits: 0, misses: 0, written: 0 };
    const keep = { root, cacheDir, workers: 0, keepMerge: true, freezeKept: true, cacheStats: stats };
    expect(stableJson((await compileProject(inputs, keep)).dataset)).toBe(serial);
    expect(stats.memoryHits).toBe(0);
    const docs = [...inputs.documents];
    const i = docs.findIndex((d) => d.id === 'bbc-negotiators');
    docs[i] = { ...docs[i], body: docs[i].body.replace('three days before the talks', 'four days before the talks') };
    const edited = { ...inputs, documents: docs };
    expect(stableJson((await compileProject(edited, keep)).dataset)).toBe(stableJson(compile(edited).dataset));
    // the unchanged documents' entries came from memory (slim, facts, who-link, who2, events: 5 each), none from disk
    expect(stats.memoryHits).toBeGreaterThanOrEqual(5 * (inputs.documents.length - 1) - 5);
    expect(stats.hits - stats.memoryHits).toBeLessThanOrEqual(2);
    // pruned: one entry per document and stage remains
    const entries = entriesIn(cacheDir);
    for (const stage of ['prepare', 'slim', 'facts', 'who', 'who-link', 'who2', 'events'])
      expect(entries[stage]).toBe(inputs.documents.length);
    // a document removed, then everything back as it was
    const fewer = { ...inputs, documents: inputs.documents.filter((d) => d.id !== 'bbc-negotiators') };
    expect(stableJson((await compileProject(fewer, keep)).dataset)).toBe(stableJson(compile(fewer).dataset));
    expect(stableJson((await compileProject(inputs, keep)).dataset)).toBe(serial);
  }, 240_000);

  it('kept keys between compiles (document keys, events-input hashes): a title edit, a new person, a spelling and back give what fresh compiles give', async () => {
    forgetKept();
    const cacheDir = join(tmp, 'g');
    const stats = { hits: 0, memoryHits: 0, misses: 0, written: 0 } as CacheStats;
    const keep = { root, cacheDir, workers: 0, keepMerge: true, freezeKept: true, cacheStats: stats };
    expect(stableJson((await compileProject(inputs, keep)).dataset)).toBe(serial);
    expect(stats.linking).toBe('ran');
    const i = inputs.documents.findIndex((d) => d.id === 'bbc-negotiators');
    const edit = (f: (d: CompileInputs['documents'][number]) => CompileInputs['documents'][number]) => {
      const docs = [...inputs.documents];
      docs[i] = f(docs[i]);
      return { ...inputs, documents: docs };
    };
    // the metadata alone (the text unchanged: the kept key must not be reused)
    const titled = edit((d) => ({ ...d, meta: { ...d.meta, title: d.meta.title + ' (updated)' } }));
    expect(stableJson((await compileProject(titled, keep)).dataset)).toBe(stableJson(compile(titled).dataset));
    // its first pass is made again (its key changed) and reads the same to linking: the last linking is reused
    expect(stats.linking).toBe('reused');
    // a person discovered (every second pass and its events input changes), then the same person spelt two ways
    const person = edit((d) => ({ ...d, body: d.body + '\nForeign Minister Tamsin Okorafor-Vell said the talks would go on. Okorafor-Vell met the envoys on Monday.\n' }));
    expect(stableJson((await compileProject(person, keep)).dataset)).toBe(stableJson(compile(person).dataset));
    expect(stats.linking).toBe('ran');
    // the documents whose second pass read nothing of the new person kept theirs
    expect(stats.secondPass!.kept).toBeGreaterThan(inputs.documents.length / 2);
    expect(stats.secondPass!.ran).toBeGreaterThan(0);
    const spelt = edit((d) => ({ ...d, body: d.body + '\nForeign Minister Tamsin Okorafor-Vell said the talks would go on. Tamsin Okorafor-Vel met the envoys. Tamsin Okorafor-Vel spoke.\n' }));
    expect(stableJson((await compileProject(spelt, keep)).dataset)).toBe(stableJson(compile(spelt).dataset));
    expect(stableJson((await compileProject(inputs, keep)).dataset)).toBe(serial);
    // a sentence naming nobody added: linking reused, the result a fresh compile's
    const said = edit((d) => ({ ...d, body: d.body + '\nThe talks were described as constructive by both sides.\n' }));
    expect(stableJson((await compileProject(said, keep)).dataset)).toBe(stableJson(compile(said).dataset));
    expect(stats.linking).toBe('reused');
  }, 300_000);

  it('second passes kept when the discovered people change: new people (with roles and countries), spellings, removals, on workers and here, give what fresh compiles give', async () => {
    for (const workers of [0, 2]) {
      forgetKept();
      const cacheDir = join(tmp, `s${workers}`);
      const stats = { hits: 0, memoryHits: 0, misses: 0, written: 0 } as CacheStats;
      const keep = { root, cacheDir, workers, minDocs: 0, keepMerge: true, freezeKept: true, cacheStats: stats };
      expect(stableJson((await compileProject(inputs, keep)).dataset)).toBe(serial);
      const ids = inputs.documents.map((d) => d.id).sort();
      const edit = (changes: [number, string][]) => {
        const docs = [...inputs.documents];
        for (const [k, extra] of changes) {
          const i = docs.findIndex((d) => d.id === ids[k % ids.length]);
          docs[i] = { ...docs[i], body: docs[i].body + extra };
        }
        return { ...inputs, documents: docs };
      };
      const steps = [
        // a new person with a role and a country, then named by surname and by office in another document
        edit([[3, '\nFinnish Foreign Minister Elina Vartemaa met the envoys on Monday.\n']]),
        edit([[3, '\nFinnish Foreign Minister Elina Vartemaa met the envoys on Monday.\n'], [11, '\nVartemaa said the Finnish foreign minister would travel on.\n']]),
        // the same person misspelt elsewhere, and a second new person in the first document (the discovery order moves)
        edit([[11, '\nElina Vartemaa and Prime Minister Jonas Kellgarde spoke. Elina Vartema left.\n'], [3, '\nPrime Minister Jonas Kellgarde said the talks went well.\n']]),
        // a transcript-like speaker line and a person already in the data file's documents
        edit([[7, '\nKELLGARDE: We will meet again. I said so on Monday.\n'], [20, '\nJonas Kellgarde met Elina Vartemaa.\n']]),
        inputs,
      ];
      let kept = 0;
      // on workers (slower to start): the edit that moves the discovery order, and back
      for (const step of workers ? [steps[2], inputs] : steps) {
        expect(stableJson((await compileProject(step, keep)).dataset)).toBe(stableJson(compile(step).dataset));
        kept += stats.secondPass?.kept ?? 0;
      }
      expect(kept).toBeGreaterThan(workers ? inputs.documents.length / 2 : inputs.documents.length);
    }
  }, 600_000);

  it('a fresh process merges from the state saved in the cache: edits, a removal and back give what fresh compiles give', async () => {
    const cacheDir = join(tmp, 'f');
    const stats = { hits: 0, memoryHits: 0, misses: 0, written: 0, mergeFrom: null as 'memory' | 'disk' | null | undefined };
    const once = { root, cacheDir, workers: 0, cacheStats: stats };
    expect(stableJson((await compileProject(inputs, once)).dataset)).toBe(serial);
    expect(stats.mergeFrom).toBe(null);
    expect(entriesIn(cacheDir)['merge']).toBe(1);
    const docs = [...inputs.documents];
    const i = docs.findIndex((d) => d.id === 'bbc-negotiators');
    docs[i] = { ...docs[i], body: docs[i].body.replace('three days before the talks', 'four days before the talks') };
    const edited = { ...inputs, documents: docs };
    // one-shot compiles (npm run compile): each starts from the state the last one saved
    expect(stableJson((await compileProject(edited, once)).dataset)).toBe(stableJson(compile(edited).dataset));
    expect(stats.mergeFrom).toBe('disk');
    const fewer = { ...inputs, documents: inputs.documents.filter((d) => d.id !== 'bbc-negotiators') };
    expect(stableJson((await compileProject(fewer, once)).dataset)).toBe(stableJson(compile(fewer).dataset));
    // a long-lived process: its first compile reads the saved state, the next ones keep theirs in memory
    forgetKept();
    const keep = { ...once, keepMerge: true, freezeKept: true };
    expect(stableJson((await compileProject(edited, keep)).dataset)).toBe(stableJson(compile(edited).dataset));
    expect(stats.mergeFrom).toBe('disk');
    expect(stableJson((await compileProject(inputs, keep)).dataset)).toBe(serial);
    expect(stats.mergeFrom).toBe('memory');
    // restarted: the state saved by the first compile of the last process (older than its last compile) is a sound start
    forgetKept();
    expect(stableJson((await compileProject(fewer, once)).dataset)).toBe(stableJson(compile(fewer).dataset));
    expect(stats.mergeFrom).toBe('disk');
    expect(entriesIn(cacheDir)['merge']).toBe(1);
  }, 240_000);

  it('a fresh process after a small edit leaves the saved merge state as it was; the next ones start from it', async () => {
    forgetKept();
    const cacheDir = join(tmp, 'small-edit');
    const stats: CacheStats = { hits: 0, memoryHits: 0, misses: 0, written: 0 };
    // every edit counts as small here (the default share, 1 %, is one document in a hundred)
    const once = { root, cacheDir, workers: 0, cacheStats: stats, mergeRewriteShare: 0.5 };
    expect(stableJson((await compileProject(inputs, once)).dataset)).toBe(serial);
    expect({ from: stats.mergeFrom, saved: stats.mergeSaved }).toEqual({ from: null, saved: true });
    const edit = (id: string, f: (body: string) => string) => ({ ...inputs, documents: inputs.documents.map((d) => (d.id === id ? { ...d, body: f(d.body) } : d)) });
    const a = edit('bbc-negotiators', (b) => b.replace('three days before the talks', 'four days before the talks'));
    expect(stableJson((await compileProject(a, once)).dataset)).toBe(stableJson(compile(a).dataset));
    expect(stats.mergeFrom).toBe('disk');
    expect(stats.mergeSaved).toBe(false);
    // two documents changed since the saved state, then back to it
    const b = { ...a, documents: a.documents.map((d, k) => (k === 2 ? { ...d, body: d.body + '\nThe talks were described as constructive by both sides.\n' } : d)) };
    expect(stableJson((await compileProject(b, once)).dataset)).toBe(stableJson(compile(b).dataset));
    expect(stats.mergeSaved).toBe(false);
    expect(stableJson((await compileProject(inputs, once)).dataset)).toBe(serial);
    // a long-lived process's first compile reads it too
    const keep = { ...once, keepMerge: true, freezeKept: true };
    expect(stableJson((await compileProject(b, keep)).dataset)).toBe(stableJson(compile(b).dataset));
    expect(stats.mergeFrom).toBe('disk');
    expect(stableJson((await compileProject(a, keep)).dataset)).toBe(stableJson(compile(a).dataset));
    expect(stats.mergeFrom).toBe('memory');
    // with the default share, a small corpus's edit is a large share: saved again
    forgetKept();
    expect(stableJson((await compileProject(a, { ...once, mergeRewriteShare: undefined })).dataset)).toBe(stableJson(compile(a).dataset));
    expect(stats.mergeSaved).toBe(true);
  }, 240_000);
});
