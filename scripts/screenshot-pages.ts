/**
 * Screenshots of reader pages from the built site (out/):
 *   tsx scripts/screenshot-pages.ts <out-dir> <path>[@dark][@phone] …
 * e.g. tsx scripts/screenshot-pages.ts docs "/?type=meeting" "/actors/marco-rubio/" "/documents/bbc-negotiators/@dark"
 * Serves out/ itself on PORT (default 4398); run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path';

const [dir = 'docs', ...paths] = process.argv.slice(2);
const port = Number(process.env.PORT ?? 4398);

function fileName(spec: string): string {
  const slug = spec.replace(/^\//, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'explorer'}.png`;
}

async function main() {
  const exe = findChromium();
  if (!exe || !existsSync('out/index.html')) {
    console.error('screenshot-pages: needs a Chromium and a build in out/ (npm run build)');
    process.exit(1);
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', 'out', String(port)], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 1200));
    const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    mkdirSync(dir, { recursive: true });
    for (const spec of paths) {
      const [path, ...flags] = spec.split('@');
      const phone = flags.includes('phone');
      const page = await browser.newPage({
        viewport: phone ? { width: 375, height: 760 } : { width: 1280, height: 800 },
        timezoneId: 'UTC',
        deviceScaleFactor: 1,
        colorScheme: flags.includes('dark') ? 'dark' : 'light',
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(path.startsWith('/?') || path === '/' ? 3000 : 300);
      const target = join(dir, fileName(spec));
      await page.screenshot({ path: target, fullPage: flags.includes('full') });
      console.log(`wrote ${target}`);
      await page.close();
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
