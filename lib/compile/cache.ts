/**
 * The compiler's on-disk cache of per-document results (.parley/cache/, git-ignored).
 * An entry's key is a sha256 of everything the result depends on: the document
 * (front matter + bytes), for events also its mentions, places and the actors
 * they name, the places file, and always the compiler's version key — a hash of
 * the compiler's own sources and the lock file, so any code change starts a fresh
 * cache. Entries are v8-serialised, written atomically (temp file + rename);
 * a missing, unreadable or corrupt entry is a miss, never an error.
 *
 * In a long-lived process (the dev loop's compile thread, the bench's edit) the entries of
 * `resident` stages a compile used are also kept in memory for the next compile of the same
 * folder (`{ keep: true }`): an edit then reads from disk only what changed. Values handed out
 * from memory are shared between compiles, so callers must not mutate them (`freeze` deep-freezes
 * them, for tests). The same memory knows which files are on disk, so pruning needs no walk.
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

export interface CacheOptions {
  /** keep the entries of these stages that this compile uses in memory, for the next compile of the folder in this process */
  resident?: string[];
  /** deep-freeze values kept in memory (tests: a stage that mutates a shared value throws) */
  freeze?: boolean;
}

/** What this process knows of a cache folder from its last compile there (with resident stages). */
interface Kept {
  /** stage/key → value, of the resident stages */
  values: Map<string, unknown>;
  /** every stage/key on disk after that compile's prune (null: not known, the next prune walks the folder) */
  onDisk: Set<string> | null;
}
const keptByDir = new Map<string, Kept>();

/** Forgets what this process kept of every cache folder (tests). */
export function forgetKeptCaches(): void {
  keptByDir.clear();
}

export class DiskCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  written = 0;
  /** hits served from memory */
  memoryHits = 0;
  /** entries read per stage: from memory, from disk */
  readByStage: Record<string, { memory: number; disk: number }> = {};
  private used = new Set<string>();
  private readonly resident: Set<string>;
  private readonly freeze: boolean;
  private readonly prev: Kept | undefined;
  private readonly values = new Map<string, unknown>();

  /** Opens <base>/<version>/ and removes the folders of other versions. */
  constructor(base: string, version: string, opts: CacheOptions = {}) {
    this.dir = join(base, version);
    this.resident = new Set(opts.resident ?? []);
    this.freeze = !!opts.freeze;
    this.prev = this.resident.size ? keptByDir.get(this.dir) : undefined;
    // what this process kept of this folder under another compiler version (the code changed) is of no use any more
    for (const d of keptByDir.keys()) if (d !== this.dir && join(d, '..') === join(base)) keptByDir.delete(d);
    if (!this.resident.size) keptByDir.delete(this.dir);
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
    const id = `${stage}/${key}`;
    this.used.add(id);
    const resident = this.resident.has(stage);
    if (resident && this.prev?.values.has(id)) {
      const value = this.prev.values.get(id) as T;
      this.values.set(id, value);
      this.hits++;
      this.memoryHits++;
      (this.readByStage[stage] ??= { memory: 0, disk: 0 }).memory++;
      return value;
    }
    try {
      const v = deserialize(readFileSync(this.path(stage, key))) as { key: string; value: T };
      if (v && v.key === key) {
        this.hits++;
        (this.readByStage[stage] ??= { memory: 0, disk: 0 }).disk++;
        if (resident) this.hold(id, v.value);
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
    if (this.resident.has(stage)) this.hold(`${stage}/${key}`, value);
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

  private hold(id: string, value: unknown): void {
    if (this.freeze) deepFreeze(value);
    this.values.set(id, value);
  }

  /**
   * Removes the entries this compile did not use (old versions of edited documents), when it wrote any; with
   * resident stages, hands this compile's entries to the next compile of the folder in this process.
   */
  prune(): number {
    const removed = this.removeUnused();
    if (this.resident.size) keptByDir.set(this.dir, { values: this.values, onDisk: this.written && removed < 0 ? null : this.written ? this.used : (this.prev?.onDisk ?? null) });
    return Math.max(0, removed);
  }

  /** the number of entries removed; -1 when the walk failed */
  private removeUnused(): number {
    if (!this.written) return 0;
    let removed = 0;
    const known = this.prev?.onDisk;
    if (known) {
      // what is on disk is known: remove what the last compile had and this one did not use
      for (const id of known) {
        if (this.used.has(id)) continue;
        const [stage, key] = id.split('/');
        rmSync(this.path(stage, key), { force: true });
        removed++;
      }
      return removed;
    }
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
      return -1;
    }
    return removed;
  }
}

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v)) return;
  Object.freeze(v);
  if (v instanceof Map) v.forEach((x, k) => (deepFreeze(k), deepFreeze(x)));
  else if (v instanceof Set) v.forEach((x) => deepFreeze(x));
  else for (const x of Object.values(v)) deepFreeze(x);
}
