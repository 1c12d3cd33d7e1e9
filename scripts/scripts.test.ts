/** The editors' commands, run as editors run them (in a copy of the project data). */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
      await waitFor(/watching data\//, 60_000);
      appendFileSync(join(root, 'data', 'corrections.yaml'), '\n# a comment\n');
      await waitFor(/recompiled in \d+ ms \(edit → dataset written: \d+ ms/, 60_000);
      expect(existsSync(join(root, 'public', 'data', 'version.json'))).toBe(true);
      writeFileSync(join(root, 'data', 'corrections.yaml'), '- op: drop-event\n  event: nope\n');
      await waitFor(/error\(s\) — the page keeps showing the last good dataset/, 60_000);
      expect(log).toContain("data/corrections.yaml:1 [0].event: drop-event: unknown event 'nope'");
    } finally {
      child.kill('SIGTERM');
    }
  }, 200_000);
});

describe('file-system faults in npm run check and npm run compile', () => {
  it('give file:line: message (hint) for each, never a stack trace', () => {
    const root = project();
    const docs = join(root, 'data', 'documents');
    mkdirSync(join(docs, 'drafts.md'));
    symlinkSync(join(root, 'nowhere.md'), join(docs, 'dangling.md'));
    symlinkSync('/etc/passwd', join(docs, 'passwd.md'));
    writeFileSync(join(docs, 'sedAbC12'), 'a temporary file of sed -i');
    for (const script of ['check.ts', 'compile.ts']) {
      const r = run(script, root);
      const out = r.stdout + r.stderr;
      expect(r.status, script).toBe(1);
      expect(out).not.toMatch(/^\s+at /m);
      expect(out).toContain('data/documents/drafts.md: warning: is a folder, not a document: it is ignored (');
      expect(out).toMatch(/data\/documents\/dangling\.md: is a link to '.*nowhere\.md', which does not exist \(remove the link/);
      expect(out).toMatch(/data\/documents\/passwd\.md: is a link to '\/etc\/passwd', outside the project: it is not read .*\(copy the file/);
      expect(out).not.toContain('sedAbC12');
      expect(out).not.toContain('root:');
    }
  }, 120_000);
});

describe('npm run dev (watcher only): saves of every kind, errors at start, SIGTERM', () => {
  it('sees rename-style, in-place, delete-and-create and many-file saves; starts on the last good dataset; stops cleanly', async () => {
    const root = project();
    expect(run('compile.ts', root).status).toBe(0);
    const out = join(root, 'public', 'data');
    const good = readFileSync(join(out, 'version.json'), 'utf8');
    const docs = join(root, 'data', 'documents');
    writeFileSync(join(docs, 'broken.md'), 'no front matter here\n');
    const child = spawn(tsx, [join(repo, 'scripts', 'dev.ts')], { cwd: root, env: { ...process.env, PARLEY_NO_NEXT: '1', TZ: 'UTC' } });
    let log = '';
    child.stdout.on('data', (b: Buffer) => (log += b.toString()));
    child.stderr.on('data', (b: Buffer) => (log += b.toString()));
    const runs = () => (log.match(/recompiled in \d+ ms|error\(s\) — /g) ?? []).length;
    const waitFor = async (cond: () => boolean, what: string, ms = 30_000) => {
      const t0 = Date.now();
      while (!cond()) {
        if (Date.now() - t0 > ms) throw new Error(`timeout waiting for ${what}; log:\n${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    /** one save; waits for the compile it causes, returns the log line naming the change */
    const saved = async (what: string, act: () => void, file: string) => {
      const n = runs();
      act();
      await waitFor(() => runs() > n, what);
      const line = log.split('\n').reverse().find((l) => l.includes('changed '));
      expect(line, what).toContain(file);
      expect(line, what).not.toMatch(/sed[A-Za-z0-9]{5,6}\b|\.tmp/);
    };
    try {
      await waitFor(() => /watching data\//.test(log), 'start');
      expect(log).toContain('data/documents/broken.md:1: has no front matter');
      expect(log).toMatch(/the page keeps showing the last good dataset/);
      expect(readFileSync(join(out, 'version.json'), 'utf8')).toBe(good);
      const status = JSON.parse(readFileSync(join(out, 'status.json'), 'utf8')) as { ok: boolean; problems: string[] };
      expect(status.ok).toBe(false);
      expect(status.problems.join('\n')).toContain('broken.md');

      const doc = join(docs, 'bbc-negotiators.md');
      const text = readFileSync(doc, 'utf8');
      await saved('fix by delete', () => rmSync(join(docs, 'broken.md')), 'documents/broken.md');
      expect(log).toMatch(/recompiled in/);
      await saved('sed -i', () => spawnSync('sed', ['-i', 's/Riyadh/Riyadh/', doc]), 'documents/bbc-negotiators.md');
      await saved('in place after sed -i', () => writeFileSync(doc, text + '\nOne more line.\n'), 'documents/bbc-negotiators.md');
      await saved('write-then-move', () => {
        writeFileSync(`${doc}.tmp`, text);
        renameSync(`${doc}.tmp`, doc);
      }, 'documents/bbc-negotiators.md');
      await saved('in place after a move', () => writeFileSync(doc, text + '\nAnother line.\n'), 'documents/bbc-negotiators.md');
      await saved('delete and create', () => {
        rmSync(doc);
        writeFileSync(doc, text);
      }, 'documents/bbc-negotiators.md');
      const actors = join(root, 'data', 'actors.yaml');
      const yaml = readFileSync(actors, 'utf8');
      await saved('actors.yaml by move', () => {
        writeFileSync(`${actors}.tmp-1`, yaml + '\n# moved\n');
        renameSync(`${actors}.tmp-1`, actors);
      }, 'actors.yaml');
      await saved('actors.yaml in place after a move', () => writeFileSync(actors, yaml + '\n# in place\n'), 'actors.yaml');
      await saved('many files at once', () => {
        for (let i = 0; i < 40; i++) writeFileSync(join(docs, `many-${i}.md`), text.replace(/^url: .*$/m, `url: https://example.org/many-${i}`));
      }, 'more');
      await waitFor(() => /\b45 documents/.test(log), 'all 40 new documents compiled');
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));
    expect(code).not.toBeNull();
    expect(existsSync(join(out, 'status.json')), 'status.json removed on stop').toBe(false);
    expect(existsSync(join(root, '.parley', 'dev.lock')), 'lock removed on stop').toBe(false);
  }, 240_000);
});

function appendFileSync(path: string, text: string) {
  writeFileSync(path, readFileSync(path, 'utf8') + text);
}
