/** The editors' commands, run as editors run them (in a copy of the project data). */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = process.cwd();
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const dirs: string[] = [];
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'parley-scripts-'));
  dirs.push(root);
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  return root;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const run = (script: string, cwd: string) => spawnSync(tsx, [join(repo, 'scripts', script)], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('npm run compile', () => {
  it('writes the dataset, report and version and prints a summary; a broken document fails and writes nothing', () => {
    const root = project();
    const ok = run('compile.ts', root);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/\d+ documents → \d+ events/);
    const out = join(root, 'public', 'data');
    const dataset = readFileSync(join(out, 'dataset.json'));
    const version = JSON.parse(readFileSync(join(out, 'version.json'), 'utf8')) as { hash: string };
    expect(version.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(existsSync(join(out, 'report.json'))).toBe(true);

    writeFileSync(join(root, 'data', 'documents', 'broken.md'), 'no front matter here\n');
    const bad = run('compile.ts', root);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('data/documents/broken.md:1: has no front matter');
    expect(bad.stderr).toContain('nothing was written');
    expect(readFileSync(join(out, 'dataset.json')).equals(dataset)).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'version.json'), 'utf8'))).toEqual(version);
  }, 60_000);
});

describe('npm run check', () => {
  it('exits 0 on good data, 1 with every problem listed', () => {
    const root = project();
    expect(run('check.ts', root).status).toBe(0);
    writeFileSync(join(root, 'data', 'places.yaml'), '- { name: Town, kind: town }\n');
    const bad = run('check.ts', root);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("data/places.yaml:1 [0].kind: 'town' is not allowed here");
    expect(existsSync(join(root, 'public'))).toBe(false);
  }, 60_000);
});

describe('npm run dev (watcher only)', () => {
  it('recompiles on a change to data/ and reports the time', async () => {
    const root = project();
    const child = spawn(tsx, [join(repo, 'scripts', 'dev.ts')], { cwd: root, env: { ...process.env, PARLEY_NO_NEXT: '1', TZ: 'UTC' } });
    let log = '';
    const waitFor = (re: RegExp, ms: number) =>
      new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`timeout waiting for ${re}; log:\n${log}`)), ms);
        const on = (b: Buffer) => {
          log += b.toString();
          if (re.test(log)) {
            clearTimeout(t);
            resolve();
          }
        };
        child.stdout.on('data', on);
        child.stderr.on('data', on);
      });
    try {
      await waitFor(/watching data\//, 20_000);
      appendFileSync(join(root, 'data', 'corrections.yaml'), '\n# a comment\n');
      await waitFor(/recompiled in \d+ ms \(edit → dataset written: \d+ ms/, 20_000);
      expect(existsSync(join(root, 'public', 'data', 'version.json'))).toBe(true);
      writeFileSync(join(root, 'data', 'corrections.yaml'), '- op: drop-event\n  event: nope\n');
      await waitFor(/error\(s\) — the page keeps showing the last good dataset/, 20_000);
      expect(log).toContain("data/corrections.yaml:1 [0].event: drop-event: unknown event 'nope'");
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});

function appendFileSync(path: string, text: string) {
  writeFileSync(path, readFileSync(path, 'utf8') + text);
}
