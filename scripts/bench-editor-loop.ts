/**
 * npm run bench:loop — measures the editor's loop in development: with
 * `npm run dev` running and the page open in Chromium, how long from saving a
 * new document in data/documents/ until its event shows on the open page, and
 * from deleting it until the event is gone. Run it in a scratch copy of the
 * project (it adds and removes data/documents/zz-loop-bench.md). Prints figures.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path';

const PORT = Number(process.env.PORT ?? 3123);
/** how long to wait for a start or a save (large corpora: raise it) and how many saves */
const WAIT_MS = Number(process.env.BENCH_WAIT_MS ?? 30_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DOC = 'data/documents/zz-loop-bench.md';
const TEXT = `---
title: "Loop bench"
outlet: "Bench Wire"
url: null
published: 2025-03-04
kind: article
---
Foreign Minister Ana Kovač of Croatia met her Slovenian counterpart Tanja Fajon in Zagreb on Monday, the two ministries said.
`;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out');
}

async function main() {
  const dev = spawn('npx', ['tsx', 'scripts/dev.ts', '-p', String(PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
    env: { ...process.env, PARLEY_COMPILE_ON_START: '1' },
  });
  dev.stdout.on('data', () => {});
  try {
    await waitFor(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.ok === true, Math.max(120_000, WAIT_MS));
    const exe = findChromium();
    if (!exe) throw new Error('no Chromium found');
    const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://localhost:${PORT}/?view=table`);
    await page.getByTestId('events-table').waitFor({ timeout: Math.max(120_000, WAIT_MS) });
    const shows = async () => (await page.locator('text=Ana Kovač').count()) > 0;
    const rows: number[][] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let t0 = performance.now();
      writeFileSync(DOC, TEXT);
      await waitFor(shows, WAIT_MS);
      const add = performance.now() - t0;
      t0 = performance.now();
      rmSync(DOC);
      await waitFor(async () => !(await shows()), WAIT_MS);
      rows.push([add, performance.now() - t0]);
    }
    await browser.close();
    for (const [add, del] of rows) console.log(`save new document → its event on the open page: ${Math.round(add)} ms; delete → gone: ${Math.round(del)} ms`);
  } finally {
    rmSync(DOC, { force: true });
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
