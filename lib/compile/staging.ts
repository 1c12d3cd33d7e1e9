/**
 * A compile's output made in a staging folder beside the output folder, each file written as soon as it is
 * made (so no part of the output is held in memory once written), then swapped in by rename: the output
 * folder is renamed aside, the staging folder renamed into its place, the old one removed. A compile that
 * fails at any point before the swap leaves the last good output whole (the staging folder is removed).
 *
 * - A file whose bytes equal the output folder's file of the same path is hard-linked from it instead of
 *   written (an edit to one document rewrites one document file; the others keep their inode and mtime).
 * - Files the compile does not make (status.json of the dev loop, anything an editor put there) are carried
 *   into the new folder, except the compile's own names (OWNED): what a compile no longer makes goes away.
 * - A process stopped between the two renames leaves no output folder and the old one aside: the next
 *   compile puts it back first. Staging/old folders of dead processes are removed.
 * - Where the output folder cannot be renamed (a mount point, a busy folder, a symbolic link), the staged files are moved
 *   into it one by one instead (version.json last) and stale files of the compile's folders deleted.
 */
import { closeSync, copyFileSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, openSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Names at the top of the output folder that belong to the compile (never carried over from the old folder). */
export const OWNED = new Set(['dataset.json', 'dataset.schema.json', 'report.json', 'version.json', 'index.json', 'search.json', 'index', 'events', 'docs', 'search-quotes']);

let serial = 0;

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Staging/old folders of an output folder: `.<name>.staging-<pid>-<n>`, `.<name>.old-<pid>-<n>`, beside it. */
function siblings(outDir: string): { path: string; kind: 'staging' | 'old'; pid: number }[] {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const out: { path: string; kind: 'staging' | 'old'; pid: number }[] = [];
  for (const n of names) {
    if (!n.startsWith(prefix)) continue;
    const m = /^(staging|old)-(\d+)-\d+$/.exec(n.slice(prefix.length));
    if (m) out.push({ path: join(parent, n), kind: m[1] as 'staging' | 'old', pid: Number(m[2]) });
  }
  return out;
}

/**
 * Before a compile writes: an output folder lost between the two renames of a stopped process is put back
 * (the newest old folder), and staging/old folders of processes no longer running are removed.
 */
export function recoverOutDir(outDir: string): void {
  const found = siblings(outDir);
  if (!existsSync(outDir)) {
    const olds = found.filter((f) => f.kind === 'old' && !alive(f.pid)).sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs);
    if (olds.length) {
      renameSync(olds[0].path, outDir);
      olds.shift();
    }
  }
  for (const f of siblings(outDir)) if (!alive(f.pid)) rmSync(f.path, { recursive: true, force: true });
}

/** Writes files into a staging folder, linking those whose bytes the output folder already has. Usable on any thread. */
export class StagedWriter {
  /** files written or linked, bytes of what was written */
  files = 0;
  bytes = 0;
  linked = 0;
  private dirs = new Set<string>();

  constructor(
    readonly dir: string,
    readonly outDir: string,
  ) {}

  private ensureDir(path: string): void {
    const d = dirname(path);
    if (this.dirs.has(d)) return;
    mkdirSync(d, { recursive: true });
    this.dirs.add(d);
  }

  /** A folder (relative path), made even when nothing is written into it. */
  mkdir(rel: string): void {
    mkdirSync(join(this.dir, rel), { recursive: true });
  }

  /** A file (path relative to the output folder) with these bytes. */
  write(rel: string, content: string): void {
    const to = join(this.dir, rel);
    this.ensureDir(to);
    this.files++;
    // never write through a link to the old folder's file: a path written twice is replaced, not rewritten
    unlinkQuiet(to);
    if (this.sameAsOld(rel, content)) {
      try {
        linkSync(join(this.outDir, rel), to);
        this.linked++;
        return;
      } catch {
        // no hard links here: write it
      }
    }
    writeFileSync(to, content);
    this.bytes += Buffer.byteLength(content);
  }

  private sameAsOld(rel: string, content: string): boolean {
    const old = join(this.outDir, rel);
    try {
      const size = statSync(old).size;
      // a string's UTF-8 length is at least its length and at most 3× it: most changed files need no read
      if (size < content.length || size > content.length * 3) return false;
      return size === Buffer.byteLength(content) && readFileSync(old, 'utf8') === content;
    } catch {
      return false;
    }
  }

  /** A file written in pieces (a large JSON): open, write pieces, close. Always written (not linked). */
  open(rel: string): PieceFile {
    const to = join(this.dir, rel);
    this.ensureDir(to);
    this.files++;
    unlinkQuiet(to);
    return new PieceFile(to, (n) => (this.bytes += n));
  }
}

/** A file written piece by piece: small pieces gathered to ~256 kB, each chunk encoded once (then hashed, written). */
export class PieceFile {
  private buf: string[] = [];
  private size = 0;
  private fd: number;
  private onChunk?: (chunk: Buffer) => void;
  bytes = 0;

