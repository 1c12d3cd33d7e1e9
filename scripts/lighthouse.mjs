/**
 * Lighthouse on the static export, as a reader's phone and laptop would load it:
 *   npm run lighthouse [-- --site out] [--path /] [--runs 3] [--port 4390] [--json FILE] [--breakdown] [--form mobile|desktop] [--save DIR]
 *   npm run lighthouse -- --pages   (accessibility alone, on every kind of page: the explorer, its table
 *                                    view, an event, an actor and a document page; mobile and desktop)
 *   npm run lighthouse -- --cpu     (an estimate of the total blocking time that a busy machine does not
 *                                    inflate: each main-thread task's thread CPU time, ×4 for the phone)
 * --breakdown also prints, for the median run, the LCP element and its phases,
 * the scripts by CPU time, the main thread by kind of work and the long tasks.
 * Serves the export gzipped (scripts/serve.ts --gzip, as static hosts send it),
 * runs Lighthouse's mobile preset (throttled 4× CPU, slow 4G) and its desktop
 * preset `runs` times each in Debian's Chromium, and prints the median of each
 * category's score beside the issue's targets (mobile performance ≥ 90, desktop
 * ≥ 95, accessibility 100), the metrics behind the performance score and every
 * accessibility audit that failed. Figures, not a test: it exits 0 whatever
 * the scores, 1 only when it could not run. Build first (`npm run build`).
 * Performance scores depend on the machine's load: run it on a quiet machine.
 * Plain JavaScript run by node, not tsx: Lighthouse sends functions to the page
 * as source text, and tsx's helpers (`__name`) do not exist there.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const TARGETS = {
  mobile: { performance: 90, accessibility: 100 },
  desktop: { performance: 95, accessibility: 100 },
};
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function waitForServer(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the static server did not answer at ${url} within ${ms / 1000} s`);
}

async function audit(url, port, form) {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
    form === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error('Lighthouse returned no result');
  const lhr = result.lhr;
  if (saveDir) writeFileSync(resolve(saveDir, `lhr-${form}-${++saved}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = {};
  for (const [id, c] of Object.entries(lhr.categories)) scores[id] = Math.round((c.score ?? 0) * 100);
  const metrics = {};
  for (const m of METRICS) metrics[m] = lhr.audits[m]?.displayValue ?? '—';
  const failed = (lhr.categories.accessibility?.auditRefs ?? [])
    .map((r) => lhr.audits[r.id])
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => {
      const items = (a.details?.items ?? []).slice(0, 3);
      return `${a.id}: ${a.title}${items.length ? ` — ${items.map((i) => i.node?.snippet ?? '').join(' ')}` : ''}`;
    });
  return { scores, metrics, failed, breakdown: breakdown(lhr) };
}

/**
 * Where the main thread's time goes in one run: the largest contentful paint's
 * element and its phases, the scripts by CPU time (bootup-time: evaluate,
 * parse/compile), the main thread by kind of work, and the long tasks by script.
 */
function breakdown(lhr) {
  const a = lhr.audits;
  const ms = (v) => `${Math.round(v ?? 0)} ms`;
  const short = (url) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '') || '(page)';
  const lines = [];
  const lcp = (a['largest-contentful-paint-element']?.details?.items ?? []);
  const el = lcp[0]?.items?.[0]?.node;
  if (el) lines.push(`LCP element: ${el.nodeLabel ?? ''} — ${String(el.snippet ?? '').slice(0, 120)}`);
  const phases = lcp[1]?.items;
  if (phases) lines.push(`LCP phases: ${phases.map((p) => `${p.phase} ${ms(p.timing)}`).join(' · ')}`);
  const boot = (a['bootup-time']?.details?.items ?? []).slice(0, 6);
  if (boot.length) lines.push(`scripts (CPU): ${boot.map((i) => `${short(i.url)} ${ms(i.total)} (eval ${ms(i.scripting)}, parse ${ms(i.scriptParseCompile)})`).join(' · ')}`);
  const work = (a['mainthread-work-breakdown']?.details?.items ?? []).slice(0, 6);
  if (work.length) lines.push(`main thread: ${work.map((i) => `${i.groupLabel ?? i.group} ${ms(i.duration)}`).join(' · ')}`);
  const tasks = (a['long-tasks']?.details?.items ?? []).slice(0, 8);
  if (tasks.length) lines.push(`long tasks: ${tasks.map((t) => `${short(t.url)} @${ms(t.startTime)} ${ms(t.duration)}`).join(' · ')}`);
  return lines;
}

