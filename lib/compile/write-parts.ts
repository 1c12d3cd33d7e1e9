/**
 * The write side's clock: time (and bytes, for a part that produces text) of each
 * part after the compile stages (serialise, report, layout, split files, search
 * index, writing). `npm run bench` prints it; a missing recorder costs nothing.
 * `from`/`to`: when the part first started and last ended (ms since the epoch, any thread's
 * clock), so that scripts/bench-write.ts can tell which part the memory peaked in.
 */
export type WriteParts = Record<string, { ms: number; bytes: number; from?: number; to?: number }>;

const now = () => performance.timeOrigin + performance.now();

/** Adds a part's time (ms, since `t0` of performance.now()) and bytes. */
export function addPart(parts: WriteParts | undefined, name: string, t0: number, bytes = 0): void {
  if (!parts) return;
  const t1 = performance.now();
  const p = (parts[name] ??= { ms: 0, bytes: 0 });
  p.ms += t1 - t0;
  p.bytes += bytes;
  p.from ??= performance.timeOrigin + t0;
  p.to = now();
}

export function timePart<T>(parts: WriteParts | undefined, name: string, fn: () => T, size?: (r: T) => number): T {
  if (!parts) return fn();
  const t0 = performance.now();
  const r = fn();
  addPart(parts, name, t0, size ? size(r) : typeof r === 'string' ? Buffer.byteLength(r) : 0);
  return r;
}