  constructor(
    path: string,
    private count: (n: number) => void,
  ) {
    this.fd = openSync(path, 'w');
  }

  /** also feed every chunk written to `fn` (a hash) */
  tap(fn: (chunk: Buffer) => void): this {
    this.onChunk = fn;
    return this;
  }

  write(piece: string): void {
    this.buf.push(piece);
    this.size += piece.length;
    if (this.size >= 1 << 18) this.flush();
  }

  private flush(): void {
    if (!this.buf.length) return;
    const b = Buffer.from(this.buf.length === 1 ? this.buf[0] : this.buf.join(''), 'utf8');
    this.buf = [];
    this.size = 0;
    this.onChunk?.(b);
    writeAll(this.fd, b);
    this.bytes += b.length;
    this.count(b.length);
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // not there
  }
}

function writeAll(fd: number, b: Buffer): void {
  let off = 0;
  while (off < b.length) off += writeSync(fd, b, off, b.length - off);
}

/** The staging folder of one compile's output: write into `writer`, then commit() or abort(). */
export class Staging {
  readonly dir: string;
  readonly writer: StagedWriter;
  private done = false;

  constructor(readonly outDir: string) {
    recoverOutDir(outDir);
    this.dir = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}-${serial++}`);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    this.writer = new StagedWriter(this.dir, outDir);
  }

  /** Removes the staging folder; the output folder is left as it was. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * Swaps the staging folder in. `last` (version.json) is written here, last of all. With `inPlace` (or when
   * the output folder cannot be renamed) the files are moved into it one by one instead.
   */
  commit(last: { rel: string; content: string }, opts: { inPlace?: boolean } = {}): void {
    if (this.done) throw new Error('staging: already committed or aborted');
    this.carryOver();
    // a symbolic link stays one: its target's files are replaced in place
    const linked = existsSync(this.outDir) && lstatSync(this.outDir).isSymbolicLink();
    if (!opts.inPlace && !linked && this.swap(last)) {
      this.done = true;
      return;
    }
    this.moveInPlace(last);
    this.done = true;
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** What the old folder holds that the compile does not make: carried into the new one (linked, else copied). */
  private carryOver(): void {
    if (!existsSync(this.outDir)) return;
    const made = new Set(readdirSync(this.dir));
    for (const e of readdirSync(this.outDir, { withFileTypes: true })) {
      if (OWNED.has(e.name) || made.has(e.name) || e.name.includes('.tmp-')) continue;
      const from = join(this.outDir, e.name);
      const to = join(this.dir, e.name);
      if (e.isDirectory()) cpSync(from, to, { recursive: true, preserveTimestamps: true });
      else {
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to);
        }
      }
    }
  }

  /** rename(out → old), write `last`… into staging first, rename(staging → out), remove old. false: cannot rename the output folder. */
  private swap(last: { rel: string; content: string }): boolean {
    writeFileSync(join(this.dir, last.rel), last.content);
    const had = existsSync(this.outDir);
    const old = join(dirname(this.outDir), `.${basename(this.outDir)}.old-${process.pid}-${serial++}`);
    if (had) {
      try {
        renameSync(this.outDir, old);
      } catch {
        rmSync(join(this.dir, last.rel), { force: true });
        return false;
      }
    } else mkdirSync(dirname(this.outDir), { recursive: true });
    try {
      renameSync(this.dir, this.outDir);
    } catch (e) {
      if (had) renameSync(old, this.outDir);
      throw e;
    }
    if (had) rmSync(old, { recursive: true, force: true });
    return true;
  }

  /** Moves every staged file over its place in the output folder (folders' stale files deleted), `last` last. */
  private moveInPlace(last: { rel: string; content: string }): void {
    mkdirSync(this.outDir, { recursive: true });
    const staged = new Set<string>();
    const move = (rel: string) => {
      const to = join(this.outDir, rel);
      const from = join(this.dir, rel);
      staged.add(rel);
      if (statSync(from).isDirectory()) {
        mkdirSync(to, { recursive: true });
        for (const n of readdirSync(from)) move(join(rel, n));
        // the compile's folders hold only what it made: stale files go
        for (const n of readdirSync(to)) if (!staged.has(join(rel, n))) rmSync(join(to, n), { recursive: true, force: true });
        return;
      }
      renameSync(from, to);
    };
    for (const n of readdirSync(this.dir).sort()) move(n);
    for (const n of readdirSync(this.outDir)) if (OWNED.has(n) && !staged.has(n) && n !== last.rel) rmSync(join(this.outDir, n), { recursive: true, force: true });
    const tmp = join(this.outDir, `${last.rel}.tmp-${process.pid}`);
    writeFileSync(tmp, last.content);
    renameSync(tmp, join(this.outDir, last.rel));
  }
}
