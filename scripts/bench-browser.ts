/**
 * npm run bench:browser [-- --docs 10000] [--data DIR] [--site DIR] [--port 4334] [--keep DIR]
 *
 * Serves the built explorer over a big compiled dataset, drives headless
 * Chromium and prints: navigation → first timeline item and first network
 * draw, the longest task during load (and after the first item), click on an
 * event → its quote shown, timeline zoom and pan frame times (p50/p95),
 * "network follows timeline" → network updated, JS heap. Beside them the same
 * figures for a bare page drawing the same items with vis-timeline +
 * Cytoscape alone (no app), and the ratios. Prints figures; asserts nothing.
 *
 *   --data DIR   a compiled data folder (what `npm run compile` writes to public/data);
 *                without it: the real-text corpus of `npm run bench` (lib/bench/corpus.ts) at --docs documents
 *                (default 10,000), built into .parley/bench/d<N>-a2000-s1/ and compiled once into its out/ (kept;
 *                redone when the corpus builder or lib/compile changes). --prepare-only: build + compile, no browser.
 *   --site DIR   the static export to serve (default out/, built with `npm run build` when missing).
 *                The explorer reads its data at run time, so the project's own build serves any dataset.
 *   --no-worker  the page without Web Workers (index.json then decoded on the main thread, as before
 *                lib/data/index-worker.ts): the same build, to compare.
 *   --profile    trace the app's first load (Chromium's timeline + its sampling CPU profiler) and print, for the
 *                longest tasks after the first timeline item, where their time goes (functions by self and by
 *                total time, mapped to the sources when the site was built with PARLEY_SOURCEMAPS=1: next.config.js).
 *                With --mobile: the phone's first load (the list), its longest tasks before the first row too.
 *                The trace's own tasks run slower than untraced ones: for what is in a task, not for its length.
 *                With --mobile, a list row's tap → its quote traced as well: every task between them, what the longest do;
 *                `--profile-chart` traces the phone's chart (`/?chart=1`) load instead of its list's.
 *                `--profile-held` (with --mobile, alone or with --profile) traces the tap whose quotes' file was held until it
 *                began (a cold tap): every task between the tap and its quote, what the longest do.
 *                `--profile FILE` keeps the trace there (else in the temp folder); `--analyze FILE [--site DIR]` prints it
 *                again (`--analyze FILE --tap`: a tap's trace).
 *   --before-item  print what the app and the bare page fetched and ran (long tasks) before their first timeline item.
 *   --first-item N  the first timeline item (and the first network draw) alone: N rounds of cold loads (a new browser context each), the app and the
 *                bare page in turn (and `--compare-site DIR`, another build over the same data, e.g. the starting code's,
 *                served on --port + 1), each with the renderer's main-thread and process CPU time until its first item and
 *                the load average; medians and the app/bare ratio of each round. Nothing else is measured. With
 *                --profile FILE: a round 0 first, not counted, each page's load traced into FILE-<page>.json
 *                (`--analyze FILE-app.json --before` prints what it did until its first item; `--span FROM,TO`: where
 *                that stretch's main-thread time went, by function).
 *   --first-row N  (with --mobile) the same for a phone's first view, `/`: its list's first row, the app and --compare-site
 *                alternating (no bare page: it has no list), cold loads.
 *   --taps N     (with --mobile and --compare-site) a list row's tap → its quote alone, N rounds: in each, the app and
 *                the compared build in turn (the order rotated each round), each a warm tap (the page rested: its quotes'
 *                file fetched ahead) and a held tap (every quote file answered only once the tap began) on fresh loads of
 *                `/`; per round both builds' figures and the load, then medians. Two samples of each per build and round,
 *                where a full --mobile run gives one of each in a minute.
 *   --autogroup-nice N  (Linux) every process the bench starts (servers, browser) given this autogroup nice, e.g. -10:
 *                on a machine other sessions load, the kernel shares the cores between sessions first, and a page's
 *                load was mostly waiting for one (say so beside the figures: the machine is not quiet for them).
 *   --mobile     a phone: Chromium's mobile emulation (412 × 823 viewport at 1.75×, touch, a phone's user agent) with
 *                the CPU slowed 4× (as Lighthouse's mobile run). The explorer opens there on the window's events as a
 *                list: its first item is the list's first row (`/`); a row tapped → its quote; then the chart
 *                (`/?chart=1`): its first timeline item and zoom / pan frames. The bare page under the same emulation.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, symlinkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './chromium-path';
import { runCompileParallel } from '../lib/editor/run';
import { buildCorpus } from '../lib/bench/corpus';
import { createHash } from 'node:crypto';
import { bareView } from './bench-browser-bare';
import { pagePath } from '../lib/data/page-path';

function opt(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : null;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const DOCS = Number(opt('docs') ?? 10000);
const PORT = Number(opt('port') ?? process.env.E2E_PORT ?? 4334);
const keep = opt('keep');
const MOBILE = flag('mobile');
/** Lighthouse's mobile emulation (a Moto G Power): viewport, pixel ratio, user agent; the CPU slowed 4×. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
};
const PHONE_CPU_SLOWDOWN = 4;
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'parley-bench-browser-'));
mkdirSync(work, { recursive: true });

// ---------- data ----------
// The real-text corpus of `npm run bench` (lib/bench/corpus.ts) in .parley/bench/d<N>-a<actors>-s<seed>/, compiled
// once into its out/ folder (kept: a 10,000-document compile takes minutes; rebuilt when the corpus, the compiler or
// the split files' code in lib/data changes).
function corpusKey(root: string, docs: number, actors: number, seed: number): string {
  const h = createHash('sha256');
  for (const f of ['lib/bench/corpus.ts', 'lib/bench/sources.ts', 'lib/bench/text/people.json']) h.update(readFileSync(join(root, f)));
  return `${docs}-${actors}-${seed}-${h.digest('hex').slice(0, 10)}`;
}
function compilerKey(root: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (/\.ts$/.test(f.name) && !/\.test\.ts$/.test(f.name)) h.update(p).update(readFileSync(p));
    }
  };
  walk(join(root, 'lib', 'compile'));
  // the split files (index.json, first.json, chunks) are made by lib/data: a change there is a change of output too
  walk(join(root, 'lib', 'data'));
  return h.digest('hex').slice(0, 12);
}
async function benchData(docs: number): Promise<string> {
  const root = process.cwd();
  const actors = Number(opt('actors') ?? 2000);
  const seed = Number(opt('seed') ?? 1);
  const dir = join(root, '.parley', 'bench', `d${docs}-a${actors}-s${seed}`);
  const key = corpusKey(root, docs, actors, seed);
  const stamp = join(dir, 'corpus.json');
  const have = existsSync(stamp) ? (JSON.parse(readFileSync(stamp, 'utf8')) as { key?: string }).key : null;
  if (have !== key) {
    console.log(`building the real-text corpus of ${docs} documents in ${dir}…`);
    const info = buildCorpus(root, dir, { docs, actors, seed });
    writeFileSync(stamp, JSON.stringify({ ...info, key }));
  }
  const out = join(dir, 'out');
  const outStamp = join(out, 'bench-key.txt');
  const want = `${key} ${compilerKey(root)}`;
  if (!existsSync(outStamp) || readFileSync(outStamp, 'utf8') !== want) {
    console.log(`compiling it (worker threads; ${docs >= 5000 ? 'several minutes' : 'a minute or so'})…`);
    const t0 = performance.now();
    const r = await runCompileParallel({ root: dir, dataDir: dir, outDir: out, write: true, cacheDir: join(dir, 'cache') });
    if (!r.ok) {
      console.error('the corpus did not compile');
      process.exit(1);
    }
    writeFileSync(outStamp, want);
    console.log(`compiled in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  return out;
}
let dataDir = '';
let site = '';
/** --compare-site: the other build's copy (served on PORT + 1) */
let compareSite = '';

