/**
 * One stage's entries in one packed file (lib/compile/cache.ts): `<stage>.pack`, append-only, and its index
 * `<stage>.idx` (key → where its record lies), read in one go. A record is [u32 key length, u32 value length, key,
 * v8-serialised value]; reading one checks its header and key against the index, so a stale index (another process
 * appended or compacted meanwhile, a compile stopped before writing its index, a torn write) gives a miss, never a
 * wrong value: keys are content hashes, so a record under a key always holds that key's value. When more than half
 * of the pack is entries no index names any more, it is rewritten compactly (temp file + rename).
 *
 * A plain object holding lists of byte chunks (the merge state: its built events as UTF-8 JSON chunks, 10k: a record of
 * 185 MB) is written in pieces (`spread`): each other field v8-serialised on its own and each chunk as its bytes, so
 * that no buffer of the whole record is made next to the value (10k: +185 MB at the state's writing); read back as the
 * same object (its keys in order, its chunks as Uint8Arrays).
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** where a record lies: its offset and its whole length (header + key + value) */
type Place = [offset: number, length: number];

const HEADER = 8;

/**
 * A long-lived process's indexes as it last read or wrote them, by index file, with that file's size and time: the next
 * compile's pack of the same stage takes the index from here while the file on disk is still the one it knows (another
 * process that wrote an index since is read again), instead of reading and decoding every key again per edit.
 */
const indexMemo = new Map<string, { at: string; index: Map<string, Place> }>();
const stamp = (file: string): string | null => {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
  } catch {
    return null;
  }
};
/** a pack is rewritten when its dead bytes exceed its live ones and this */
const COMPACT_SLACK = 4 * 1024 * 1024;

export class Pack {
  readonly file: string;
  readonly indexFile: string;
  private index: Map<string, Place> | null = null;
  private readFd = -1;
  private appendFd = -1;
  /** this process's idea of the pack's length (records appended go there) */
  private size = 0;
  /** the index changed since it was read or written */
  private dirty = false;

  /** keep the index in memory for the next Pack of this stage in this process (see indexMemo) */
  private readonly memo: boolean;

  constructor(dir: string, readonly stage: string, opts: { memo?: boolean } = {}) {
    this.file = join(dir, `${stage}.pack`);
    this.indexFile = join(dir, `${stage}.idx`);
    this.memo = !!opts.memo;
    if (!this.memo) indexMemo.delete(this.indexFile);
  }

  private places(): Map<string, Place> {
    if (this.index) return this.index;
    if (this.memo) {
      const m = indexMemo.get(this.indexFile);
      if (m && m.at === stamp(this.indexFile)) return (this.index = m.index);
      indexMemo.delete(this.indexFile);
    }
    this.index = new Map();
    const at = this.memo ? stamp(this.indexFile) : null;
    try {
      const raw = deserialize(readFileSync(this.indexFile)) as { keys: string[]; places: number[] };
      if (Array.isArray(raw?.keys) && Array.isArray(raw.places) && raw.places.length === raw.keys.length * 2)
        raw.keys.forEach((k, i) => this.index!.set(k, [raw.places[2 * i], raw.places[2 * i + 1]]));
      if (at) indexMemo.set(this.indexFile, { at, index: this.index });
    } catch {
      // no index (a new stage) or an unreadable one: every entry misses
    }
    return this.index;
  }

  has(key: string): boolean {
    return this.places().has(key);
  }

  keys(): string[] {
    return [...this.places().keys()];
  }

  get<T>(key: string): { value: T } | undefined {
    const at = this.places().get(key);
    if (!at) return undefined;
    try {
      if (this.readFd < 0) this.readFd = openSync(this.file, 'r');
      const buf = Buffer.allocUnsafe(at[1]);
      if (readSync(this.readFd, buf, 0, at[1], at[0]) !== at[1]) return undefined;
      const kl = buf.readUInt32LE(0);
      const vl = buf.readUInt32LE(4);
      if (HEADER + kl + vl !== at[1] || buf.toString('utf8', HEADER, HEADER + kl) !== key) return undefined;
      const v = buf.subarray(HEADER + kl);
      return { value: (isSpread(v) ? unspread(v) : deserialize(v)) as T };
    } catch {
      return undefined;
    }
  }

