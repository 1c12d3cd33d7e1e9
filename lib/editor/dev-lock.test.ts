import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alive, readLock, takeOver, writeLock } from './dev-lock';

const dir = mkdtempSync(join(tmpdir(), 'parley-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const deadPid = () => {
  const p = spawn(process.execPath, ['-e', '0']);
  return new Promise<number>((r) => p.once('exit', () => r(p.pid!)));
};

describe('the dev loop lock', () => {
  it('starts when there is no lock', () => {
    expect(takeOver(join(dir, 'none.lock'))).toEqual({ ok: true, note: null });
  });

  it('refuses to start while another dev loop of the project is alive, saying which', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      const path = join(dir, 'alive.lock');
      writeLock(path, { pid: other.pid!, nextPid: null, port: '3000' });
      const r = takeOver(path);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(new RegExp(`another "npm run dev" of this project is running \\(pid ${other.pid}, port 3000\\).*kill ${other.pid}`));
      expect(readLock(path)?.pid).toBe(other.pid);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('stops the next dev orphaned by a killed dev loop, and clears the stale lock', async () => {
    // a stand-in for an orphaned `next dev`: its own process group, "next" on its command line
    const orphan = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', 'next', 'dev'], { detached: true, stdio: 'ignore' });
    const path = join(dir, 'stale.lock');
    writeLock(path, { pid: await deadPid(), nextPid: orphan.pid!, port: '3000' });
    const exited = new Promise<void>((r) => orphan.once('exit', () => r()));
    const r = takeOver(path);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.note).toMatch(/stopped the orphaned "next dev"/);
    await exited;
    expect(alive(orphan.pid!)).toBe(false);
    expect(existsSync(path)).toBe(false);
  });
});
