/**
 * README screenshot: 1280×800, an event selected, from the built site.
 *   tsx scripts/screenshot.ts [out.png=docs/screenshot.png] [query]
 * Serves out/ itself (scripts/serve.ts), so run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path';

const target = process.argv[2] ?? 'docs/screenshot.png';
const port = 4399;

interface EventLike {
  id: string;
  type: string;
  date: string | null;
  evidence: unknown[];
  participants: string[];
}

/** The best-evidenced dated meeting (else any dated event) to show selected. */
function pickEvent(): string | null {
  const file = join('out', 'data', 'dataset.json');
  if (!existsSync(file)) return null;
  const d = JSON.parse(readFileSync(file, 'utf8')) as { events: EventLike[] };
  const score = (e: EventLike) => (e.type === 'meeting' ? 100 : 0) + (e.date ? 50 : 0) + e.evidence.length * 5 + e.participants.length;
  const best = [...d.events].sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))[0];
  return best?.id ?? null;
}

async function main() {
  const exe = findChromium();
  if (!exe) {
    console.error('screenshot: no Chromium found (set CHROMIUM_PATH)');
    process.exit(1);
  }
  if (!existsSync('out/index.html')) {
    console.error('screenshot: out/index.html is missing; run "npm run build" first');
    process.exit(1);
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'out', String(port)], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 1200));
    const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', deviceScaleFactor: 1 });
    const id = process.argv[3] ?? (pickEvent() ? `?event=${encodeURIComponent(pickEvent()!)}` : '');
    await page.goto(`http://127.0.0.1:${port}/${id}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-testid="network-canvas"]');
    await page.waitForTimeout(1200);
    mkdirSync(dirname(target), { recursive: true });
    await page.screenshot({ path: target });
    console.log(`wrote ${target}${id ? ` (${id})` : ''}`);
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
