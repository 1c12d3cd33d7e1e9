import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 4389;
let dir = '';
let server: ChildProcess;

function fetchRaw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: PORT, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function waitUp(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      await fetchRaw('/', {});
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('serve.ts did not start');
}

describe('scripts/serve.ts --gzip', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>' + 'Avalon met Nordvik. '.repeat(200) + '</p>');
    writeFileSync(join(dir, 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', dir, String(PORT), '--gzip'], { stdio: 'ignore' });
    await waitUp();
  }, 60_000);
  afterAll(() => {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends text gzipped to a client that accepts it, and the same bytes once unzipped', async () => {
    const plain = await fetchRaw('/', {});
    const zipped = await fetchRaw('/', { 'accept-encoding': 'gzip, deflate' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 5);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('leaves images as they are, and unknown paths a 404', async () => {
    const png = await fetchRaw('/a.png', { 'accept-encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await fetchRaw('/nothing-here', { 'accept-encoding': 'gzip' })).status).toBe(404);
  });
});
