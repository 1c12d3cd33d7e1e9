/**
 * npm run test:e2e [-- playwright args]: browser tests against the built site.
 * Needs a Chromium (system package or CHROMIUM_PATH). The tests need an export
 * at the root path: it builds first when out/ is missing or its build key
 * (base path, code, data, config: lib/editor/build-key.ts) is not the one of
 * the working tree — e.g. after `BASE_PATH=/parley npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium-path';
import { buildKey, normaliseBasePath, readBuildKey } from '../lib/editor/build-key';

const exe = findChromium();
if (!exe) {
  console.error(
    [
      'test:e2e: no Chromium browser found.',
      'Get one of:',
      '  • Debian/Ubuntu:                 sudo apt-get install chromium',
      '  • machines that can download:    npx playwright install chromium',
      '  • or point to an existing one:   CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
    ].join('\n'),
  );
  process.exit(1);
}

const index = join('out', 'index.html');
const root = process.cwd();
if (normaliseBasePath(process.env.BASE_PATH)) console.log(`test:e2e: the tests run on an export at the root path; BASE_PATH=${process.env.BASE_PATH} is ignored`);
const env = { ...process.env };
delete env.BASE_PATH;
const want = buildKey(root, '');
const have = existsSync(index) ? readBuildKey('out') : null;
if (have !== want) {
  console.log(!existsSync(index) ? 'test:e2e: no build yet; building…' : have ? 'test:e2e: out/ was built from other inputs (code, data, config or base path); rebuilding…' : 'test:e2e: out/ has no build key; rebuilding…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  if (readBuildKey('out') !== want) console.log('test:e2e: note: the working tree changed during the build');
}

const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...env, CHROMIUM_PATH: exe },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
