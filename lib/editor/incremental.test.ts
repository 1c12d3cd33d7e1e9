import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../compile/index';
import { stableJson } from '../compile/emit';
import { realInputs } from '../compile/parallel/test-kit';
import type { CompileInputs, SourceDoc } from '../compile/types';
import { compileProject, forgetKept } from '../compile/parallel/project';

// the samples plus the eval sets' documents: real documents, with the project's data files
const root = process.cwd();
const inputs: CompileInputs = realInputs(root);
const tmp = mkdtempSync(join(tmpdir(), 'parley-edits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** sentences an editor adds: new people (met, said, answered), old days, plans, nobody */
const SENTENCES = [
  '\nForeign Minister Oskar Quendal met Prime Minister Ilse Varnholt in Vienna on Tuesday.\n',
  '\nDefence Minister Maren Ostrovik said Quendal would travel to Oslo.\n',
  '\nThe talks were described as constructive by both sides.\n',
  '\nLast year the two envoys agreed to meet in Geneva. They signed the accord in Geneva in March.\n',
  '\nVarnholt said in June that she would not meet Quendal. Ostrovik rejected the claim on Friday.\n',
  '\nThe envoys will meet again next month, officials said.\n',
  // a spelling of a new person's name a letter apart, a surname alone with a title, a given name before a surname
  '\nForeign Minister Oskar Quendahl told reporters that Quendahl and Varnholt had spoken.\n',
  '\nPresident Ostrovik met Oskar Quendal in Oslo on Monday.\n',
];

const whole = (r: { dataset: unknown; trace: unknown; problems: unknown }) => stableJson({ dataset: r.dataset, trace: r.trace, problems: r.problems });

describe('the dev loop after random edits gives what a cold compile gives (dataset, trace, problems)', () => {
  it('a new person, another edit, a deleted document, then undo after undo back to the start', async () => {
    forgetKept();
    const opts = { root, cacheDir: join(tmp, 'fixed'), workers: 0, keepMerge: true };
    const start = [...inputs.documents];
    const edit = (docs: SourceDoc[], k: number, s: string) => docs.map((d, i) => (i === k ? { ...d, body: d.body + s } : d));
    const a = edit(start, 1, SENTENCES[0]);
    const b = edit(a, 4, SENTENCES[2]);
    const c = b.filter((_, i) => i !== 2);
    for (const [step, docs] of [start, a, b, c, b, a, start].entries()) {
      const now = { ...inputs, documents: docs };
      expect(whole(await compileProject(now, opts)), `step ${step}`).toBe(whole(compile(now)));
    }
  }, 600_000);

  // (more seeds: SEEDS=21,22,23 npx vitest run lib/editor/incremental.test.ts)
  for (const seed of (process.env.SEEDS ?? '11,12,13').split(',').map(Number)) {
    it(`seed ${seed}: edits (new people among them), a deleted document, undos`, async () => {
      forgetKept();
      const r = rng(seed);
      const cacheDir = join(tmp, `s${seed}`);
      const opts = { root, cacheDir, workers: 0, keepMerge: true };
      const history: SourceDoc[][] = [];
      let docs = [...inputs.documents];
      const steps: string[] = [];
      for (let step = 0; step < 8; step++) {
        if (step > 0) {
          const what = r();
          if (what < 0.2 && history.length > 1) {
            history.pop();
            docs = history[history.length - 1];
            steps.push('undo');
          } else if (what < 0.35) {
            const k = Math.floor(r() * docs.length);
            steps.push(`delete ${docs[k].id}`);
            docs = docs.filter((_, i) => i !== k);
          } else {
            docs = [...docs];
            for (let n = 1 + Math.floor(r() * 2); n > 0; n--) {
              const k = Math.floor(r() * docs.length);
              const s = SENTENCES[Math.floor(r() * SENTENCES.length)];
              docs[k] = { ...docs[k], body: docs[k].body + s };
              steps.push(`edit ${docs[k].id}`);
            }
          }
        }
        history.push(docs);
        const now = { ...inputs, documents: docs };
        const res = await compileProject(now, opts);
        expect(whole(res), steps.join(' · ')).toBe(whole(compile(now)));
        // a caller may change the dataset it was handed: the next compile must not read it
        res.dataset.events.reverse();
        res.dataset.actors.length = 0;
      }
    }, 600_000);
  }
});