  /** Appends a record (one write); false when the disk refuses. */
  set(key: string, value: unknown): boolean {
    const places = this.places();
    try {
      if (this.appendFd < 0) {
        this.appendFd = openSync(this.file, 'a');
        this.size = fstatSync(this.appendFd).size;
      }
      const k = Buffer.from(key, 'utf8');
      const v = spread(value) ?? [serialize(value)];
      let vl = 0;
      for (const b of v) vl += b.byteLength;
      const head = Buffer.allocUnsafe(HEADER);
      head.writeUInt32LE(k.length, 0);
      head.writeUInt32LE(vl, 4);
      const length = HEADER + k.length + vl;
      if (writeAll(this.appendFd, [head, k, ...v]) !== length) {
        // a partial write (a full disk): where the next record lands is the file's end, past the partial bytes
        this.size = fstatSync(this.appendFd).size;
        return false;
      }
      places.set(key, [this.size, length]);
      this.size += length;
      this.dirty = true;
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets the entries not in `keep`; the number forgotten. */
  retain(keep: Set<string> | undefined): number {
    let n = 0;
    for (const k of [...this.places().keys()])
      if (!keep?.has(k)) {
        this.index!.delete(k);
        n++;
      }
    if (n) this.dirty = true;
    return n;
  }

  /** Writes the index if it changed (rewriting the pack first when it is mostly dead), closes the files. */
  flush(): void {
    this.close();
    if (!this.dirty) return;
    this.dirty = false;
    const places = this.places();
    try {
      indexMemo.delete(this.indexFile);
      if (!places.size) {
        rmSync(this.indexFile, { force: true });
        rmSync(this.file, { force: true });
        return;
      }
      let live = 0;
      for (const [, len] of places.values()) live += len;
      const size = existsSync(this.file) ? statSync(this.file).size : 0;
      if (size - live > live && size - live > COMPACT_SLACK) this.compact();
      const keys = [...places.keys()];
      const flat: number[] = [];
      for (const k of keys) flat.push(...places.get(k)!);
      const tmp = `${this.indexFile}.tmp-${process.pid}`;
      writeFileSync(tmp, serialize({ keys, places: flat }));
      renameSync(tmp, this.indexFile);
      const at = this.memo ? stamp(this.indexFile) : null;
      if (at) indexMemo.set(this.indexFile, { at, index: places });
    } catch {
      // a full or read-only disk: the next compile misses what this index would have named
    }
  }

  /** Rewrites the pack with the records the index names, in their order on disk. */
  private compact(): void {
    const places = this.places();
    const order = [...places.entries()].sort((a, b) => a[1][0] - b[1][0]);
    const tmp = `${this.file}.tmp-${process.pid}`;
    const src = openSync(this.file, 'r');
    const out = openSync(tmp, 'w');
    try {
      let at = 0;
      for (const [key, [off, len]] of order) {
        const buf = Buffer.allocUnsafe(len);
        if (readSync(src, buf, 0, len, off) !== len) {
          places.delete(key);
          continue;
        }
        writevSync(out, [buf]);
        places.set(key, [at, len]);
        at += len;
      }
    } finally {
      closeSync(src);
      closeSync(out);
    }
    renameSync(tmp, this.file);
  }

  close(): void {
    for (const fd of [this.readFd, this.appendFd]) if (fd >= 0) closeSync(fd);
    this.readFd = this.appendFd = -1;
  }
}

/** writev of every buffer (in batches: the system's limit on buffers per call), the bytes written */
function writeAll(fd: number, bufs: Uint8Array[]): number {
  let n = 0;
  for (let i = 0; i < bufs.length; i += WRITEV_BATCH) {
    const batch = bufs.slice(i, i + WRITEV_BATCH);
    const want = batch.reduce((a, b) => a + b.byteLength, 0);
    const got = writevSync(fd, batch);
    n += got;
    if (got !== want) break;
  }
  return n;
}
const WRITEV_BATCH = 512;

/** a spread value's first bytes (a v8-serialised value starts with its version tag, 0xFF) */
const SPREAD = Buffer.from('PSP1', 'latin1');

const isChunks = (v: unknown): v is Uint8Array[] => Array.isArray(v) && v.length > 0 && v.every((x) => x instanceof Uint8Array);

/**
 * A plain object with a field that is a list of byte chunks, as pieces: SPREAD, the length of a header and the header
 * (v8: its keys and which of them are chunk lists, with their lengths), then each field's bytes in key order (a chunk
 * list as its chunks, one after the other; any other field v8-serialised). null for any other value.
 */
function spread(value: unknown): Uint8Array[] | null {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return null;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (!keys.some((k) => isChunks(o[k])) || keys.includes('__proto__')) return null;
  const sizes: (number | number[])[] = [];
  const body: Uint8Array[] = [];
  for (const k of keys) {
    const f = o[k];
    if (isChunks(f)) {
      sizes.push(f.map((c) => c.byteLength));
      body.push(...f);
    } else {
      const b = serialize(f);
      sizes.push(b.byteLength);
      body.push(b);
    }
  }
  const header = serialize({ keys, sizes });
  const len = Buffer.allocUnsafe(4);
  len.writeUInt32LE(header.byteLength, 0);
  return [SPREAD, len, header, ...body];
}

function isSpread(v: Buffer): boolean {
  return v.byteLength >= SPREAD.byteLength + 4 && v.subarray(0, SPREAD.byteLength).equals(SPREAD);
}

/** The object `spread` wrote (throws on a damaged record: the caller's miss). */
function unspread(v: Buffer): Record<string, unknown> {
  let at = SPREAD.byteLength;
  const hl = v.readUInt32LE(at);
  at += 4;
  const { keys, sizes } = deserialize(v.subarray(at, at + hl)) as { keys: string[]; sizes: (number | number[])[] };
  at += hl;
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => {
    const size = sizes[i];
    if (Array.isArray(size)) {
      out[k] = size.map((n) => {
        if (at + n > v.byteLength) throw new Error('a short record');
        const c = new Uint8Array(v.buffer, v.byteOffset + at, n);
        at += n;
        return c;
      });
    } else {
      if (at + size > v.byteLength) throw new Error('a short record');
      out[k] = deserialize(v.subarray(at, at + size));
      at += size;
    }
  });
  if (at !== v.byteLength) throw new Error('a record of another length');
  return out;
}
