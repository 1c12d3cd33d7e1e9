/**
 * The key of a static export: a hash of everything that decides what `out/`
 * holds — the base path, the code (app/, components/, lib/), the data (data/),
 * public/ files other than the compiled data, and the config files. Written
 * to out/.parley-build-key after a build; the browser tests rebuild when the
 * key of the working tree differs (e.g. after `BASE_PATH=/parley npm run build`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isTempFile } from './temp-files';

export const KEY_FILE = '.parley-build-key';
export const CODE_DIRS = ['app', 'components', 'lib', 'data', 'public'] as const;
export const CONFIG_FILES = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'] as const;

/** '/parley/' → '/parley', '' → '' (as next.config.js reads BASE_PATH) */
export function normaliseBasePath(raw: string | undefined): string {
  return raw ? `/${raw.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '') : '';
}

function skip(rel: string, name: string): boolean {
  return isTempFile(name) || /\.test\.tsx?$/.test(name) || rel === 'public/data' || name === 'node_modules';
}

function files(root: string, rel: string, out: string[]): void {
  const dir = join(root, rel);
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const r = `${rel}/${name}`;
    if (skip(r, name)) continue;
    let st;
    try {
      st = statSync(join(root, r));
    } catch {
      continue; // a dangling link: not part of any build
    }
    if (st.isDirectory()) files(root, r, out);
    else if (st.isFile()) out.push(r);
  }
}

export function buildKey(root: string, basePath: string | undefined): string {
  const h = createHash('sha256');
  h.update(`base:${normaliseBasePath(basePath)}\n`);
  const list: string[] = [];
  for (const d of CODE_DIRS) files(root, d, list);
  for (const f of CONFIG_FILES) if (existsSync(join(root, f))) list.push(f);
  for (const f of list) {
    h.update(`${f}\n`);
    try {
      h.update(readFileSync(join(root, f)));
    } catch {
      h.update('(unreadable)');
    }
    h.update('\n');
  }
  return h.digest('hex').slice(0, 32);
}

export function readBuildKey(outDir: string): string | null {
  try {
    return readFileSync(join(outDir, KEY_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}
