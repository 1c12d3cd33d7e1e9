/**
 * The compiler's on-disk cache of per-document results (.parley/cache/, git-ignored).
 * An entry's key is a sha256 of everything the result depends on: the document
 * (front matter + bytes), for events also its mentions, places and the actors
 * they name, the places file, and always the compiler's version key — a hash of
 * the compiler's own sources and the lock file, so any code change starts a fresh
 * cache. Entries are v8-serialised, written atomically (temp file + rename);
 * a missing, unreadable or corrupt entry is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';

export function sha(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\u0000');
  }
  return h.digest('hex');
}

/** Where the compiler's sources are (the repository holding lib/compile/), whatever the project's folder. */
export function codeRoot(): string {
  const here = typeof __dirname === 'string' ? join(__dirname, '..', '..') : null;
  return here && existsSync(join(here, 'lib', 'compile')) ? here : process.cwd();
}

/** Hash of the compiler's sources (lib/**.ts but tests and the bench) and of package-lock.json. */
export function compilerVersion(root: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'bench' && e.name !== 'node_modules') walk(p);
      } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  walk(join(root, 'lib'));
  files.sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  h.update(process.version);
  return h.digest('hex').slice(0, 16);
}

export class DiskCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  written = 0;
  private used = new Set<string>();

  /** Opens <base>/<version>/ and removes the folders of other versions. */
  constructor(base: string, version: string) {
    this.dir = join(base, version);
    try {
      if (existsSync(base))
        for (const e of readdirSync(base)) if (e !== version && statSync(join(base, e)).isDirectory()) rmSync(join(base, e), { recursive: true, force: true });
      mkdirSync(this.dir, { recursive: true });
    } catch {
      // an unusable cache folder: every lookup misses, nothing is written
    }
  }

  private path(stage: string, key: string): string {
    return join(this.dir, stage, key.slice(0, 2), `${key}.bin`);
  }

  get<T>(stage: string, key: string): T | undefined {
    this.used.add(`${stage}/${key}`);
    try {
      const v = deserialize(readFileSync(this.path(stage, key))) as { key: string; value: T };
      if (v && v.key === key) {
        this.hits++;
        return v.value;
      }
    } catch {
      // missing or corrupt: a miss
    }
    this.misses++;
    return undefined;
  }

  /** Keeps an entry (not pruned by this compile) without reading it: read later only if needed. */
  keep(stage: string, key: string): void {
    this.used.add(`${stage}/${key}`);
  }

  set(stage: string, key: string, value: unknown): void {
    this.used.add(`${stage}/${key}`);
    const p = this.path(stage, key);
    try {
      mkdirSync(join(p, '..'), { recursive: true });
      const tmp = `${p}.tmp-${process.pid}`;
      writeFileSync(tmp, serialize({ key, value }));
      renameSync(tmp, p);
      this.written++;
    } catch {
      // a full or read-only disk: the compile goes on without caching
    }
  }

  /** Removes the entries this compile did not use (old versions of edited documents), when it wrote any. */
  prune(): number {
    if (!this.written) return 0;
    let removed = 0;
    try {
      for (const stage of readdirSync(this.dir))
        for (const shard of readdirSync(join(this.dir, stage)))
          for (const f of readdirSync(join(this.dir, stage, shard))) {
            const key = f.replace(/\.bin$/, '');
            if (this.used.has(`${stage}/${key}`)) continue;
            rmSync(join(this.dir, stage, shard, f), { force: true });
            removed++;
          }
    } catch {
      // best effort
    }
    return removed;
  }
}
