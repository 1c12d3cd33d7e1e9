import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alive } from './dev-lock';

const guard = join(__dirname, 'next-guard.mjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

async function until(f: () => boolean, ms: number): Promise<boolean> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (f()) return true;
    await sleep(50);
  }
  return f();
}

/** The guard, in its own group, running a long `sleep` for `parent`; resolves with the pid of the sleep. */
async function start(parent: number): Promise<{ guard: ChildProcess; worker: number }> {
  const g = spawn(process.execPath, [guard, String(parent), 'sh', '-c', 'echo $$; exec sleep 60'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const worker = await new Promise<number>((resolve) => g.stdout!.once('data', (b: Buffer) => resolve(Number(b.toString().trim()))));
  return { guard: g, worker };
}

describe('next-guard', () => {
  it('stops what it runs (the whole group) when its parent dies without stopping it', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const { guard: g, worker } = await start(parent.pid!);
    expect(alive(worker)).toBe(true);
    parent.kill('SIGKILL'); // as tsx does to a dev loop busy compiling
    await exited(parent);
    expect(await until(() => !alive(worker), 10_000)).toBe(true);
    await exited(g);
  }, 30_000);

  it('exits with what it runs when the group is signalled, as the dev loop stops it', async () => {
    const { guard: g, worker } = await start(process.pid);
    process.kill(-g.pid!, 'SIGTERM');
    await exited(g);
    expect(g.exitCode).toBe(143);
    expect(await until(() => !alive(worker), 10_000)).toBe(true);
  }, 30_000);

  it('keeps what it runs while its parent lives', async () => {
    const { guard: g, worker } = await start(process.pid);
    await sleep(800);
    expect(alive(worker)).toBe(true);
    process.kill(-g.pid!, 'SIGKILL');
    await exited(g);
  }, 30_000);
});
