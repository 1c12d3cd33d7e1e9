/**
 * A Turbopack loader (next.config.js) for modules of Next's client runtime the static export does without:
 * - the App Router's server-action reducer (next/dist/client/components/router-reducer/reducers/server-action-reducer.js,
 *   ~2 kB gzipped of the first load). It handles the router's "server action" dispatch — a call of a `'use server'`
 *   function — and the site has none: a static export cannot serve one (`output: 'export'` refuses them at build).
 *   Replaced by one with the same export that throws if it is ever called.
 * - the prefetch scheduler (next/dist/client/components/segment-cache/scheduler.js, ~3.7 kB gzipped of the first
 *   load): what fetches a `<Link>`'s page ahead while it is in view or hovered. The explorer (the first page) has no
 *   `<Link>` (components/pages/PageLink.tsx: plain anchors); on the static pages a click then fetches the next page's
 *   one `.txt` file (Next's navigation without a prefetch, as for `<Link prefetch={false}>`) instead of every link in
 *   view fetching its own ahead (hundreds on an actor's page at 10,000 documents). Replaced by one with the same
 *   exports that schedules nothing; the segment cache's LRU is still trimmed (the scheduler did it when idle).
 *
 * A replacement applies only to the exact file it was written against (its SHA-256, Next 16.4.6): any other
 * version passes through untouched, with a build warning, and the size budget (`npm run size`) then shows the first
 * load growing back. lib/adapters/next-trim.test.ts checks the stubs and the hashes.
 */
// a Turbopack loader is a CommonJS module
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHash } = require('node:crypto');

/** next 16.4.6, dist/client/components/router-reducer/reducers/server-action-reducer.js */
const SHA256 = '45d9f7de636d847174881f3005082d5bce90399c745fba2dc3fd4ea402832950';

const STUB = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// (lib/adapters/next-trim.js: a static export has no server actions)
function serverActionReducer() {
  throw new Error("Server actions are not available in this static site");
}
exports.serverActionReducer = serverActionReducer;
`;

/** next 16.4.6, dist/client/components/segment-cache/scheduler.js */
const SCHEDULER_SHA256 = '22818651a219129fac00a82d0b6fdad916056339e18d6bf951fc9be927290c38';

const SCHEDULER_STUB = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// (lib/adapters/next-trim.js: no prefetching; a navigation fetches its page when it happens)
const _lru = require("./lru");
let cleanupQueued = false;
function pingPrefetchScheduler() {
  // the scheduler trimmed the segment cache's LRU once idle: it is always idle now
  if (cleanupQueued) return;
  cleanupQueued = true;
  queueMicrotask(() => {
    cleanupQueued = false;
    _lru.cleanup();
  });
}
function schedulePrefetchTask(key, renderTreeAtTimeOfPrefetch, fetchStrategy, priority, onInvalidate) {
  return { key, renderTreeAtTimeOfPrefetch, fetchStrategy, priority, onInvalidate, segmentCacheMap: null, isCanceled: false };
}
function cancelPrefetchTask(task) {
  task.isCanceled = true;
}
function reschedulePrefetchTask(task, renderTreeAtTimeOfPrefetch, fetchStrategy, priority) {
  task.isCanceled = false;
  task.renderTreeAtTimeOfPrefetch = renderTreeAtTimeOfPrefetch;
  task.fetchStrategy = fetchStrategy;
  task.priority = priority;
}
function isPrefetchTaskDirty() {
  return false;
}
function pingPrefetchTask() {}
function startRevalidationCooldown() {}
function needsSpeculativePrefetch() {
  return false;
}
exports.cancelPrefetchTask = cancelPrefetchTask;
exports.isPrefetchTaskDirty = isPrefetchTaskDirty;
exports.needsSpeculativePrefetch = needsSpeculativePrefetch;
exports.pingPrefetchScheduler = pingPrefetchScheduler;
exports.pingPrefetchTask = pingPrefetchTask;
exports.reschedulePrefetchTask = reschedulePrefetchTask;
exports.schedulePrefetchTask = schedulePrefetchTask;
exports.startRevalidationCooldown = startRevalidationCooldown;
`;

/** the files replaced, by their SHA-256 */
const STUBS = new Map([
  [SHA256, STUB],
  [SCHEDULER_SHA256, SCHEDULER_STUB],
]);

/** @param {string} source */
function trim(source) {
  const sha = createHash('sha256').update(source).digest('hex');
  const stub = STUBS.get(sha);
  if (stub === undefined) return { source, cut: false };
  return { source: stub, cut: true };
}

/** @this {{ emitWarning?: (e: Error) => void, resourcePath?: string }} @param {string} source */
function loader(source) {
  const { source: out, cut } = trim(source);
  if (!cut && this && this.emitWarning) this.emitWarning(new Error(`lib/adapters/next-trim.js: ${(this.resourcePath ?? 'a module').split(/[\\/]/).pop()} is not the file it was written for (Next updated?): left whole`));
  return out;
}

module.exports = loader;
module.exports.trim = trim;
module.exports.SHA256 = SHA256;
module.exports.STUB = STUB;
module.exports.SCHEDULER_SHA256 = SCHEDULER_SHA256;
module.exports.SCHEDULER_STUB = SCHEDULER_STUB;
