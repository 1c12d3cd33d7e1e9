/**
 * Cuts a document text into segments for display: which parts the compiler
 * kept as article text and which are marked (evidence of the selected event).
 * Offsets are character offsets into the text; segments cover it exactly.
 */
export interface Segment {
  start: number;
  end: number;
  kept: boolean;
  marked: boolean;
}

export function segmentText(length: number, kept: [number, number][], marks: [number, number][]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const cuts = new Set<number>([0, length]);
  for (const [s, e] of [...kept, ...marks]) {
    cuts.add(clamp(s));
    cuts.add(clamp(e));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (ranges: [number, number][], a: number, b: number) => ranges.some(([s, e]) => s <= a && b <= e);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const seg = { start: a, end: b, kept: inside(kept, a, b), marked: inside(marks, a, b) };
    const prev = out[out.length - 1];
    if (prev && prev.kept === seg.kept && prev.marked === seg.marked) prev.end = b;
    else out.push(seg);
  }
  return out;
}