/** A copy of a static export in the work folder, its data/ a link to the bench's data. */
function stageSite(src: string, name: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(src, dir, { recursive: true });
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  // a link, not a copy: the 10,000-document data is ~650 MB (the server follows links)
  try {
    symlinkSync(dataDir, join(dir, 'data'), 'dir');
  } catch {
    cpSync(dataDir, join(dir, 'data'), { recursive: true });
  }
  return dir;
}
let bare: ReturnType<typeof bareView>;

async function prepare(): Promise<void> {
  dataDir = resolve(opt('data') ?? (await benchData(DOCS)));
  if (flag('prepare-only')) {
    console.log(`data: ${dataDir}`);
    process.exit(0);
  }

  // ---------- site ----------
  const siteSrc = resolve(opt('site') ?? 'out');
  if (!existsSync(join(siteSrc, 'index.html'))) {
    const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  site = stageSite(siteSrc, 'site');
  // --first-item N --compare-site DIR: a second build (the starting code's) served beside it, over the same data
  if (opt('compare-site')) compareSite = stageSite(resolve(opt('compare-site')!), 'compare-site');

  // the bare page: the same items, vis-timeline + Cytoscape alone
  mkdirSync(join(site, 'bare'), { recursive: true });
  cpSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', join(site, 'bare', 'vis.js'));
  cpSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', join(site, 'bare', 'vis.css'));
  cpSync('node_modules/cytoscape/dist/cytoscape.min.js', join(site, 'bare', 'cy.js'));
  bare = bareView(dataDir);
  writeFileSync(join(site, 'bare', 'data.json'), JSON.stringify(bare));
  writeFileSync(
    join(site, 'bare', 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="vis.css">
  <style>body{margin:0;font-family:sans-serif}#tl{height:45vh}#cy{height:50vh}</style></head>
  <body><div id="tl" class="parley-timeline"></div><div id="cy" data-testid="network-canvas" data-node-count="0"></div>
  <script src="vis.js"></script><script src="cy.js"></script>
  <script>
  fetch('data.json').then(r => r.json()).then(d => {
    const tl = new vis.Timeline(document.getElementById('tl'), new vis.DataSet(d.items), new vis.DataSet(d.groups),
      { height: '100%', stack: true, zoomKey: 'ctrlKey', orientation: { axis: 'top', item: 'top' }, start: d.window.start, end: d.window.end, verticalScroll: true, showCurrentTime: false });
    const el = document.getElementById('cy');
    const cy = cytoscape({ container: el, elements: [], style: d.style, layout: { name: 'preset' }, autoungrabify: true,
      textureOnViewport: true, hideEdgesOnViewport: true, hideLabelsOnViewport: true });
    cy.add(d.elements);
    cy.fit(undefined, 30);
    el.setAttribute('data-node-count', String(cy.nodes().length));
  });
  </script></body></html>`,
  );
}

// ---------- in-page instrumentation (the app and the bare page alike) ----------
const INSTRUMENT = `(() => {
  const b = (window.__bench = { item: null, row: null, net: null, longtasks: [], frames: [], rec: false, down: 0, up: 0, quote: null, netMut: [] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let last = 0, observed = null;
  const tick = (ts) => {
    if (b.rec && last) b.frames.push(ts - last);
    last = ts;
    if (b.item === null && document.querySelector('.vis-timeline .vis-item')) { b.item = performance.now(); performance.mark('bench:item'); }
    // a quote after a click or a tap, seen in the first frame that shows it (watched from here, not by a poll that
    // starts once the driver's click has returned: a quote drawn in the click's own task was seen late)
    if (b.down > 0 && b.quote === null && document.querySelector('[data-testid="evidence"]')) { b.quote = performance.now(); performance.mark('bench:quote'); }
    // a phone's first view: the window's events as a list (components/list/WindowEvents.tsx)
    if (b.row === null && document.querySelector('[data-testid="window-events"] li')) {
      b.row = performance.now();
      // (a phone's first item: what --profile reads the load up to)
      if (b.item === null) performance.mark('bench:item');
    }
    const c = document.querySelector('[data-testid="network-canvas"]');
    if (b.net === null && c && Number(c.getAttribute('data-node-count')) > 0) b.net = performance.now();
    if (c && observed !== c) {
      observed = c;
      new MutationObserver((ms) => {
        for (const m of ms) b.netMut.push([performance.now(), m.attributeName, c.getAttribute(m.attributeName)]);
      }).observe(c, { attributes: true });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('pointerdown', () => {
    b.down = performance.now();
    b.quote = null;
    // (--profile: where a traced tap starts)
    performance.mark('bench:tap');
    // (the phone's second tap: its quotes' file was held by the bench until now)
    if (window.__benchTapped) window.__benchTapped();
  }, true);
  // vis-timeline takes pointer events (no mouseup follows): time the pointerup
  addEventListener('pointerup', () => (b.up = performance.now()), true);
})();`;

interface Figures {
  item: number;
  net: number;
  /** the whole index in (the "loading all" status gone; the bare page: at once) */
  whole: number;
  longest: number;
  longestAfterItem: number;
  clickQuote: number | null;
  clickQuoteHovered: number | null;
  zoom: [number, number];
  pan: [number, number];
  follow: number | null;
  heap: number;
  timelineItems: number;
  /** --mobile: the chart's first timeline item (`/?chart=1`; `item` is then the list's first row) */
  chartItem?: number;
  /** --mobile: a row tapped → its quote, its quotes' file (whoever asked for it) answered only once the tap began */
  tapQuoteHeld?: number | null;
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function settle(page: Page, ms: number) {
  await page.waitForTimeout(ms);
}

async function timelineBox(page: Page) {
  const box = await page.locator('.vis-timeline .vis-center').first().boundingBox();
  if (!box) throw new Error('no timeline on the page');
  return box;
}

async function frames(page: Page, gesture: () => Promise<void>): Promise<[number, number]> {
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; rec: boolean } }).__bench;
    b.frames = [];
    b.rec = true;
  });
  await gesture();
  await settle(page, 400);
  const fr = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { frames: number[]; rec: boolean } }).__bench;
    b.rec = false;
    return b.frames;
  });
  return [pct(fr, 50), pct(fr, 95)];
}

async function zoom(page: Page) {
  const box = await timelineBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(60, box.height / 2));
  return frames(page, async () => {
    await page.keyboard.down('Control');
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, 200);
      await page.waitForTimeout(60);
    }
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -200);
      await page.waitForTimeout(60);
    }
    await page.keyboard.up('Control');
  });
}

async function drag(page: Page, dx: number, steps = 30) {
  const box = await timelineBox(page);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(40, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x + (dx * i) / steps, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1048576;
}

/**
 * What a load waits for: the first timeline item and the first network draw (a wide screen, the bare page), the
 * first timeline item alone (a phone's chart: its network is in another tab), or the list's first row (a phone's first view).
 */
type Until = 'item+net' | 'item' | 'row';

async function load(page: Page, url: string, until: Until = 'item+net') {
  await page.addInitScript(INSTRUMENT);
  if (flag('no-worker')) await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
  await page.goto(url);
  await page.waitForFunction((u) => {
    const b = (window as unknown as { __bench: { item: number | null; row: number | null; net: number | null } }).__bench;
    return b && (u === 'row' ? b.row !== null : b.item !== null && (u === 'item' || b.net !== null));
  }, until, { timeout: 180_000, polling: 200 });
  // the network may be drawn from the index's head before the whole index is here: the gestures wait for it
  // (the explorer says "loading all N events" until then), and the load's long tasks are counted until then
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading-all"]'), undefined, { timeout: 180_000, polling: 100 });
  const whole = await page.evaluate(() => performance.now());
  if (flag('before-item')) await printBeforeItem(page, url);
  await settle(page, 1500);
  return page.evaluate(
    ([wholeAt, u]) => {
      const b = (window as unknown as { __bench: { item: number | null; row: number | null; net: number | null; longtasks: [number, number][] } }).__bench;
      // the first item: the list's first row on a phone's first view
      const item = (u === 'row' ? b.row : b.item) ?? NaN;
      const net = b.net ?? NaN;
      const end = Math.max(item, Number.isNaN(net) ? 0 : net, wholeAt) + 1000;
      const during = b.longtasks.filter(([s]) => s <= end);
      return {
        item,
        net,
        longest: Math.max(0, ...during.map(([, d]) => d)),
        longestAfterItem: Math.max(0, ...during.filter(([s]) => s >= item).map(([, d]) => d)),
        whole: wholeAt,
      };
    },
    [whole, until] as const,
  );
}

/**
 * --before-item: what the page did until its first timeline item — every script, style and data file it fetched
 * (start → end, ms since navigation; kB as sent) and its main thread's long tasks (over 50 ms) — the app and the
 * bare page alike, to compare what the app does first that the bare page does not.
 */
async function printBeforeItem(page: Page, url: string): Promise<void> {
  const r = await page.evaluate(() => {
    const b0 = (window as unknown as { __bench: { item: number | null; row: number | null; longtasks: [number, number][] } }).__bench;
    const b = { ...b0, item: b0.item ?? b0.row ?? performance.now() };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const paints = performance.getEntriesByType('paint').map((p) => [p.name, p.startTime] as const);
    const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.startTime < b.item)
      .map((e) => [new URL(e.name).pathname, e.startTime, e.responseEnd, e.encodedBodySize] as const);
    return { item: b.item, html: nav ? [nav.responseEnd, nav.domContentLoadedEventEnd] : null, paints, res, tasks: b.longtasks.filter(([s]) => s < b.item) };
  });
  const f = (n: number) => n.toFixed(0).padStart(5);
  console.log(`\nbefore the first item (${new URL(url).pathname}): item at ${r.item.toFixed(0)} ms; html ${r.html ? `received ${r.html[0].toFixed(0)}, DOMContentLoaded ${r.html[1].toFixed(0)}` : '?'}; ${r.paints.map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', ')}`);
  for (const [name, start, end, size] of r.res) console.log(`  fetch ${f(start)} → ${f(end)}  ${(size / 1024).toFixed(1).padStart(7)} kB  ${name.replace(/^\/_next\/static\//, '')}`);
  const busy = r.tasks.reduce((n, [, d]) => n + d, 0);
  console.log(`  long tasks: ${r.tasks.length}, ${busy.toFixed(0)} ms in all: ${r.tasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(', ')}`);
}

/** An event item in view (class ev-…, not `skip`), else an aggregated one (a count: a click zooms into it). */
async function findItem(page: Page, aggregate: boolean, skip: string | null = null) {
  const box = await timelineBox(page);
  return page.evaluate(
    ([b, agg, not]) => {
      // no named inner functions here: tsx would wrap them with a helper the page lacks
      let below: Element | null = null;
      for (let pass = 0; pass < 2; pass++) {
        const els: Element[] = pass === 0 ? [...document.querySelectorAll('.vis-timeline .vis-item.vis-box, .vis-timeline .vis-item.vis-range')] : below ? [below] : [];
        // pass 1: an event stacked under the day's counts, out of the timeline's height, scrolled into view as a reader would
        if (pass === 1 && below) below.scrollIntoView({ block: 'center', inline: 'nearest' });
        for (const el of els) {
          const isAgg = /\baggregate\b/.test(el.className);
          if (agg ? !isAgg : !/\bev-/.test(el.className) || isAgg) continue;
          const id = /\bev-(\S+)/.exec(el.className)?.[1] ?? '';
          if (not && id === not) continue;
          const r = el.getBoundingClientRect();
          const x = r.left + Math.min(r.width / 2, 20);
          const y = r.top + r.height / 2;
          // on screen, and the topmost element there is this item (not the timeline's clipped overflow, nor a panel over it)
          const hit = r.width > 4 && x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height ? document.elementFromPoint(x, y) : null;
          if (hit && el.contains(hit)) return { x, y, id };
          if (!agg) below ??= el;
        }
      }
      return null;
    },
    [box, aggregate, skip] as const,
  );
}

/** pointerdown → the event's quotes on screen */
function untilQuote(page: Page): Promise<number | null> {
  // a string, not a function: tsx would wrap named inner functions with a helper the page lacks
  return page.evaluate(`new Promise((done) => {
    const b = window.__bench;
    const t = performance.now();
    const poll = () => {
      if (b.quote !== null && b.down > 0) return done(b.quote - b.down);
      if (performance.now() - t > 30000) return done(null);
      setTimeout(poll, 20);
    };
    poll();
  })`) as Promise<number | null>;
}

/**
 * Click an event → its quote, twice: straight onto an event whose quotes were never fetched (the
 * pointer arrives and clicks at once), then onto another after the pointer rested on it 200 ms
 * (as a reader's does: the explorer fetches an event's quotes while it is hovered).
 */
async function clickToQuote(page: Page): Promise<{ cold: number | null; hovered: number | null }> {
  let target = await findItem(page, false);
  // at scale the first view may show only counts: click one (it zooms in), up to six times
  for (let i = 0; !target && i < 6; i++) {
    const agg = await findItem(page, true);
    if (!agg) break;
    await page.mouse.click(agg.x, agg.y);
    await settle(page, 1200);
    target = await findItem(page, false);
  }
  // events stacked under the counts, below the timeline's height: a reader scrolls the timeline down (a plain
  // wheel scrolls it vertically; ctrl + wheel zooms), up to three screens
  for (let i = 0; !target && i < 3; i++) {
    const box = await timelineBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height * 0.8);
    await settle(page, 400);
    target = await findItem(page, false);
  }
  if (!target) {
    console.log('click → quote: no event item in view after six clicks on counts and three screens scrolled down');
    return { cold: null, hovered: null };
  }
  await page.evaluate(() => ((window as unknown as { __bench: { down: number } }).__bench.down = 0));
  await page.mouse.click(target.x, target.y);
  const cold = await untilQuote(page);
  if (cold === null) console.log(`click → quote: no quote 30 s after clicking ${target.id}`);
  await settle(page, 800);
  // close it (Escape), then the next event, hovered first
  await page.keyboard.press('Escape');
  await settle(page, 500);
  let next = await findItem(page, false, target.id);
  for (let i = 0; !next && i < 3; i++) {
    const box = await timelineBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height * 0.8);
    await settle(page, 400);
    next = await findItem(page, false, target.id);
  }
  if (!next) {
    console.log('click → quote after hover: no second event in view');
    return { cold, hovered: null };
  }
  await page.evaluate(() => ((window as unknown as { __bench: { down: number } }).__bench.down = 0));
  await page.mouse.move(next.x, next.y);
  await settle(page, 200);
  await page.mouse.down();
  await page.mouse.up();
  const hovered = await untilQuote(page);
  return { cold, hovered };
}

async function followTimeline(page: Page): Promise<number | null> {
  await drag(page, -250);
  await settle(page, 3000);
  // the first change of the network's nodes or edges after the pointer is released
  // (the canvas republishes its attributes on every viewport event: only a different value counts)
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { up: number; netMut: [number, string, string][] } }).__bench;
    const last = new Map<string, string>();
    for (const [t, name, value] of b.netMut) {
      if (t > b.up && (name === 'data-node-positions' || name === 'data-edge-count') && last.has(name) && last.get(name) !== value) return t - b.up;
      last.set(name, value);
    }
    return null;
  });
}

/** --profile: the trace kept (`--analyze FILE` prints it again, without a run) and printed. */
async function keepTrace(trace: Buffer): Promise<void> {
  const file = opt('profile') && !opt('profile')!.startsWith('--') ? resolve(opt('profile')!) : join(tmpdir(), 'parley-bench-browser-trace.json');
  writeFileSync(file, trace);
  console.log(`trace: ${file}`);
  await printProfile(trace);
}

async function measureApp(browserPage: () => Promise<Page>): Promise<Figures> {
  let page = await browserPage();
  const traced = flag('profile');
  if (traced) await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  const l = await load(page, `http://127.0.0.1:${PORT}/`);
  if (traced) await keepTrace(await page.context().browser()!.stopTracing());
  const timelineItems = await page.evaluate(() => document.querySelectorAll('.vis-timeline .vis-item').length);
  const zoomF = await zoom(page);
  const panF = await frames(page, () => drag(page, -300));
  await settle(page, 800);
  const heap = await heapMb(page);
  await page.close();
  page = await browserPage();
  await load(page, `http://127.0.0.1:${PORT}/`);
  const { cold: clickQuote, hovered: clickQuoteHovered } = await clickToQuote(page);
  await page.close();
  page = await browserPage();
  await load(page, `http://127.0.0.1:${PORT}/?follow=1`);
  const follow = await followTimeline(page);
  await page.close();
  return { ...l, clickQuote, clickQuoteHovered, zoom: zoomF, pan: panF, follow, heap, timelineItems };
}

/** --mobile: the phone's first view (the list), a row tapped → its quote, the chart's first item, zoom and pan. */
async function measurePhone(browserPage: () => Promise<Page>): Promise<Figures> {
  let page = await browserPage();
  const traced = flag('profile');
  // --profile-chart: the chart's load traced instead of the list's
  const chartTraced = traced && flag('profile-chart');
  if (traced && !chartTraced) await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  const l = await load(page, `http://127.0.0.1:${PORT}/`, 'row');
  if (traced && !chartTraced) await keepTrace(await page.context().browser()!.stopTracing());
  const heap = await heapMb(page);
  await page.close();
  // a row tapped at once (its quotes never fetched) → its quote
  page = await browserPage();
  await load(page, `http://127.0.0.1:${PORT}/`, 'row');
  await page.evaluate(() => ((window as unknown as { __bench: { down: number } }).__bench.down = 0));
  const row = page.locator('[data-testid="window-events"] li button').nth(2);
  await row.scrollIntoViewIfNeeded();
  if (traced) await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  await row.tap();
  const clickQuote = await untilQuote(page);
  if (traced) {
    const trace = await page.context().browser()!.stopTracing();
    const file = join(tmpdir(), 'parley-bench-browser-tap-trace.json');
    writeFileSync(file, trace);
    console.log(`tap trace: ${file}`);
    await printTap(trace);
  }
  if (clickQuote === null) console.log('tap → quote: no quote 30 s after tapping the list’s third row');
  await page.close();
  // again, every quote file held by the bench until the tap begins (whatever the page fetched ahead: its quotes
  // are not in when the row is tapped)
  page = await browserPage();
  let tapped = () => {};
  const held = new Promise<void>((r) => (tapped = r));
  await page.exposeFunction('__benchTapped', () => tapped());
  await page.route('**/data/events/*.json', async (route) => {
    await held;
    await route.continue();
  });
  await load(page, `http://127.0.0.1:${PORT}/`, 'row');
  await page.evaluate(() => ((window as unknown as { __bench: { down: number } }).__bench.down = 0));
  const row2 = page.locator('[data-testid="window-events"] li button').nth(2);
  await row2.scrollIntoViewIfNeeded();
  const heldTraced = flag('profile-held');
  if (heldTraced) await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  await row2.tap();
  const tapQuoteHeld = await untilQuote(page);
  if (heldTraced) {
    const trace = await page.context().browser()!.stopTracing();
    const file = join(tmpdir(), 'parley-bench-browser-held-tap-trace.json');
    writeFileSync(file, trace);
    console.log(`held tap trace: ${file}`);
    await printTap(trace);
  }
  await page.close();
  // the chart
  page = await browserPage();
  if (chartTraced) await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  const c = await load(page, `http://127.0.0.1:${PORT}/?chart=1`, 'item');
  if (chartTraced) await keepTrace(await page.context().browser()!.stopTracing());
  const timelineItems = await page.evaluate(() => document.querySelectorAll('.vis-timeline .vis-item').length);
  const zoomF = await zoom(page);
  const panF = await frames(page, () => drag(page, -300));
  await page.close();
  return {
    ...l,
    longest: Math.max(l.longest, c.longest),
    longestAfterItem: Math.max(l.longestAfterItem, c.longestAfterItem),
    chartItem: c.item,
    clickQuote,
    tapQuoteHeld,
    clickQuoteHovered: null,
    zoom: zoomF,
    pan: panF,
    follow: null,
    heap,
    timelineItems,
  };
}

async function measureBare(browserPage: () => Promise<Page>): Promise<Figures> {
  const page = await browserPage();
  const l = await load(page, `http://127.0.0.1:${PORT}/bare/`);
  const timelineItems = await page.evaluate(() => document.querySelectorAll('.vis-timeline .vis-item').length);
  const zoomF = await zoom(page);
  const panF = await frames(page, () => drag(page, -300));
  const heap = await heapMb(page);
  await page.close();
  return { ...l, clickQuote: null, clickQuoteHovered: null, zoom: zoomF, pan: panF, follow: null, heap, timelineItems };
}

// ---------- --profile: what the load's long tasks do ----------
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'v8.execute'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: { cpuProfile?: { nodes?: ProfNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface ProfNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** A trace's renderer main thread (the one with `mark`), its sampling profile, and a namer of call frames (source-mapped). */
async function readTrace(buf: Buffer, mark: string) {
  const events = (JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === mark));
  if (!main) return null;
  // the sampling profile: nodes and samples arrive in chunks, with their time deltas (µs, trace clock)
  const nodes = new Map<number, ProfNode>();
  const samples: { t: number; node: number }[] = [];
  const start = events.find((e) => e.pid === main.pid && e.name === 'Profile');
  let t = (start?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  for (const e of events) {
    if (e.pid !== main.pid || e.name !== 'ProfileChunk' || (start && e.id !== start.id)) continue;
    const p = e.args?.data?.cpuProfile;
    for (const n of p?.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (p?.samples ?? []).forEach((node, i) => {
      t += deltas[i] ?? 0;
      samples.push({ t, node });
    });
  }
  const { SourceMapConsumer } = await import('source-map');
  const maps = new Map<string, InstanceType<typeof SourceMapConsumer> | null>();
  const where = (f: ProfNode['callFrame']): string => {
    const file = (f.url ?? '').replace(/^https?:\/\/[^/]+/, '');
    if (!file) return f.functionName || '(native)';
    if (!maps.has(file)) {
      // the chunk names its map (Turbopack's maps are not always named after the chunk)
      const js = join(site, file.split('?')[0]);
      const name = existsSync(js) && statSync(js).isFile() ? /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(js, 'utf8'))?.[1] : undefined;
      const local = name ? join(js, '..', name) : '';
      maps.set(file, local && existsSync(local) ? new SourceMapConsumer(JSON.parse(readFileSync(local, 'utf8'))) : null);
    }
    const m = maps.get(file);
    const o = m?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
    if (o?.source) return `${o.name ?? f.functionName ?? '?'} ${o.source.replace(/^.*?(node_modules|components|lib|app)\//, '$1/')}:${o.line}`;
    return `${f.functionName || '(anonymous)'} ${file.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber}`;
  };
  const at = (name: string) => events.find((e) => e.pid === main.pid && e.name === name)?.ts ?? null;
  const tasksOver = (us: number) => events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > us);
  /** where a span's samples are: functions by self and by total time */
  const breakdown = (from: number, to: number, selfRows: number, totalRows: number): { samples: number; text: string } => {
    const inTask = samples.filter((s) => s.t >= from && s.t <= to);
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (const s of inTask) {
      const n = nodes.get(s.node);
      if (!n) continue;
      self.set(where(n.callFrame), (self.get(where(n.callFrame)) ?? 0) + 1);
      const seen = new Set<string>();
      for (let p: ProfNode | undefined = n; p; p = p.parent !== undefined ? nodes.get(p.parent) : undefined) {
        const w = where(p.callFrame);
        if (seen.has(w) || /^\((root|program|idle)\)/.test(w)) continue;
        seen.add(w);
        total.set(w, (total.get(w) ?? 0) + 1);
      }
    }
    const n = inTask.length || 1;
    const top = (m: Map<string, number>, k: number) =>
      [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, k).map(([w, c]) => `    ${((100 * c) / n).toFixed(0).padStart(3)} %  ${w}`).join('\n');
    return { samples: inTask.length, text: `  self:\n${top(self, selfRows)}\n  total:\n${top(total, totalRows)}` };
  };
  /** the main thread's events of these names within [from, to] (trace clock, µs) */
  const within = (names: Set<string>, from: number, to: number) =>
    events.filter((e) => e.pid === main.pid && e.tid === main.tid && names.has(e.name) && e.ts >= from && e.ts <= to);
  /** the renderer's network requests (any thread): url, sent, response, finished (µs) */
  const requests = () => {
    const by = new Map<string, { url: string; sent: number; response: number | null; done: number | null }>();
    for (const e of events) {
      const d = e.args?.data as { requestId?: string; url?: string; finishTime?: number } | undefined;
      if (!d?.requestId) continue;
      if (e.name === 'ResourceSendRequest' && d.url) by.set(d.requestId, { url: d.url, sent: e.ts, response: null, done: null });
      const r = by.get(d.requestId);
      if (!r) continue;
      if (e.name === 'ResourceReceiveResponse') r.response = e.ts;
      if (e.name === 'ResourceFinish') r.done = e.ts;
    }
    return [...by.values()];
  };
  const navigationStart = events.find((e) => e.pid === main.pid && e.name === 'navigationStart')?.ts ?? null;
  return { at, tasksOver, breakdown, within, requests, navigationStart };
}

async function printProfile(buf: Buffer): Promise<void> {
  const trace = await readTrace(buf, 'bench:item');
  if (!trace) return console.log('profile: no renderer main thread with the first item in the trace');
  const item = trace.at('bench:item')!;
  const tasks = trace.tasksOver(50_000).sort((a, b) => b.dur! - a.dur!);
  console.log(`\nprofile: ${tasks.length} tasks over 50 ms on the main thread; the first item at ${((item - tasks.reduce((m, x) => Math.min(m, x.ts), item)) / 1000).toFixed(0)} ms after the first of them`);
  // (--mobile: the load's longest tasks, before its first item too: a phone's are the framework's and the first render's)
  for (const task of tasks.filter((x) => MOBILE || x.ts + x.dur! >= item).slice(0, Number(opt('top') ?? 4))) {
    const b = trace.breakdown(task.ts, task.ts + task.dur!, 12, 25);
    console.log(`\n  task of ${(task.dur! / 1000).toFixed(0)} ms at ${((task.ts - item) / 1000).toFixed(0)} ms after the first item (${b.samples} samples)\n${b.text}`);
  }
}

/**
 * --analyze FILE --before: what a traced load did until its first timeline item — its requests (sent → finished) and
 * every main-thread task over --min ms (default 4), in order, each with what it ran (the trace's top-level events:
 * script evaluated, timer, message, parse…) and its busiest functions by self time (source-mapped where the site has maps).
 */
async function printBefore(buf: Buffer): Promise<void> {
  const trace = await readTrace(buf, 'bench:item');
  if (!trace) return console.log('no renderer main thread with the first item in the trace');
  const item = trace.at('bench:item')!;
  const t0 = trace.navigationStart ?? item;
  const ms = (us: number) => ((us - t0) / 1000).toFixed(0).padStart(5);
  // --span FROM,TO: where that stretch (ms after navigation) went, functions by self and by total time
  if (opt('span')) {
    const [from, to] = opt('span')!.split(',').map(Number);
    const b = trace.breakdown(t0 + from * 1000, t0 + to * 1000, Number(opt('rows') ?? 25), Number(opt('rows') ?? 60));
    console.log(`${from}–${to} ms after navigation (${b.samples} samples)\n${b.text}`);
    return;
  }
  console.log(`first item at ${ms(item).trim()} ms after navigation start (traced: slower than untraced)`);
  for (const r of trace.requests().filter((x) => x.sent <= item).sort((a, b) => a.sent - b.sent)) {
    console.log(`  fetch ${ms(r.sent)} → ${r.response ? ms(r.response) : '    ?'} → ${r.done ? ms(r.done) : '    ?'}  ${r.url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/_next\/static\//, '')}`);
  }
  const min = Number(opt('min') ?? 4) * 1000;
  const tasks = trace.tasksOver(min).filter((x) => x.ts <= item).sort((a, b) => a.ts - b.ts);
  const busy = trace.tasksOver(0).filter((x) => x.ts <= item && x.ts >= t0).reduce((n, x) => n + Math.min(x.dur!, item - x.ts), 0);
  console.log(`main thread busy ${(busy / 1000).toFixed(0)} ms of ${((item - t0) / 1000).toFixed(0)}; tasks over ${min / 1000} ms:`);
  const KINDS = new Set(['EvaluateScript', 'v8.compile', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'ParseHTML', 'EventDispatch', 'RunMicrotasks', 'Layout', 'UpdateLayoutTree', 'Paint', 'HandlePostMessage', 'XHRReadyStateChange', 'ResourceReceivedData']);
  for (const x of tasks) {
    const kinds = new Map<string, number>();
    for (const e of trace.within(KINDS, x.ts, x.ts + x.dur!)) {
      const d = e.args?.data as { url?: string; functionName?: string } | undefined;
      const what = `${e.name}${d?.url ? ` ${d.url.split('/').pop()}` : ''}`;
      kinds.set(what, (kinds.get(what) ?? 0) + (e.dur ?? 0));
    }
    const top = [...kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, d]) => `${k} ${(d / 1000).toFixed(0)}`).join(', ');
    const b = trace.breakdown(x.ts, x.ts + x.dur!, Number(opt('rows') ?? 5), 0);
    console.log(`\n  ${ms(x.ts)} ms  task ${(x.dur! / 1000).toFixed(0).padStart(4)} ms  ${top}`);
    console.log(b.text.split('\n').filter((l) => /%/.test(l)).map((l) => `    ${l.trim()}`).join('\n'));
  }
}

/**
 * --mobile --profile: a list row tapped → its quote, traced: every main-thread task over 2 ms between the tap
 * (pointerdown) and the quote on screen, in order, the gaps between them, and what the longest do.
 */
async function printTap(buf: Buffer): Promise<void> {
  const trace = await readTrace(buf, 'bench:tap');
  if (!trace) return console.log('tap profile: no renderer main thread with the tap in the trace');
  const tap = trace.at('bench:tap')!;
  const quote = trace.at('bench:quote');
  const end = quote ?? tap + 5_000_000;
  const tasks = trace.tasksOver(2_000).filter((x) => x.ts + x.dur! >= tap && x.ts <= end).sort((a, b) => a.ts - b.ts);
  const ms = (us: number) => (us / 1000).toFixed(0);
  const busy = tasks.reduce((n, x) => n + Math.min(x.ts + x.dur!, end) - Math.max(x.ts, tap), 0);
  console.log(`\ntap → quote traced: ${quote ? `${ms(quote - tap)} ms` : 'no quote mark'}; ${tasks.length} tasks over 2 ms in it, ${ms(busy)} ms busy`);
  for (const x of tasks) console.log(`  +${ms(x.ts - tap).padStart(5)} ms  task ${ms(x.dur!).padStart(4)} ms`);
  // the longest (at most 8; --all: every one), in their order
  const longest = new Set(flag('all') ? tasks : [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, 8));
  for (const x of tasks.filter((t) => longest.has(t))) {
    const b = trace.breakdown(x.ts, x.ts + x.dur!, Number(opt('rows') ?? 8), Number(opt('rows') ?? 22));
    console.log(`\n  task of ${ms(x.dur!)} ms at +${ms(x.ts - tap)} ms (${b.samples} samples)\n${b.text}`);
  }
}

/**
 * --autogroup-nice N (Linux): the browser's and the servers' scheduling weight against the machine's other work. The
 * kernel shares the CPU between sessions (autogroups) before it looks at a process's own nice, and the browser and
 * the servers run in sessions of their own: on a machine loaded by other sessions a load's time is mostly the time it
 * waits for a core. Every process this bench started is given this autogroup nice (re-applied twice a second, as
 * processes start); the app, the compared build and the bare page alike. Best effort: nothing happens where the
 * kernel has no autogroups or refuses.
 */
function keepAutogroupNice(nice: number): void {
  const descendants = (): number[] => {
    const parent = new Map<number, number>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        // pid (comm) state ppid …: the command may hold spaces and parentheses
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // gone meanwhile
      }
    }
    const mine = new Set([process.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, pp] of parent) {
        if (mine.has(pid) || !mine.has(pp)) continue;
        mine.add(pid);
        grew = true;
      }
    }
    return [...mine];
  };
  const apply = () => {
    for (const pid of descendants()) {
      try {
        writeFileSync(`/proc/${pid}/autogroup`, String(nice));
      } catch {
        // no autogroups, not allowed, or gone
      }
    }
  };
  apply();
  setInterval(apply, 500).unref();
}

