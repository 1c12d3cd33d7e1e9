import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchData } from './watch';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the data watcher (chokidar)', () => {
  const root = mkdtempSync(join(tmpdir(), 'parley-watch-'));
  const data = join(root, 'data');
  const docs = join(data, 'documents');
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'a.md'), 'a\n');
  writeFileSync(join(data, 'actors.yaml'), '[]\n');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sees every kind of save, later in-place writes after a rename too, and never a temporary name', async () => {
    const seen: string[] = [];
    const w = watchData(data, { onChange: (p) => seen.push(p) });
    await w.ready;
    const expectSeen = async (what: string, path: string, act: () => void) => {
      // chokidar drops a change within 50 ms of the previous one of the same file (its throttle):
      // harmless in the loop, whose compile starts at least the debounce (100 ms) after a change
      await sleep(80);
      seen.length = 0;
      act();
      for (let i = 0; i < 100 && !seen.includes(path); i++) await sleep(30);
      expect(seen, what).toContain(path);
      expect(seen.filter((p) => /sed[A-Za-z0-9]{5,6}$|\.tmp|~$|\.swp$/.test(p)), what).toEqual([]);
    };
    try {
      const a = join(docs, 'a.md');
      await expectSeen('sed -i', 'documents/a.md', () => spawnSync('sed', ['-i', 's/a/b/', a]));
      await expectSeen('in place after sed -i', 'documents/a.md', () => writeFileSync(a, 'c\n'));
      await expectSeen('write-then-move', 'documents/a.md', () => {
        writeFileSync(`${a}.tmp`, 'd\n');
        renameSync(`${a}.tmp`, a);
      });
      await expectSeen('in place after a move', 'documents/a.md', () => writeFileSync(a, 'e\n'));
      await expectSeen('delete and create', 'documents/a.md', () => {
        rmSync(a);
        writeFileSync(a, 'f\n');
      });
      await expectSeen('in place after delete-and-create', 'documents/a.md', () => writeFileSync(a, 'g\n'));
      const y = join(data, 'actors.yaml');
      await expectSeen('actors.yaml by move', 'actors.yaml', () => {
        writeFileSync(`${y}.tmp-1`, '[]\n# 1\n');
        renameSync(`${y}.tmp-1`, y);
      });
      await expectSeen('actors.yaml in place after a move', 'actors.yaml', () => writeFileSync(y, '[]\n# 2\n'));
      await expectSeen('a folder named like a document', 'documents/drafts.md', () => mkdirSync(join(docs, 'drafts.md')));
      await expectSeen('many files at once', 'documents/many-49.md', () => {
        for (let i = 0; i < 50; i++) writeFileSync(join(docs, `many-${i}.md`), 'x\n');
      });
      await expectSeen('an editor temp file is not a change', 'documents/a.md', () => {
        writeFileSync(join(docs, 'sedAbC12'), 'tmp');
        writeFileSync(join(docs, 'a.md~'), 'tmp');
        writeFileSync(a, 'h\n');
      });
    } finally {
      await w.close();
    }
  }, 60_000);
});
