import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { trim, STUB, SCHEDULER_STUB } = require('./next-trim.js') as { trim: (s: string) => { source: string; cut: boolean }; STUB: string; SCHEDULER_STUB: string };
const file = join(process.cwd(), 'node_modules/next/dist/client/components/router-reducer/reducers/server-action-reducer.js');
const schedulerFile = join(process.cwd(), 'node_modules/next/dist/client/components/segment-cache/scheduler.js');

/** the exports of a stub, run as a CommonJS module with `require` answering for its imports */
function load(source: string, modules: Record<string, unknown> = {}) {
  const mod = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', 'require', source)(mod.exports, mod, (id: string) => modules[id]);
  return mod.exports as Record<string, (...a: unknown[]) => unknown>;
}

describe('next-trim (the first load without the server-action reducer a static export never runs)', () => {
  it('applies to the installed Next (else the size budget shows the first load growing back)', () => {
    const r = trim(readFileSync(file, 'utf8'));
    expect(r.cut).toBe(true);
    expect(r.source).toBe(STUB);
    const s = trim(readFileSync(schedulerFile, 'utf8'));
    expect(s.cut).toBe(true);
    expect(s.source).toBe(SCHEDULER_STUB);
  });

  it('leaves any other file whole', () => {
    expect(trim('exports.x = 1;\n')).toEqual({ source: 'exports.x = 1;\n', cut: false });
  });

  it('keeps the export the router reducer imports, which throws if ever called', () => {
    const mod = { exports: {} as { serverActionReducer?: (...a: unknown[]) => unknown; __esModule?: boolean } };
    new Function('exports', 'module', STUB)(mod.exports, mod);
    expect(mod.exports.__esModule).toBe(true);
    expect(typeof mod.exports.serverActionReducer).toBe('function');
    expect(() => mod.exports.serverActionReducer!({}, {})).toThrow(/static site/);
  });

  it('the router reducer still imports it by that name', () => {
    const reducer = readFileSync(join(process.cwd(), 'node_modules/next/dist/client/components/router-reducer/router-reducer.js'), 'utf8');
    expect(reducer).toContain('require("./reducers/server-action-reducer")');
    expect(reducer).toContain('_serveractionreducer.serverActionReducer');
  });

  it('the scheduler stub has every export the installed scheduler has, and schedules nothing', () => {
    const real = readFileSync(schedulerFile, 'utf8');
    // the exports as the file declares them: `0 && (module.exports = { name: null, … })`
    const declared = /0 && \(module\.exports = \{([^}]*)\}\)/.exec(real)![1];
    const names = [...declared.matchAll(/(\w+): null/g)].map((m) => m[1]).sort();
    expect(names.length).toBeGreaterThan(5);
    let cleanups = 0;
    const mod = load(SCHEDULER_STUB, { './lru': { cleanup: () => cleanups++ } });
    expect(Object.keys(mod).filter((k) => k !== '__esModule').sort()).toEqual(names);
    const task = mod.schedulePrefetchTask('key', null, 1, 0, null, null) as { isCanceled: boolean; key: string };
    expect(task.key).toBe('key');
    expect(mod.isPrefetchTaskDirty(task, null, null)).toBe(false);
    mod.cancelPrefetchTask(task);
    expect(task.isCanceled).toBe(true);
    mod.reschedulePrefetchTask(task, null, 1, 0);
    expect(task.isCanceled).toBe(false);
    expect(mod.needsSpeculativePrefetch(1, 0)).toBe(false);
    expect(() => (mod.pingPrefetchTask(task), mod.startRevalidationCooldown())).not.toThrow();
  });

  it('the scheduler stub still trims the segment cache (once per task, as the idle scheduler did)', async () => {
    let cleanups = 0;
    const mod = load(SCHEDULER_STUB, { './lru': { cleanup: () => cleanups++ } });
    mod.pingPrefetchScheduler();
    mod.pingPrefetchScheduler();
    expect(cleanups).toBe(0);
    await Promise.resolve();
    expect(cleanups).toBe(1);
    mod.pingPrefetchScheduler();
    await Promise.resolve();
    expect(cleanups).toBe(2);
  });

  it('the cache and the links still import the scheduler by the names the stub gives', () => {
    const dir = join(process.cwd(), 'node_modules/next/dist/client/components');
    const lru = readFileSync(join(dir, 'segment-cache/lru.js'), 'utf8');
    expect(lru).toContain('_scheduler.pingPrefetchScheduler');
    expect(lru).toMatch(/exports,\s*\{[^}]*cleanup: function/);
    const links = readFileSync(join(dir, 'links.js'), 'utf8');
    for (const name of ['schedulePrefetchTask', 'cancelPrefetchTask', 'reschedulePrefetchTask', 'isPrefetchTaskDirty']) expect(links).toContain(`_scheduler.${name}`);
  });
});