/**
 * --first-item N: the first timeline item alone, N rounds of cold loads (a new browser context each: nothing cached),
 * the app, the --compare-site build (if any) and the bare page in turn (the order rotated each round), each with the
 * renderer's main-thread and process CPU time up to its first item and the load average; medians and the app/bare
 * ratio of each round (the app and the bare page of the same round).
 */
async function firstItemRounds(browser: import('@playwright/test').Browser, rounds: number, list = false): Promise<void> {
  type Kind = 'app' | 'compare' | 'bare';
  const url: Record<Kind, string> = {
    app: `http://127.0.0.1:${PORT}/`,
    compare: `http://127.0.0.1:${PORT + 1}/`,
    bare: `http://127.0.0.1:${PORT}/bare/`,
  };
  // (--first-row: a phone's list, which the bare page has not)
  const kinds: Kind[] = (compareSite ? ['app', 'compare', 'bare'] : ['app', 'bare']).filter((k) => !list || k !== 'bare') as Kind[];
  const got: Record<Kind, { item: number; net: number; thread: number; process: number; load: number; longest: number; sum: number }[]> = { app: [], compare: [], bare: [] };
  const ratios: Record<Kind, number[]> = { app: [], compare: [], bare: [] };
  // (--profile: a round 0 first, not counted: each page's load traced)
  for (let r = flag('profile') ? -1 : 0; r < rounds; r++) {
    const order = r < 0 ? kinds : kinds.map((_, i) => kinds[(i + r) % kinds.length]);
    const round: Partial<Record<Kind, number>> = {};
    for (const kind of order) {
      const ctx = await browser.newContext({ ...(MOBILE ? PHONE : { viewport: { width: 1280, height: 800 } }), timezoneId: 'UTC', locale: 'en-GB' });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      if (MOBILE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
      await cdp.send('Performance.enable');
      const metric = async () => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        const m = new Map(metrics.map((x) => [x.name, x.value]));
        return { thread: (m.get('ThreadTime') ?? NaN) * 1000, process: (m.get('ProcessTime') ?? NaN) * 1000 };
      };
      const cpu0 = await metric();
      await page.addInitScript(INSTRUMENT);
      const load = loadavg()[0];
      // a phone's chart: its first timeline item is `/?chart=1`'s (its first view is a list)
      // (--profile: round 0's loads traced, kept in the files --profile names)
      const traced = r < 0;
      if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(MOBILE && kind !== 'bare' && !list ? `${url[kind]}?chart=1` : url[kind]);
      const key = list ? 'row' : 'item';
      await page.waitForFunction((k) => (window as unknown as { __bench?: Record<string, number | null> }).__bench?.[k] != null, key, { timeout: 120_000, polling: 'raf' });
      const after = await metric();
      if (traced) {
        await page.waitForTimeout(300);
        const trace = await browser.stopTracing();
        const file = opt('profile') && !opt('profile')!.startsWith('--') ? resolve(`${opt('profile')!.replace(/\.json$/, '')}-${kind}.json`) : join(tmpdir(), `parley-bench-browser-trace-${kind}.json`);
        writeFileSync(file, trace);
        console.log(`trace of ${kind}'s first load: ${file}`);
      }
      const item = await page.evaluate((k) => (window as unknown as { __bench: Record<string, number> }).__bench[k], key);
      // the longest task before the row or item, and the sum of the long tasks
      const before = kind !== 'bare'
        ? await page.evaluate((at) => {
            const ts = (window as unknown as { __bench: { longtasks: [number, number][] } }).__bench.longtasks.filter(([s]) => s < at);
            return { longest: Math.max(0, ...ts.map(([, d]) => d)), sum: ts.reduce((n, [, d]) => n + d, 0) };
          }, item)
        : null;
      if (traced) {
        console.log(`  (traced: ${kind} ${item.toFixed(0)} ms)`);
        await ctx.close();
        continue;
      }
      // the first network draw too, on a wide screen (a phone's chart has its network in another tab): after the item
      let net = NaN;
      if (!MOBILE) {
        await page
          .waitForFunction(() => (window as unknown as { __bench: { net: number | null } }).__bench.net != null, undefined, { timeout: 60_000, polling: 100 })
          .then(async () => (net = await page.evaluate(() => (window as unknown as { __bench: { net: number } }).__bench.net)))
          .catch(() => undefined);
      }
      got[kind].push({ item, net, thread: after.thread - cpu0.thread, process: after.process - cpu0.process, load, longest: before?.longest ?? NaN, sum: before?.sum ?? NaN });
      round[kind] = item;
      await ctx.close();
    }
    if (r < 0) continue;
    const line = kinds.map((k) => `${k} ${round[k]!.toFixed(0)} ms${MOBILE ? '' : ` (network ${got[k][got[k].length - 1].net.toFixed(0)})`}`).join(', ');
    if (list) {
      const lt = kinds.map((k) => `${k} ${got[k][got[k].length - 1].longest.toFixed(0)}`).join(', ');
      console.log(`round ${r + 1}: ${line}; longest task before the row: ${lt}${compareSite ? `; app − compare ${(round.app! - round.compare!).toFixed(0)} ms` : ''}; load ${loadavg()[0].toFixed(1)}`);
      continue;
    }
    for (const k of kinds) if (k !== 'bare') ratios[k].push(round[k]! / round.bare!);
    console.log(`round ${r + 1}: ${line}; ${kinds.filter((k) => k !== 'bare').map((k) => `${k}/bare ×${(round[k]! / round.bare!).toFixed(2)}`).join(', ')}; load ${loadavg()[0].toFixed(1)}`);
  }
  const med = (xs: number[]) => pct(xs, 50);
  console.log(
    list
      ? `\nfirst list row, ${rounds} rounds of cold loads (median; min–max) — a phone, CPU ×4, at /:`
      : `\nfirst timeline item, ${rounds} rounds of cold loads (median; min–max)${MOBILE ? ' — a phone, CPU ×4, the app at /?chart=1' : ''}:`,
  );
  for (const k of kinds) {
    const xs = got[k];
    const span = (f: (x: (typeof xs)[number]) => number) => `${med(xs.map(f)).toFixed(0)} (${Math.min(...xs.map(f)).toFixed(0)}–${Math.max(...xs.map(f)).toFixed(0)})`;
    console.log(
      `  ${k.padEnd(8)} ${list ? 'row' : 'item'} ${span((x) => x.item)} ms;${MOBILE ? '' : ` network ${span((x) => x.net)} ms;`} main thread CPU ${span((x) => x.thread)} ms;${k !== 'bare' ? ` longest task before the ${list ? 'row' : 'item'} ${span((x) => x.longest)} ms, long tasks' sum ${span((x) => x.sum)} ms;` : ''} renderer CPU ${span((x) => x.process)} ms; load ${span((x) => x.load)}${k === 'bare' || list ? '' : `; ×bare ${med(ratios[k]).toFixed(2)} (${Math.min(...ratios[k]).toFixed(2)}–${Math.max(...ratios[k]).toFixed(2)})`}`,
    );
  }
}

