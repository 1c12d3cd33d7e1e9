/**
 * A Turbopack loader (next.config.js) for one module of Next's client runtime the static export never runs: the
 * App Router's server-action reducer (next/dist/client/components/router-reducer/reducers/server-action-reducer.js,
 * ~2 kB gzipped of the first load). It handles the router's "server action" dispatch — a call of a `'use server'`
 * function — and the site has none: a static export cannot serve one (`output: 'export'` refuses them at build).
 * The module is replaced by one with the same export that throws if it is ever called.
 *
 * The replacement applies only to the exact file it was written against (its SHA-256, Next 16.4.6): any other
 * version passes through untouched, with a build warning, and the size budget (`npm run size`) then shows the first
 * load growing back. lib/adapters/next-trim.test.ts checks the stub and the hash.
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

/** @param {string} source */
function trim(source) {
  const sha = createHash('sha256').update(source).digest('hex');
  if (sha !== SHA256) return { source, cut: false };
  return { source: STUB, cut: true };
}

/** @this {{ emitWarning?: (e: Error) => void }} @param {string} source */
function loader(source) {
  const { source: out, cut } = trim(source);
  if (!cut && this && this.emitWarning) this.emitWarning(new Error('lib/adapters/next-trim.js: server-action-reducer.js is not the file it was written for (Next updated?): left whole'));
  return out;
}

module.exports = loader;
module.exports.trim = trim;
module.exports.SHA256 = SHA256;
module.exports.STUB = STUB;
