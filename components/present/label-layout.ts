/**
 * Greedy label placement for the presentation network: each highlighted
 * actor's name goes below, above, right or left of its mark, the first place
 * that overlaps no label already placed and no other highlighted mark; a name
 * that fits nowhere is left out of the drawing (the step's text lists it).
 */
export interface LabelIn {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface LabelOut {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * A bold sans-serif name's width in ems, by letter (the widths of DejaVu Sans Bold, the widest of the fonts the
 * labels' `ui-sans-serif, system-ui, sans-serif` meets, rounded up): one figure per letter (0.58 em) under-measured
 * names of capitals and wide letters, and two such names could be drawn over each other.
 */
const NARROW = new Set([...'iljI.,;:!|\'()[]']);
const SEMI = new Set([...'frtJ-/"']);
const WIDE = new Set([...'mwMW']);
export function labelWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.35;
    else if (NARROW.has(ch)) em += 0.35;
    else if (SEMI.has(ch)) em += 0.5;
    else if (WIDE.has(ch)) em += 1.0;
    else if (ch >= 'A' && ch <= 'Z') em += 0.78;
    else em += 0.7;
  }
  return em * font;
}

/** `font`: the label size in drawing units; `r`: the mark's radius. Labels in input order (most important first). */
export function placeLabels(labels: LabelIn[], font: number, r: number): LabelOut[] {
  const marks: Box[] = labels.map((l) => ({ x0: l.x - r, y0: l.y - r, x1: l.x + r, y1: l.y + r }));
  const placed: Box[] = [];
  const out: LabelOut[] = [];
  labels.forEach((l, i) => {
    const w = labelWidth(l.text, font);
    const h = font * 1.1;
    const candidates: { x: number; y: number; anchor: LabelOut['anchor']; box: Box }[] = [
      { x: l.x, y: l.y + r + font, anchor: 'middle', box: { x0: l.x - w / 2, y0: l.y + r + font * 0.1, x1: l.x + w / 2, y1: l.y + r + font * 0.1 + h } },
      { x: l.x, y: l.y - r - font * 0.3, anchor: 'middle', box: { x0: l.x - w / 2, y0: l.y - r - font * 0.3 - h, x1: l.x + w / 2, y1: l.y - r - font * 0.3 } },
      { x: l.x + r * 1.3, y: l.y + font * 0.35, anchor: 'start', box: { x0: l.x + r * 1.3, y0: l.y - h / 2, x1: l.x + r * 1.3 + w, y1: l.y + h / 2 } },
      { x: l.x - r * 1.3, y: l.y + font * 0.35, anchor: 'end', box: { x0: l.x - r * 1.3 - w, y0: l.y - h / 2, x1: l.x - r * 1.3, y1: l.y + h / 2 } },
    ];
    for (const c of candidates) {
      if (placed.some((b) => overlaps(b, c.box))) continue;
      if (marks.some((m, j) => j !== i && overlaps(m, c.box))) continue;
      placed.push(c.box);
      out.push({ id: l.id, text: l.text, x: c.x, y: c.y, anchor: c.anchor });
      return;
    }
  });
  return out;
}
