/**
 * The compiler's on-disk cache of per-document results (.parley/cache/, git-ignored).
 * An entry's key is a sha256 of everything the result depends on: the document
 * (front matter + bytes), for events also its mentions, places and the actors
 * they name, the places file, and always the compiler's version key — a hash of
 * the compiler's own sources and the lock file, so any code change starts a fresh
 * cache. Entries are v8-serialised into one packed file per stage (lib/compile/cache-pack.ts: an append-only
 * pack and its index, read in one go — not one small file per entry, whose reads cost a fresh process seconds);
 * a missing, unreadable or corrupt entry is a miss, never an error. The folders of other compiler versions
 * are renamed aside at once and removed in the background (`housekeeping()`), not in the compile's time.
 *
 * In a long-lived process (the dev loop's compile thread, the bench's edit) the entries of
 * `resident` stages a compile used are also kept in memory for the next compile of the same
 * folder (`{ keep: true }`): an edit then reads from disk only what changed. Values handed out
 * from memory are shared between compiles, so callers must not mutate them (`freeze` deep-freezes
 * them, for tests).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Pack } from './cache-pack';

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
  const lock = join(root, 'package-lock.json');
  // a long-lived process (the dev loop) hashes the sources again only when a file came, went or was written since (its
  // size, modification time in ns and inode; an editor's save or a checkout changes the time, a rename the inode)
  const stamp = [...files, lock]
    .map((f) => {
      const st = statSync(f, { bigint: true, throwIfNoEntry: false });
      return st ? `${f}\u0000${st.size}\u0000${st.mtimeNs}\u0000${st.ino}` : `${f}\u0000-`;
    })
    .join('\u0001');
  const had = versionMemo.get(root);
  if (had?.stamp === stamp) return had.version;
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(root, f));
    h.update(readFileSync(f));
  }
  if (existsSync(lock)) h.update(readFileSync(lock));
  h.update(process.version);
  const version = h.digest('hex').slice(0, 16);
  versionMemo.set(root, { stamp, version });
  return version;
}
/** compilerVersion's last answer per root, with the files' stamp it was hashed at */
const versionMemo = new Map<string, { stamp: string; version: string }>();

export interface CacheOptions {
  /** keep the entries of these stages that this compile uses in memory, for the next compile of the folder in this process */
  resident?: string[];
  /** deep-freeze values kept in memory (tests: a stage that mutates a shared value throws) */
  freeze?: boolean;
}

/** What this process keeps of a cache folder from its last compile there (with resident stages): stage → key → value. */
const keptByDir = new Map<string, Map<string, Map<string, unknown>>>();

/** Forgets what this process kept of every cache folder (tests). */
export function forgetKeptCaches(): void {
  keptByDir.clear();
}

/** The removal of other compiler versions' folders under way in the background (null: none started). */
let removing: Promise<{ folders: number; ms: number }> | null = null;

/** Waits for the background removal of other compiler versions' folders; what it removed and how long it took. */
export async function housekeeping(): Promise<{ folders: number; ms: number }> {
  return (await removing) ?? { folders: 0, ms: 0 };
}

/** a folder of another compiler version, renamed aside to be removed */
const ASIDE = '.old-';

