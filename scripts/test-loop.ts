/**
 * npm run test:loop — drives the REAL editor's loop (`npm run dev` in a
 * scratch copy of the project under /tmp, with a Chromium page open on it)
 * through the faults of the file system and of editors:
 *   a folder named like a document · a storm of 300 files created and deleted
 *   during a recompile · rename-style saves (sed -i, write-then-move),
 *   in-place writes and delete-and-create of a document and of actors.yaml ·
 *   a link out of the project · a start with a broken file · SIGTERM.
 * After each: the server answers 200, the last good dataset is served, the
 * next good save shows on the open page (its time printed against the
 * LOOP_BUDGET_MS aim, 2000; a figure, not a pass/fail condition), and
 * after each stop no process is left. Prints every save → page time.
 *   LOOP_PORT (3138) · LOOP_BUDGET_MS (2000) · LOOP_KEEP=1 keeps the scratch copy
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from './chromium-path';

const repo = process.cwd();
const PORT = Number(process.env.LOOP_PORT ?? 3138);
const BUDGET = Number(process.env.LOOP_BUDGET_MS ?? 2000);
const STARTUP_MS = 300_000;
const base = `http://localhost:${PORT}`;
const scratch = mkdtempSync(join(tmpdir(), 'parley-loop-'));
const docs = join(scratch, 'data', 'documents');

const failures: string[] = [];
const timings: { step: string; version: number; page: number; compile: number | null }[] = [];
/** the compile time the dev loop printed last ("recompiled in N ms") */
const lastCompileMs = () => Number([...devLog.matchAll(/recompiled in (\d+) ms/g)].pop()?.[1] ?? NaN) || null;
const log = (s: string) => console.log(`[loop] ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function check(ok: boolean, what: string): void {
  if (ok) log(`  ✓ ${what}`);
  else {
    log(`  ✗ ${what}`);
    failures.push(what);
  }
}

async function until<T>(f: () => Promise<T | null | undefined | false> | T | null | undefined | false, ms: number, every = 25): Promise<T | null> {
  const t0 = Date.now();
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() - t0 > ms) return null;
    await sleep(every);
  }
}

// ---------- the scratch project ----------

function makeScratch(): void {
  for (const f of ['app', 'components', 'lib', 'data', 'scripts', 'public', 'next.config.js', 'tsconfig.json', 'package.json', 'postcss.config.mjs', 'next-env.d.ts']) {
    if (!existsSync(join(repo, f))) continue;
    cpSync(join(repo, f), join(scratch, f), { recursive: true, filter: (src) => !src.startsWith(join(repo, 'public', 'data')) });
  }
  // Turbopack refuses a node_modules that is a link out of the project: hard links cost no copy
  const cp = spawnSync('cp', ['-al', join(repo, 'node_modules'), join(scratch, 'node_modules')]);
  if (cp.status !== 0) {
    log('hard links impossible here (another file system?): linking node_modules (Turbopack may refuse it)');
    symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'));
  }
}

// ---------- HTTP ----------

async function get(path: string): Promise<{ status: number; text: string }> {
  try {
    const r = await fetch(`${base}${path}`, { cache: 'no-store', signal: AbortSignal.timeout(30_000) });
    return { status: r.status, text: await r.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

async function version(): Promise<string | null> {
  const r = await get('/data/version.json');
  if (r.status !== 200) return null;
  try {
    return (JSON.parse(r.text) as { hash: string }).hash;
  } catch {
    return null;
  }
}

interface Ds {
  events: { id: string; evidence: { documentId: string }[] }[];
  actors: { id: string; name: string; role: string | null }[];
}
async function dataset(): Promise<Ds | null> {
  const r = await get('/data/dataset.json');
  try {
    return r.status === 200 ? (JSON.parse(r.text) as Ds) : null;
  } catch {
    return null;
  }
}

// ---------- the dev loop ----------

let dev: ChildProcess | null = null;
let devLog = '';

function startDev(): ChildProcess {
  devLog = '';
  const child = spawn('npm', ['run', 'dev', '--', '-p', String(PORT)], {
    cwd: scratch,
    detached: true, // our own handle on the tree, used only if the loop leaves something behind
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TZ: 'UTC', PORT: String(PORT) },
  });
  child.stdout!.on('data', (b: Buffer) => (devLog += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (devLog += b.toString()));
  return child;
}

/** Processes whose command line or working directory is in the scratch copy. */
function leftovers(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      let cwd = '';
      try {
        cwd = readlinkSync(`/proc/${pid}/cwd`);
      } catch {
        // not ours to read
      }
      if (cmd.includes(scratch) || cwd.startsWith(scratch)) found.push(`${pid}: ${cmd.slice(0, 120)}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

async function stopDev(step: string): Promise<void> {
  if (!dev) return;
  const child = dev;
  const exited = new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));
  const t0 = Date.now();
  child.kill('SIGTERM'); // to npm itself, as a terminal or a process manager would
  const code = await Promise.race([exited, sleep(20_000).then(() => 'timeout' as const)]);
  check(code !== 'timeout', `${step}: npm run dev exits on SIGTERM (${Date.now() - t0} ms)`);
  const rest = (await until(() => leftovers().length === 0, 10_000, 200)) ? [] : leftovers();
  check(rest.length === 0, `${step}: no process left behind${rest.length ? `: ${rest.join(' | ')}` : ''}`);
  // whatever is left (a failure above) is killed, so that the next steps test a fresh start
  for (const l of rest) {
    try {
      process.kill(Number(l.split(':')[0]), 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  const port = await until(async () => (await get('/')).status === 0, 5000, 200);
  check(!!port, `${step}: port ${PORT} is free again`);
  dev = null;
}

// ---------- the page ----------

let browser: Browser | null = null;
let page: Page | null = null;

async function openPage(): Promise<void> {
  if (!browser) {
    const exe = findChromium();
    if (!exe) throw new Error('no Chromium found (sudo apt-get install chromium, or set CHROMIUM_PATH)');
    browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  }
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/?view=table`, { timeout: STARTUP_MS });
  await page.getByTestId('events-table').waitFor({ timeout: STARTUP_MS });
}

async function pageHasEvent(id: string): Promise<boolean> {
  return (await page!.locator(`[data-event="${id}"]`).count()) > 0;
}

// ---------- saves ----------

let lastGood: string | null = null;
let year = 1990;

function article(y: number): string {
  return [
    '---',
    `title: "Loop test ${y}"`,
    'outlet: "Loop Wire"',
    'url: null',
    `published: ${y}-03-04`,
    'kind: article',
    '---',
    `Foreign Minister Ana Kovač of Croatia met her Slovenian counterpart Tanja Fajon in Zagreb on Monday, the two ministries said in ${y}.`,
    '',
  ].join('\n');
}

type How = 'write' | 'sed' | 'move' | 'delete-create';

function save(path: string, text: string, how: How, sedExpr?: string): void {
  if (how === 'write') writeFileSync(path, text);
  else if (how === 'move') {
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } else if (how === 'delete-create') {
    rmSync(path, { force: true });
    writeFileSync(path, text);
  } else {
    const r = spawnSync('sed', ['-i', sedExpr!, path]);
    if (r.status !== 0) throw new Error(`sed failed: ${r.stderr}`);
  }
}

/** A good save of a document; asserts its new event reaches the open page within the budget. */
async function goodDocumentSave(step: string, file: string, how: How): Promise<void> {
  const path = join(docs, file);
  const y = ++year;
  const before = await version();
  const t0 = performance.now();
  save(path, article(y), how, `s/[0-9]\\{4\\}/${y}/g`);
  const v = await until(async () => {
    const x = await version();
    return x && x !== before ? x : null;
  }, 30_000);
  const tVersion = performance.now() - t0;
  if (!v) return check(false, `${step}: version.json changes after a ${how} save (log:\n${devLog.slice(-2000)})`);
  const ds = await dataset();
  const id = file.replace(/\.md$/, '');
  const ev = ds?.events.find((e) => e.evidence.some((x) => x.documentId === id) && e.id.includes(String(y)));
  if (!ev) return check(false, `${step}: the dataset has the new event of ${file} (${y})`);
  const shown = await until(() => pageHasEvent(ev.id), 30_000);
  const tPage = performance.now() - t0;
  timings.push({ step, version: Math.round(tVersion), page: Math.round(tPage), compile: lastCompileMs() });
  // the time is a figure to print, not a pass/fail condition (a loaded machine is slower, not wrong)
  check(!!shown, `${step}: ${how} save → version.json ${Math.round(tVersion)} ms, event on the open page ${Math.round(tPage)} ms (${tPage <= BUDGET ? 'within' : 'OVER'} the ${BUDGET} ms aim)`);
  lastGood = v;
}

/** The site is up and serves the last good dataset; the dev loop is alive. */
async function healthy(step: string, settleMs = 1500): Promise<void> {
  await sleep(settleMs);
  const root = await get('/');
  check(root.status === 200, `${step}: GET / answers 200 (got ${root.status})`);
  const rep = await get('/report/');
  check(rep.status === 200, `${step}: GET /report/ answers 200 (got ${rep.status})`);
  const v = await until(async () => ((await version()) === lastGood ? true : null), 20_000);
  check(!!v, `${step}: the last good dataset (${lastGood}) is served`);
  check(dev !== null && dev.exitCode === null, `${step}: npm run dev is still running`);
  check((await page!.getByTestId('events-table').count()) === 1, `${step}: the open page still shows the dataset`);
  check(!/^\s+at .+:\d+:\d+\)?$/m.test(devLog), `${step}: no stack trace in the terminal`);
}

async function banner(): Promise<string> {
  const b = page!.getByTestId('dev-status');
  return (await b.count()) ? await b.innerText() : '';
}

// ---------- the run ----------

async function main(): Promise<void> {
  log(`scratch copy: ${scratch}`);
  makeScratch();
  dev = startDev();
  const up = await until(async () => (await get('/')).status === 200, STARTUP_MS, 500);
  if (!up) throw new Error(`npm run dev did not answer on port ${PORT}:\n${devLog.slice(-3000)}`);
  await openPage();
  lastGood = await version();
  log(`started; dataset ${lastGood}`);
  await goodDocumentSave('start', 'loop-doc.md', 'write');

  log('1. a folder named like a document');
  mkdirSync(join(docs, 'drafts.md'));
  writeFileSync(join(docs, 'drafts.md', 'inside.md'), article(1980));
  await healthy('folder drafts.md');
  await goodDocumentSave('after folder drafts.md', 'loop-doc.md', 'write');

  log('2. 300 files created and deleted during a recompile');
  writeFileSync(join(docs, 'loop-storm-trigger.md'), article(1970));
  await sleep(200); // the debounce has passed: the recompile is under way
  const storm = Array.from({ length: 300 }, (_, i) => join(docs, `storm-${i}.md`));
  // spread over a couple of seconds, so that several recompiles read the folder while files come and go
  for (let i = 0; i < storm.length; i++) {
    writeFileSync(storm[i], article(1900 + (i % 50)));
    if (i >= 10) unlinkSync(storm[i - 10]);
    if (i % 10 === 9) await sleep(60);
  }
  for (const f of storm.slice(-10)) unlinkSync(f);
  rmSync(join(docs, 'loop-storm-trigger.md'));
  await healthy('storm', 3000);
  await goodDocumentSave('after the storm', 'loop-doc.md', 'write');

  log('3. rename-style saves of a document, then in-place writes');
  await goodDocumentSave('document: sed -i', 'loop-doc.md', 'sed');
  await goodDocumentSave('document: in-place write after sed -i', 'loop-doc.md', 'write');
  await goodDocumentSave('document: write-then-move', 'loop-doc.md', 'move');
  await goodDocumentSave('document: in-place write after a move', 'loop-doc.md', 'write');
  await goodDocumentSave('document: delete and create', 'loop-doc.md', 'delete-create');
  await goodDocumentSave('document: in-place write after delete-and-create', 'loop-doc.md', 'write');
  await goodDocumentSave('a new document saved by move', 'loop-new.md', 'move');

  log('4. rename-style saves of actors.yaml, then in-place writes');
  const actorsPath = join(scratch, 'data', 'actors.yaml');
  const actors = readFileSync(actorsPath, 'utf8');
  const entry = (role: string) => `\n- id: ana-kovac\n  name: "Ana Kovač"\n  kind: person\n  affiliation: HR\n  role: "${role}"\n  aliases: ["Kovač"]\n`;
  for (const [how, role] of [
    ['move', 'Foreign Minister of Croatia (move)'],
    ['write', 'Foreign Minister of Croatia (in place after move)'],
    ['sed', 'Foreign Minister of Croatia (sed)'],
    ['write', 'Foreign Minister of Croatia (in place after sed)'],
  ] as [How, string][]) {
    const before = await version();
    // the open page reloads the explorer's index (it never fetches the full dataset.json)
    const got = page!.waitForResponse(async (r) => r.url().includes('/data/index.json') && r.status() === 200 && (await r.text()).includes(role), { timeout: 30_000 }).catch(() => null);
    const t0 = performance.now();
    save(actorsPath, actors + entry(role), how, `s/role: "Foreign Minister of Croatia ([^)]*)"/role: "${role}"/`);
    const v = await until(async () => {
      const x = await version();
      return x && x !== before ? x : null;
    }, 30_000);
    const tVersion = performance.now() - t0;
    const res = await got;
    const tPage = performance.now() - t0;
    const ds = await dataset();
    const kovac = ds?.actors.find((a) => a.id === 'ana-kovac');
    timings.push({ step: `actors.yaml ${how}`, version: Math.round(tVersion), page: Math.round(tPage), compile: lastCompileMs() });
    check(!!v && kovac?.role === role, `actors.yaml ${how}: the dataset has role "${role}"`);
    check(!!res, `actors.yaml ${how}: version.json ${Math.round(tVersion)} ms, the open page loaded it ${Math.round(tPage)} ms (${tPage <= BUDGET ? 'within' : 'OVER'} the ${BUDGET} ms aim)`);
    if (v) lastGood = v;
  }

  log('5. a link out of the project');
  symlinkSync('/etc/passwd', join(docs, 'leak.md'));
  await healthy('outward link');
  const ds = await get('/data/dataset.json');
  check(!ds.text.includes('root:'), 'outward link: nothing of its target is in the dataset');
  const b = await until(async () => ((await banner()).includes('leak.md') ? await banner() : null), 10_000);
  check(!!b && /outside the project/.test(b), `outward link: the page's banner names the problem${b ? ` ("${b.split('\n').find((l) => l.includes('leak.md'))?.slice(0, 100) ?? ''}")` : ''}`);
  unlinkSync(join(docs, 'leak.md'));
  await goodDocumentSave('after removing the link', 'loop-doc.md', 'write');
  check(!!(await until(async () => (await banner()) === '', 5000)), 'outward link: the banner is gone once fixed');

  log('6. SIGTERM');
  await stopDev('SIGTERM');

  log('7. a start with a broken file');
  writeFileSync(join(docs, 'broken.md'), 'no front matter here\n');
  dev = startDev();
  const up2 = await until(async () => (await get('/')).status === 200, STARTUP_MS, 500);
  check(!!up2, 'broken start: npm run dev starts although data/ has an error');
  await openPage();
  await healthy('broken start', 0);
  const b2 = await until(async () => ((await banner()).includes('broken.md') ? await banner() : null), 10_000);
  check(!!b2, 'broken start: the banner shows data/documents/broken.md');
  check(/broken\.md:1: has no front matter/.test(devLog), 'broken start: the terminal lists the problem');
  rmSync(join(docs, 'broken.md'));
  await goodDocumentSave('after fixing the broken file', 'loop-doc.md', 'write');

  log('8. SIGTERM again');
  await stopDev('final SIGTERM');
}

main()
  .catch((e: unknown) => {
    failures.push(e instanceof Error ? e.message : String(e));
    console.error(e);
  })
  .finally(async () => {
    await browser?.close().catch(() => {});
    if (dev) await stopDev('cleanup');
    if (timings.length) {
      const pages = timings.map((t) => t.page).sort((a, b) => a - b);
      const med = pages[Math.floor(pages.length / 2)];
      log(`save → page: median ${med} ms, max ${pages[pages.length - 1]} ms over ${pages.length} saves (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
      for (const t of timings) log(`  ${t.step}: compile ${t.compile ?? '?'} ms, version.json ${t.version} ms, page ${t.page} ms`);
    }
    if (process.env.LOOP_KEEP !== '1') rmSync(scratch, { recursive: true, force: true });
    log(failures.length ? `${failures.length} check(s) failed:\n  - ${failures.join('\n  - ')}` : 'all checks passed');
    process.exit(failures.length ? 1 : 0);
  });
