/**
 * npm run size [-- --dir out --port 4335]: the JavaScript budget of the built site.
 *   first load  = the scripts out/index.html loads (gzipped)        ≤ 130 kB
 *   explorer    = every script the explorer page fetches until the
 *                 timeline and the network are drawn (gzipped)      ≤ 400 kB
 *   (also printed: the same on a phone, where the timeline chart waits for "Chart", the network for its tab)
 * Also checks that no zod and only one vis-data copy reached the explorer.
 * Prints a table against those targets; exits 1 over the ceiling: the targets, or
 * `--max-first-load N --max-explorer N` (CI sets them at the size reached so far,
 * so nothing grows while the targets are still missed) — never above CEILING below.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium-path';

function opt(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}
const DIR = resolve(opt('dir', 'out'));
const PORT = Number(opt('port', process.env.SIZE_PORT ?? '4390'));
/** the issue's targets */
const TARGET = { firstLoad: 130, explorer: 400 };
/**
 * The size reached so far plus a small margin: nothing may grow past it, whatever the flags say (round 11: the explorer
 * 411.4 → 380.6 kB once cytoscape's unused parts were cut (lib/adapters/cytoscape-trim.js); round 16: the first load
 * 134.7 → 132.9 kB and the explorer 381.7 → 380.2 without Next's server-action reducer (lib/adapters/next-trim.js);
 * round 17: 132.9 → 129.8 kB and 380.0 → 376.9 without its prefetch scheduler (the same loader) — what is left of the
 * first load is Next + React but for ~3 kB of the app's own).
 */
const CEILING = { firstLoad: 130.3, explorer: 377.4 };
/** what fails the run: the targets, or a ceiling CI sets at the size reached so far (no regression); never above CEILING */
const BUDGET = {
  firstLoad: Math.min(CEILING.firstLoad, Number(opt('max-first-load', String(TARGET.firstLoad)))),
  explorer: Math.min(CEILING.explorer, Number(opt('max-explorer', String(TARGET.explorer)))),
};
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

if (!existsSync(join(DIR, 'index.html'))) {
  console.error(`size: ${DIR}/index.html is missing; run "npm run build" first`);
  process.exit(1);
}

const gz = (file: string) => gzipSync(readFileSync(file)).length / 1024;
const local = (url: string) => join(DIR, decodeURIComponent(new URL(url, 'http://x').pathname).slice(base.length));

const html = readFileSync(join(DIR, 'index.html'), 'utf8');
// scripts marked noModule (legacy polyfills) are never fetched by browsers that run modules
const firstLoad = [...new Set([...html.matchAll(/<script([^>]+)src="([^"]+\.js)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => m[2]))];

/** The scripts the explorer fetches: on a laptop until both charts are drawn, on a phone (one pane at a time) until the timeline pane's list is. */
async function explorerScripts(): Promise<{ laptop: string[]; phone: string[] }> {
  const server = spawn('npx', ['tsx', 'scripts/serve.ts', DIR, String(PORT)], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}${base}/`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const nomodule = new Set([...html.matchAll(/<script[^>]*nomodule[^>]*src="([^"]+)"/gi)].map((m) => m[1]));
    const visit = async (phone: boolean) => {
      const page = await browser.newPage(phone ? { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } : {});
      const scripts = new Set<string>();
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
      });
      await page.goto(`http://127.0.0.1:${PORT}${base}/`);
      // a phone's timeline pane opens as the window's list (the chart waits for "Chart", the network for its tab)
      if (phone) await page.waitForSelector('[data-testid="window-events"]', { timeout: 60_000 });
      else {
        await page.waitForSelector('.vis-timeline', { timeout: 60_000 });
        await page.waitForSelector('[data-testid="network-canvas"] canvas', { timeout: 60_000 });
      }
      await page.waitForLoadState('networkidle');
      await page.close();
      return [...scripts].filter((s) => !nomodule.has(s));
    };
    const laptop = await visit(false);
    const phone = await visit(true);
    await browser.close();
    return { laptop, phone };
  } finally {
    // the server runs in its own process group (npx → tsx → node): end the whole group
    try {
      process.kill(-server.pid!);
    } catch {
      server.kill();
    }
  }
}

async function main() {
  const { laptop: all, phone } = await explorerScripts();
  const sum = (list: string[]) => list.reduce((n, s) => n + gz(local(s)), 0);
  const first = sum(firstLoad);
  const explorer = sum([...new Set([...firstLoad, ...all])]);
  const text = all.map((s) => readFileSync(local(s), 'utf8')).join('\n');
  // zod's error-map messages and vis-data's DataSet class banner are distinctive strings
  const zod = /ZodError|\$ZodType/.test(text);
  const visData = (text.match(/DataSet: an id is required|Cannot add item: item with id/g) ?? []).length;
  const row = (label: string, v: number, budget: number, target: number) =>
    console.log(
      `${label.padEnd(28)} ${v.toFixed(1).padStart(7)} kB gz   target ${target} kB ${v <= target ? 'met' : `missed by ${(v - target).toFixed(1)} kB`}   ceiling ${budget} kB ${v <= budget ? 'ok' : `OVER by ${(v - budget).toFixed(1)} kB`}`,
    );
  console.log(`size budget of ${DIR} (JavaScript, gzipped)`);
  row('first load (index.html)', first, BUDGET.firstLoad, TARGET.firstLoad);
  row('explorer (all it fetches)', explorer, BUDGET.explorer, TARGET.explorer);
  console.log(`explorer to the byte: ${explorer.toFixed(3)} kB gz (first load ${first.toFixed(3)})`);
  console.log(`explorer on a phone (timeline pane's list; chart and network not yet opened): ${sum([...new Set([...firstLoad, ...phone])]).toFixed(1)} kB gz`);
  console.log(`zod in the explorer: ${zod ? 'YES (keep lib/schema.ts out of client code)' : 'no'}; vis-data copies: ${visData}`);
  // every script, largest first, marked "first" when index.html loads it, with what it holds (recognisable strings)
  const firstSet = new Set(firstLoad);
  for (const [s, k] of [...new Set([...firstLoad, ...all])].map((x) => [x, gz(local(x))] as const).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${k.toFixed(1).padStart(7)} kB  ${firstSet.has(s) ? 'first ' : '      '} ${s}  ${holds(readFileSync(local(s), 'utf8'))}`);
  }
  if (first > BUDGET.firstLoad || explorer > BUDGET.explorer || zod || visData > 1) process.exit(1);
}

/** What a chunk holds, from strings each library leaves in its minified code. */
const SIGNS: [string, RegExp][] = [
  ['react-dom', /react-dom|__reactFiber|ReactDOM/],
  ['next runtime', /__next_f|next-router-state-tree|NEXT_REDIRECT/],
  ['cytoscape', /cytoscape/],
  ['cytoscape-svg', /closestGroupOrSvg/],
  ['vis-timeline', /vis-timeline|vis-item/],
  ['moment', /isMoment|_isAMomentObject/],
  ['hammerjs', /Hammer|hammer/],
  ['xss', /whiteList|onIgnoreTag/],
  ['d3', /removeAttributeNS|d3-|brushX|__brush/],
  ['minisearch', /MiniSearch/],
  ['zod', /ZodError|\$ZodType/],
  ['app', /participants|affiliations/],
];
function holds(text: string): string {
  return SIGNS.filter(([, re]) => re.test(text)).map(([n]) => n).join(', ');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
