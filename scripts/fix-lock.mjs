// Adds lockfile entries for platform-specific optional packages that the
// registry mirror here cannot resolve (other OS/CPU builds of tailwind's oxide,
// next's swc, unrs resolver). npm skips them at install time by os/cpu, but
// `npm ci` refuses a lockfile that lacks them. Run after `npm install`:
//   node scripts/fix-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openharmony', 'sunos', 'netbsd', 'openbsd', 'aix'];
const CPU = { arm64: 'arm64', x64: 'x64', arm: 'arm', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };
let added = 0;
for (const [path, info] of Object.entries(pkgs)) {
  for (const [name, spec] of Object.entries(info.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (pkgs[key] || pkgs[`${path}/${key}`]) continue;
    const base = name.split('/').pop();
    const parts = base.split('-');
    const entry = { version: spec.replace(/^[\^~]/, ''), optional: true };
    const os = OS.find((o) => parts.includes(o));
    const cpu = parts.map((p) => CPU[p]).find(Boolean);
    if (parts.includes('wasm32')) entry.cpu = ['wasm32'];
    else {
      if (os) entry.os = [os];
      if (cpu) entry.cpu = [cpu];
    }
    if (!entry.os && !entry.cpu) continue; // not a platform build: leave it to npm
    if (parts.includes('musl')) entry.libc = ['musl'];
    else if (parts.includes('gnu') || parts.includes('gnueabihf')) entry.libc = ['glibc'];
    pkgs[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`fix-lock: added ${added} platform entries`);