let breakdownWanted = false;
/** --save DIR: every run's whole Lighthouse report (JSON) goes there */
let saveDir = '';
let saved = 0;

/** The explorer, its table view and the first event, actor and document page the export holds. */
function everyKindOfPage(site) {
  const first = (dir) => {
    const d = resolve(site, dir);
    const names = existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
    return names.length ? [`/${dir}/${names[0]}/`] : [];
  };
  return ['/', '/?view=table', ...first('events'), ...first('actors'), ...first('documents')];
}

/** --pages: the accessibility score of every kind of page, as a phone and as a laptop (one run each: it does not vary). */
async function accessibilityOfPages(site, port, chromePath) {
  const paths = everyKindOfPage(site);
  let all100 = true;
  console.log(`Lighthouse 12 accessibility on every kind of page of ${site} (target 100)`);
  for (const path of paths) {
    const row = [];
    for (const form of ['mobile', 'desktop']) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
      try {
        const result = await lighthouse(
          `http://127.0.0.1:${port}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] },
          form === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        const score = Math.round((lhr.categories.accessibility.score ?? 0) * 100);
        if (score < 100) all100 = false;
        const failed = lhr.categories.accessibility.auditRefs
          .map((r) => lhr.audits[r.id])
          .filter((a) => a && a.score !== null && a.score < 1)
          .map((a) => `${a.id} (${(a.details?.items ?? []).slice(0, 2).map((i) => i.node?.snippet ?? '').join(' ')})`);
        row.push(`${form} ${score}${failed.length ? ` — failed: ${failed.join('; ').slice(0, 300)}` : ''}`);
      } finally {
        await chrome.kill();
      }
    }
    console.log(`  ${path}: ${row.join(' · ')}`);
  }
  console.log(`  every page 100: ${all100 ? 'yes' : 'NO'}`);
}

/**
 * --cpu: Lighthouse's mobile score loads the page unthrottled and simulates a 4× slower CPU by stretching
 * each main-thread task; its total blocking time sums every task's excess over 50 ms after the first
 * paint. On a shared machine the tasks' wall time grows with the load; their THREAD time (the trace's
 * `tdur`) does not. This sums that instead (×4 on the phone, ×1 on the laptop), over a trace of the load
 * and the next 5 s, and names what ran in the long tasks (scripts evaluated or called, layout, paint).
 */
async function cpuEstimate(url, form, runs, chromePath) {
  const mult = form === 'mobile' ? 4 : 1;
  const browser = await chromium.launch({ executablePath: chromePath ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const results = [];
  try {
    for (let r = 0; r < runs; r++) {
      const phone = form === 'mobile';
      const ctx = await browser.newContext(phone ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } : { viewport: { width: 1350, height: 940 } });
      const page = await ctx.newPage();
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'v8.execute'] });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(5000);
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      await ctx.close();
      const fcpEvents = events.filter((e) => e.name === 'firstContentfulPaint');
      const pids = new Set(fcpEvents.map((e) => e.pid));
      const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain' && pids.has(e.pid));
      if (!main) throw new Error('no first paint in the trace');
      const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.tdur !== undefined).sort((a, b) => a.ts - b.ts);
      const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? mine[0].ts;
      const fcp = fcpEvents.find((e) => e.pid === main.pid).ts;
      let tbt = 0;
      const long = [];
      for (const t of mine) {
        if (t.name !== 'RunTask' || t.ts < fcp) continue;
        const ms = (t.tdur / 1000) * mult;
        if (ms <= 50) continue;
        tbt += ms - 50;
        const kinds = {};
        for (const c of mine) {
          if (c === t || c.ts < t.ts || c.ts >= t.ts + t.dur) continue;
          const file = (c.args?.data?.url ?? '').split('/').pop() || '(page)';
          const k = c.name === 'EvaluateScript' ? `evaluate ${file}` : c.name === 'FunctionCall' ? `call ${file}` : ['Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'MajorGC', 'MinorGC'].includes(c.name) ? c.name : null;
          if (k) kinds[k] = (kinds[k] ?? 0) + (c.tdur / 1000) * mult;
        }
        const what = Object.entries(kinds).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
        long.push(`@${Math.round((t.ts - nav) / 1000)} ms ${Math.round(ms)} ms (${what})`);
      }
      results.push({ tbt, long });
    }
  } finally {
    await browser.close();
  }
  const sorted = [...results].sort((a, b) => a.tbt - b.tbt);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  console.log(`  ${form}: estimated total blocking time ${Math.round(mid.tbt)} ms, median of ${runs} (${results.map((r) => Math.round(r.tbt)).join(', ')}); CPU ×${mult}`);
  for (const l of mid.long) console.log(`    long task ${l}`);
}

async function main() {
  const site = resolve(arg('site', 'out'));
  const path = arg('path', '/');
  const runs = Math.max(1, Number(arg('runs', '3')));
  const port = Number(arg('port', '4390'));
  const jsonOut = arg('json', '');
  breakdownWanted = process.argv.includes('--breakdown');
  saveDir = arg('save', '');
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  const forms = arg('form', 'mobile,desktop').split(',').filter((f) => f === 'mobile' || f === 'desktop');
  if (!existsSync(site)) {
    console.error(`lighthouse: ${site} does not exist; run "npm run build" first`);
    process.exit(1);
  }
  // CHROMIUM_PATH as for the browser tests, else chrome-launcher's own search (chromium, google-chrome… on PATH)
  const chromePath = process.env.CHROMIUM_PATH || undefined;
  const server = spawn('npx', ['tsx', 'scripts/serve.ts', site, String(port), '--gzip'], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}${path}`;
  const all = { mobile: [], desktop: [] };
  if (process.argv.includes('--pages') || process.argv.includes('--cpu')) {
    try {
      await waitForServer(url, 30_000);
      if (process.argv.includes('--pages')) await accessibilityOfPages(site, port, chromePath);
      else {
        console.log(`Main-thread CPU on ${url} (${site}), the blocking time Lighthouse would simulate, from thread time (load-independent)`);
        for (const form of forms) await cpuEstimate(url, form, runs, chromePath);
      }
    } finally {
      stop();
    }
    return;
  }
  try {
    await waitForServer(url, 30_000);
    for (const form of forms) {
      for (let i = 0; i < runs; i++) {
        // a fresh browser per run: no cache or storage carried between runs
        const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
        try {
          all[form].push(await audit(url, chrome.port, form));
        } finally {
          await chrome.kill();
        }
      }
    }
  } finally {
    stop();
  }
  console.log(`Lighthouse 12 on ${url} (${site}), median of ${runs} run(s) per form factor, served gzipped`);
  const summary = {};
  for (const form of forms) {
    const rs = all[form];
    const ids = Object.keys(rs[0].scores);
    const med = Object.fromEntries(ids.map((id) => [id, median(rs.map((r) => r.scores[id]))]));
    const parts = ids.map((id) => {
      const t = TARGETS[form][id];
      const runsText = rs.length > 1 ? ` (${rs.map((r) => r.scores[id]).join(', ')})` : '';
      return `${id} ${med[id]}${runsText}${t !== undefined ? ` [target ≥ ${t}: ${med[id] >= t ? 'met' : 'missed'}]` : ''}`;
    });
    console.log(`  ${form}: ${parts.join(' · ')}`);
    // the metrics of the run whose performance score is the median one
    const mid = [...rs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((rs.length - 1) / 2)];
    console.log(`    ${Object.entries(mid.metrics).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
    if (breakdownWanted) for (const line of mid.breakdown) console.log(`    ${line}`);
    const failed = [...new Set(rs.flatMap((r) => r.failed))];
    for (const f of failed) console.log(`    accessibility audit failed: ${f.slice(0, 400)}`);
    summary[form] = { median: med, runs: rs };
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(summary, null, 2) + '\n');
}

main().catch((e) => {
  console.error(`lighthouse: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