/** --taps: a fresh load of the phone's `/`, its list's third row tapped → its quote (ms); `held`: every quote file answered once the tap began. */
async function tapOnce(ctx: import('@playwright/test').BrowserContext, base: string, held: boolean): Promise<number | null> {
  const page = await ctx.newPage();
  await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
  if (held) {
    let tapped = () => {};
    const began = new Promise<void>((r) => (tapped = r));
    await page.exposeFunction('__benchTapped', () => tapped());
    await page.route('**/data/events/*.json', async (route) => {
      await began;
      await route.continue();
    });
  }
  await load(page, base, 'row');
  await page.evaluate(() => ((window as unknown as { __bench: { down: number } }).__bench.down = 0));
  const row = page.locator('[data-testid="window-events"] li button').nth(2);
  await row.scrollIntoViewIfNeeded();
  await row.tap();
  const t = await untilQuote(page);
  await page.close();
  return t;
}

async function tapRounds(browser: import('@playwright/test').Browser, rounds: number): Promise<void> {
  type Kind = 'app' | 'compare';
  const url: Record<Kind, string> = { app: `http://127.0.0.1:${PORT}/`, compare: `http://127.0.0.1:${PORT + 1}/` };
  const kinds: Kind[] = ['app', 'compare'];
  const got: Record<Kind, { warm: number[]; held: number[] }> = { app: { warm: [], held: [] }, compare: { warm: [], held: [] } };
  const loads: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...kinds].reverse() : kinds;
    const line: string[] = [];
    const load0 = loadavg()[0];
    for (const kind of order) {
      const ctx = await browser.newContext({ ...PHONE, timezoneId: 'UTC', locale: 'en-GB' });
      const warm = await tapOnce(ctx, url[kind], false);
      const held = await tapOnce(ctx, url[kind], true);
      await ctx.close();
      if (warm !== null) got[kind].warm.push(warm);
      if (held !== null) got[kind].held.push(held);
      line.push(`${kind} warm ${warm?.toFixed(0) ?? '—'} held ${held?.toFixed(0) ?? '—'}`);
    }
    loads.push(load0, loadavg()[0]);
    console.log(`round ${r + 1}: ${line.join(', ')}; load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
  }
  const span = (xs: number[]) => `${pct(xs, 50).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`\na list row's tap → its quote, ${rounds} rounds (median; min–max) — a phone, CPU ×4; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}:`);
  for (const k of kinds) console.log(`  ${k.padEnd(8)} warm ${span(got[k].warm)} ms; held ${span(got[k].held)} ms`);
}

