/**
 * The write side's clock: time (and bytes, for a part that produces text) of each
 * part after the compile stages (serialise, report, layout, split files, search
 * index, writing). `npm run bench` prints it; a missing recorder costs nothing.
 */
export type WriteParts = Record<string, { ms: number; bytes: number }>;

export function timePart<T>(parts: WriteParts | undefined, name: string, fn: () => T, size?: (r: T) => number): T {
  if (!parts) return fn();
  const t0 = performance.now();
  const r = fn();
  const p = (parts[name] ??= { ms: 0, bytes: 0 });
  p.ms += performance.now() - t0;
  p.bytes += size ? size(r) : typeof r === 'string' ? Buffer.byteLength(r) : 0;
  return r;
}
