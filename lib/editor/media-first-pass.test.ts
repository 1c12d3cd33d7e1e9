import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../compile/index';
import { stableJson } from '../compile/emit';
import { realInputs } from '../compile/parallel/test-kit';
import type { CacheStats } from '../compile/parallel/project';
import type { CompileInputs, SourceDoc } from '../compile/types';
import { compileProject, forgetKept } from '../compile/parallel/project';

// the samples plus the eval sets' documents: real documents, with the project's data files
const root = process.cwd();
const inputs: CompileInputs = realInputs(root);
const tmp = mkdtempSync(join(tmpdir(), 'parley-media-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const whole = (r: { dataset: unknown; trace: unknown; problems: unknown }) => stableJson({ dataset: r.dataset, trace: r.trace, problems: r.problems });

describe('the dev loop keeps the first passes a change of the media people cannot touch, and gives what a cold compile gives', () => {
  it('a host named, a document deleted and added back, a deleted host, undos', async () => {
    forgetKept();
    const opts = { root, cacheDir: join(tmp, 'media'), workers: 0, keepMerge: true };
    const start = [...inputs.documents];
    const n = start.length;
    const append = (docs: SourceDoc[], k: number, s: string) => docs.map((d, i) => (i === k ? { ...d, body: d.body + s } : d));
    // a document names a person a later edit makes a host: its first pass must then run again (the name is media)
    const s0 = append(start, 3, '\nForeign Minister Mia Lundqvist met Prime Minister Ilse Varnholt in Vienna on Tuesday. Lundqvist said the talks would resume.\n');
    const s1 = append(s0, 5, "\nI'm Mia Lundqvist in Atlanta.\n");
    const s2 = s1.filter((_, i) => i !== 5);
    const s3 = s1.filter((_, i) => i !== 7);
    const steps: [string, SourceDoc[], boolean][] = [
      ['start', start, false],
      ['a name', s0, false],
      ['a new host', s1, true],
      ['the host deleted', s2, true],
      ['the host added back', s1, true],
      ['a document deleted', s3, false],
      ['added back', s1, false],
      ['undo the host', s0, true],
      ['undo the name', start, false],
    ];
    const keptBy: Record<string, CacheStats['firstPass']> = {};
    for (const [step, docs, hostChanged] of steps) {
      const now = { ...inputs, documents: docs };
      const stats: CacheStats = { hits: 0, memoryHits: 0, misses: 0, written: 0 };
      const res = await compileProject(now, { ...opts, cacheStats: stats });
      expect(whole(res), step).toBe(whole(compile(now)));
      keptBy[step] = stats.firstPass;
      if (hostChanged) {
        // most first passes kept; the document naming the host among those run again
        expect(stats.firstPass!.changedKeys, step).toBeGreaterThan(0);
        expect(stats.firstPass!.kept, step).toBeGreaterThan(n / 2);
        expect(stats.firstPass!.kept, step).toBeLessThan(docs.length);
      }
    }
    // (a document that names no media person, deleted or added back, leaves the setup's media people as they were)
    expect(keptBy['a document deleted']!.changedKeys).toBe(null);
  }, 600_000);
});

describe('a fresh process (a redeploy, a restarted dev server) finds the first passes the last compile kept', () => {
  it('a new host, a restart, the host deleted, undo: each compile as a cold one, first passes kept across processes', async () => {
    const cacheDir = join(tmp, 'fresh');
    const start = [...inputs.documents];
    const n = start.length;
    const append = (docs: SourceDoc[], k: number, s: string) => docs.map((d, i) => (i === k ? { ...d, body: d.body + s } : d));
    const host = append(start, 4, "\nI'm Mia Lundqvist in Atlanta.\n");
    const gone = host.filter((_, i) => i !== 4);
    // [step, documents, a fresh process?, a long-lived process (keepMerge)?, first passes made at most]
    const steps: [string, SourceDoc[], boolean, boolean, number][] = [
      ['cold, one-shot', start, true, false, n],
      // a redeploy naming a new host: the cache's record is the last one-shot compile's
      ['a new host, one-shot', host, true, false, n / 4],
      // a restarted dev server: the same documents, the keys of the kept first passes from the record
      ['restarted dev server', host, true, true, 0],
      ['the host deleted, same process', gone, false, true, n / 4],
      ['a fresh process, same documents', gone, true, false, 0],
      ['undo, a fresh dev server', start, true, true, n / 4],
    ];
    for (const [step, docs, fresh, keepMerge, most] of steps) {
      if (fresh) forgetKept();
      const now = { ...inputs, documents: docs };
      const stats: CacheStats = { hits: 0, memoryHits: 0, misses: 0, written: 0 };
      const res = await compileProject(now, { root, cacheDir, workers: 0, keepMerge, cacheStats: stats });
      expect(whole(res), step).toBe(whole(compile(now)));
      expect(stats.firstPass!.ran, step).toBeLessThanOrEqual(most);
    }
    forgetKept();
  }, 600_000);
});
