/**
 * npm run test:e2e [-- playwright args]: browser tests against the built site.
 * Needs a Chromium (system package or CHROMIUM_PATH); builds first when
 * out/index.html is missing or older than anything in data/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './chromium-path';

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

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
const stale = !existsSync(index) || statSync(index).mtimeMs < newestMtime('data');
if (stale) {
  console.log(existsSync(index) ? 'test:e2e: data/ changed since the last build; rebuilding…' : 'test:e2e: no build yet; building…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: exe },
  shell: process.platform === 'win32',
});
process.exit(run.status ?? 1);