export class DiskCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  written = 0;
  /** hits served from memory */
  memoryHits = 0;
  /** entries read per stage: from memory, from disk */
  readByStage: Record<string, { memory: number; disk: number }> = {};
  /** stage → keys this compile used (read, kept or written) */
  private used = new Map<string, Set<string>>();
  private readonly packs = new Map<string, Pack>();
  private readonly resident: Set<string>;
  private readonly freeze: boolean;
  private readonly prev: Map<string, Map<string, unknown>> | undefined;
  /** (by stage, then key: no stage/key string made and hashed per look-up) */
  private readonly values = new Map<string, Map<string, unknown>>();
  private pruned = false;
  private usable = true;

  /** Opens <base>/<version>/; the folders of other versions are renamed aside and removed in the background. */
  constructor(base: string, version: string, opts: CacheOptions = {}) {
    this.dir = join(base, version);
    this.resident = new Set(opts.resident ?? []);
    this.freeze = !!opts.freeze;
    this.prev = this.resident.size ? keptByDir.get(this.dir) : undefined;
    // what this process kept of this folder under another compiler version (the code changed) is of no use any more
    for (const d of keptByDir.keys()) if (d !== this.dir && join(d, '..') === join(base)) keptByDir.delete(d);
    if (!this.resident.size) keptByDir.delete(this.dir);
    try {
      const aside: string[] = [];
      if (existsSync(base))
        for (const e of readdirSync(base)) {
          if (e === version || !statSync(join(base, e)).isDirectory()) continue;
          if (e.startsWith(ASIDE)) aside.push(join(base, e));
          else {
            const to = join(base, `${ASIDE}${e}-${process.pid}`);
            renameSync(join(base, e), to);
            aside.push(to);
          }
        }
      if (aside.length) removeAside(aside);
      mkdirSync(this.dir, { recursive: true });
    } catch {
      // an unusable cache folder: every lookup misses, nothing is written
      this.usable = existsSync(this.dir);
    }
  }

  private pack(stage: string): Pack {
    let p = this.packs.get(stage);
    // a long-lived process (resident stages) keeps the packs' indexes between compiles while their files are unchanged
    if (!p) this.packs.set(stage, (p = new Pack(this.dir, stage, { memo: this.resident.size > 0 })));
    return p;
  }

  private use(stage: string, key: string): void {
    let u = this.used.get(stage);
    if (!u) this.used.set(stage, (u = new Set()));
    u.add(key);
  }

  get<T>(stage: string, key: string): T | undefined {
    this.use(stage, key);
    const resident = this.resident.has(stage);
    const kept = resident ? this.prev?.get(stage) : undefined;
    if (kept?.has(key)) {
      const value = kept.get(key) as T;
      this.valuesOf(stage).set(key, value);
      this.hits++;
      this.memoryHits++;
      (this.readByStage[stage] ??= { memory: 0, disk: 0 }).memory++;
      return value;
    }
    const got = this.usable ? this.pack(stage).get<T>(key) : undefined;
    if (got) {
      this.hits++;
      (this.readByStage[stage] ??= { memory: 0, disk: 0 }).disk++;
      if (resident) this.hold(stage, key, got.value);
      return got.value;
    }
    this.misses++;
    return undefined;
  }

  /** Keeps an entry (not pruned by this compile) without reading it: read later only if needed. */
  keep(stage: string, key: string): void {
    this.use(stage, key);
  }

  set(stage: string, key: string, value: unknown): void {
    this.use(stage, key);
    if (this.resident.has(stage)) this.hold(stage, key, value);
    if (!this.usable) return;
    const p = this.pack(stage);
    if (p.set(key, value)) this.written++;
    // after the prune (the merge state, saved once merged): its index is written at once
    if (this.pruned) p.flush();
  }

  private hold(stage: string, key: string, value: unknown): void {
    if (this.freeze) deepFreeze(value);
    this.valuesOf(stage).set(key, value);
  }

  private valuesOf(stage: string): Map<string, unknown> {
    let m = this.values.get(stage);
    if (!m) this.values.set(stage, (m = new Map()));
    return m;
  }

  /**
   * Forgets the entries this compile did not use (old versions of edited documents), when it wrote any, and
   * writes the packs' indexes; with resident stages, hands this compile's entries to the next compile of the
   * folder in this process. The number of entries forgotten.
   */
  prune(): number {
    let removed = 0;
    if (this.written && this.usable) {
      let onDisk: string[] = [];
      try {
        onDisk = readdirSync(this.dir).filter((f) => f.endsWith('.idx')).map((f) => f.slice(0, -4));
      } catch {
        // best effort
      }
      for (const stage of new Set([...onDisk, ...this.packs.keys()])) removed += this.pack(stage).retain(this.used.get(stage));
    }
    for (const p of this.packs.values()) p.flush();
    this.pruned = true;
    if (this.resident.size) keptByDir.set(this.dir, this.values);
    return removed;
  }

  /** Closes the packs' files, indexing what was appended (a compile that failed before its prune keeps its entries). */
  close(): void {
    for (const p of this.packs.values()) p.flush();
  }
}

/** stage → number of entries the folder's indexes name (tests, the bench) */
export function cacheEntries(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of existsSync(dir) ? readdirSync(dir) : []) if (f.endsWith('.idx')) out[f.slice(0, -4)] = new Pack(dir, f.slice(0, -4)).keys().length;
  return out;
}

function removeAside(folders: string[]): void {
  const t0 = performance.now();
  const before = removing;
  removing = (async () => {
    await before;
    await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }).catch(() => {})));
    return { folders: folders.length, ms: performance.now() - t0 };
  })();
}

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v)) return;
  Object.freeze(v);
  if (v instanceof Map) v.forEach((x, k) => (deepFreeze(k), deepFreeze(x)));
  else if (v instanceof Set) v.forEach((x) => deepFreeze(x));
  else for (const x of Object.values(v)) deepFreeze(x);
}
