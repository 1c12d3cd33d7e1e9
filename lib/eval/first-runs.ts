/**
 * First runs of the blind sets, rebuilt: each blind set compiled by the compiler of its first run
 * (the parent of the commit that added the set's annotations), into DIR/first-run-<set>.json
 * ({ name, dataset }). The old compiler is taken from git (`git archive`) into a scratch folder
 * beside DIR, the set's documents and annotations of today copied in, node_modules linked; a file
 * already there is reused (the first runs never change). Used by scripts/fit-keep.ts to validate
 * the keep filter on outputs of unseen documents. Needs git and the repository's history.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DUMP = `import { writeFileSync } from 'node:fs';
import { compile } from '../lib/compile';
import { buildSet } from '../lib/eval/sets';
const set = buildSet(process.argv[2], process.cwd());
const r = compile(set.inputs);
writeFileSync(process.argv[3], JSON.stringify({ name: process.argv[2], dataset: r.dataset }));
`;

/** the commit whose compiler made the set's first run, or null when git does not know the set */
export function firstRunCommit(root: string, set: string): string | null {
  try {
    const added = execFileSync('git', ['log', '--diff-filter=A', '--format=%H', '--', `data/eval/${set}/annotations.yaml`], { cwd: root, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    if (!added.length) return null;
    return execFileSync('git', ['rev-parse', `${added[added.length - 1]}^`], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** builds the missing first runs of `sets` into dir; returns the files there, and what it could not build */
export function buildFirstRuns(root: string, dir: string, sets: string[], log: (line: string) => void = () => {}): { built: string[]; failed: string[] } {
  mkdirSync(dir, { recursive: true });
  const built: string[] = [];
  const failed: string[] = [];
  for (const set of sets) {
    const file = join(dir, `first-run-${set}.json`);
    if (existsSync(file)) {
      built.push(file);
      continue;
    }
    const commit = firstRunCommit(root, set);
    if (!commit) {
      failed.push(set);
      continue;
    }
    const scratch = join(dir, `.tree-${set}`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { recursive: true });
    try {
      execSync(`git archive ${commit} lib scripts data package.json tsconfig.json | tar -x -C ${JSON.stringify(scratch)}`, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      rmSync(join(scratch, 'data', 'eval'), { recursive: true, force: true });
      mkdirSync(join(scratch, 'data', 'eval'), { recursive: true });
      cpSync(join(root, 'data', 'eval', set), join(scratch, 'data', 'eval', set), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
      writeFileSync(join(scratch, 'scripts', '_first-run.ts'), DUMP);
      const t = performance.now();
      execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/_first-run.ts', set, file], { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'], timeout: 900_000 });
      log(`first run of ${set} rebuilt with the compiler of ${commit.slice(0, 8)} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
      built.push(file);
    } catch (err) {
      log(`first run of ${set}: could not rebuild (${(err as Error).message.split('\n')[0]})`);
      failed.push(set);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return { built, failed };
}
