/**
 * Draws the social preview image public/og.png (1200×630) with Chromium:
 *   tsx scripts/og-image.ts
 * Run again only when the look changes; the PNG is committed.
 */
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path';

const TYPES = [
  ['☎', '#1d4ed8', 'call'],
  ['●', '#047857', 'meeting'],
  ['❝', '#7e22ce', 'statement'],
  ['✈', '#b45309', 'visit'],
  ['✓', '#be123c', 'agreement'],
];

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;background:#0f172a;color:#f8fafc;font-family:DejaVu Sans,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 80px;box-sizing:border-box">
<div style="display:flex;align-items:center;gap:24px">
  <svg width="96" height="96" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1e293b"/><line x1="10" y1="16" x2="22" y2="16" stroke="#cbd5e1" stroke-width="2"/><circle cx="10" cy="16" r="5" fill="#f59e0b"/><circle cx="22" cy="16" r="5" fill="#60a5fa"/></svg>
  <div style="font-size:96px;font-weight:bold;letter-spacing:-2px">Parley</div>
</div>
<div style="font-size:44px;margin-top:24px;color:#e2e8f0">Who talked to whom — every event linked to the sentences it comes from.</div>
<div style="display:flex;gap:18px;margin-top:48px">${TYPES.map(([g, c, l]) => `<span style="display:inline-flex;align-items:center;gap:10px;font-size:30px"><span style="display:inline-flex;width:44px;height:44px;border-radius:8px;background:${c};align-items:center;justify-content:center;color:#fff">${g}</span>${l}</span>`).join('')}</div>
</body></html>`;

async function main() {
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: 'public/og.png' });
  await browser.close();
  console.log('wrote public/og.png');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