async function main() {
  if (opt('analyze')) {
    site = resolve(opt('site') ?? 'out');
    const buf = readFileSync(opt('analyze')!);
    return flag('tap') ? printTap(buf) : flag('before') ? printBefore(buf) : printProfile(buf);
  }
  await prepare();
  if (opt('autogroup-nice')) keepAutogroupNice(Number(opt('autogroup-nice')));
  const server: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts', site, String(PORT)], { stdio: 'ignore', detached: true });
  const compareServer: ChildProcess | null = compareSite ? spawn('npx', ['tsx', 'scripts/serve.ts', compareSite, String(PORT + 1)], { stdio: 'ignore', detached: true }) : null;
  try {
    for (const port of compareServer ? [PORT, PORT + 1] : [PORT]) {
      for (let i = 0; i < 100; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
        } catch {
          // not up yet
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const exe = findChromium() ?? '/usr/bin/chromium';
    const browser = await chromium.launch({
      executablePath: exe,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    if (opt('taps')) {
      if (!MOBILE || !compareSite) throw new Error('--taps needs --mobile and --compare-site');
      await tapRounds(browser, Number(opt('taps')));
      await browser.close();
      return;
    }
    if (opt('first-item') || opt('first-row')) {
      await firstItemRounds(browser, Number(opt('first-item') ?? opt('first-row')), !!opt('first-row'));
      await browser.close();
      return;
    }
    const ctx = await browser.newContext({ ...(MOBILE ? PHONE : { viewport: { width: 1280, height: 800 } }), timezoneId: 'UTC', locale: 'en-GB' });
    const newPage = async () => {
      const p = await ctx.newPage();
      // (the session stays open with the page: its emulation ends with it)
      if (MOBILE) await (await ctx.newCDPSession(p)).send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
      return p;
    };
    if (MOBILE) console.log(`a phone: ${PHONE.viewport.width} × ${PHONE.viewport.height} at ${PHONE.deviceScaleFactor}×, touch, CPU slowed ${PHONE_CPU_SLOWDOWN}×`);
    const app = await (MOBILE ? measurePhone : measureApp)(newPage);
    const barePage = await measureBare(newPage);
    await browser.close();

    const index = existsSync(join(dataDir, 'index.json')) ? readFileSync(join(dataDir, 'index.json')) : null;
    // (the explorer never fetches dataset.json; it is the published open-data file)
    const full = readFileSync(join(dataDir, 'dataset.json'));
    const { gzipSync } = await import('node:zlib');
    const kb = (b: Buffer) => `${(b.length / 1024).toFixed(0)} kB (${(gzipSync(b).length / 1024).toFixed(0)} kB gz)`;
    const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : `${v.toFixed(0)} ms`);
    const ms1 = (v: number) => (Number.isNaN(v) ? '—' : `${v.toFixed(1)} ms`);
    const ratio = (a: number | null, b: number | null) => (a === null || b === null || !b || Number.isNaN(a) || Number.isNaN(b) ? '' : `  ×${(a / b).toFixed(2)}`);
    const meta = JSON.parse(full.toString('utf8')) as { documents: unknown[]; events: unknown[]; actors: unknown[]; edges: unknown[] };
    console.log(`\nbench:browser — ${meta.documents.length} documents, ${meta.events.length} events, ${meta.actors.length} actors, ${meta.edges.length} edges`);
    console.log(`data: dataset.json ${kb(full)}${index ? `, index.json ${kb(index)}` : ''}`);
    // the paged index (lib/data/pages.ts): the head above, a page per month; what the first view reads
    const head = index ? (JSON.parse(index.toString('utf8')) as { pages?: { key: string }[]; first?: { pages: string[] } | null }) : null;
    if (head?.pages) {
      const gz = (keys: string[]) => keys.reduce((n, k) => n + gzipSync(readFileSync(join(dataDir, pagePath(k)))).length, 0) / 1024;
      const first = head.first?.pages ?? [];
      console.log(
        `index pages: ${head.pages.length}, ${gz(head.pages.map((p) => p.key)).toFixed(0)} kB gz in all; the first view reads the head + ${first.length} pages: ${(gzipSync(index!).length / 1024 + gz(first)).toFixed(0)} kB gz`,
      );
    }
    console.log(`timeline items in the DOM after load: app ${app.timelineItems}, bare ${barePage.timelineItems} (bare draws ${bare.items.length} items, ${bare.elements.length} network elements)`);
    const row = (label: string, a: string, b: string, r: string) => console.log(`${label.padEnd(34)} ${a.padStart(16)} ${b.padStart(16)} ${r}`);
    row('', 'app', 'bare', 'app/bare');
    if (app.chartItem !== undefined) {
      row('navigation → first list row', ms(app.item), '—', '(a phone’s first view: the window’s events as a list)');
      row('navigation → first timeline item', ms(app.chartItem), ms(barePage.item), `${ratio(app.chartItem, barePage.item)}  (the app: /?chart=1)`);
    } else row('navigation → first timeline item', ms(app.item), ms(barePage.item), ratio(app.item, barePage.item));
    row('navigation → first network draw', ms(app.net), ms(barePage.net), ratio(app.net, barePage.net));
    row('navigation → whole index in', ms(app.whole), '—', '(the first view until then; polled every 100 ms)');
    row('longest task during load', ms(app.longest), ms(barePage.longest), ratio(app.longest, barePage.longest));
    row('longest task after first item', ms(app.longestAfterItem), ms(barePage.longestAfterItem), ratio(app.longestAfterItem, barePage.longestAfterItem));
    if (MOBILE) {
      row('tap a list row → its quote', ms(app.clickQuote), '—', '(the page rested 1.5 s: what it fetched ahead is in)');
      row('  … its quotes’ file held until the tap', ms(app.tapQuoteHeld ?? null), '—', '(every events/*.json answered once the tap began)');
    } else {
      row('click an event → its quote', ms(app.clickQuote), '—', '(quotes not fetched before the click)');
      row('  … after a 200 ms hover', ms(app.clickQuoteHovered), '—', '(fetched while hovered)');
    }
    row('timeline zoom frame p50 / p95', `${ms1(app.zoom[0])} / ${ms1(app.zoom[1])}`, `${ms1(barePage.zoom[0])} / ${ms1(barePage.zoom[1])}`, `${ratio(app.zoom[0], barePage.zoom[0])}${ratio(app.zoom[1], barePage.zoom[1])}`);
    row('timeline pan frame p50 / p95', `${ms1(app.pan[0])} / ${ms1(app.pan[1])}`, `${ms1(barePage.pan[0])} / ${ms1(barePage.pan[1])}`, `${ratio(app.pan[0], barePage.pan[0])}${ratio(app.pan[1], barePage.pan[1])}`);
    row('network follows timeline: release →', ms(app.follow), '—', '(drag released → the network’s elements changed)');
    row('JS heap after load + gestures', `${app.heap.toFixed(0)} MB`, `${barePage.heap.toFixed(0)} MB`, ratio(app.heap, barePage.heap));
  } finally {
    // the servers run in their own process groups (npx → tsx → node): end each whole group
    for (const srv of compareServer ? [server, compareServer] : [server]) {
      try {
        process.kill(-srv.pid!);
      } catch {
        srv.kill();
      }
    }
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
