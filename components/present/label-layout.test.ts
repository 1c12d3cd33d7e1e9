import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from './label-layout';

describe('network labels', () => {
  it('puts a lone label below its mark', () => {
    expect(placeLabels([{ id: 'a', text: 'Ana', x: 0, y: 0 }], 10, 5)).toEqual([{ id: 'a', text: 'Ana', x: 0, y: 15, anchor: 'middle' }]);
  });

  it('moves a label that would overlap another, and drops one that fits nowhere', () => {
    const near = [
      { id: 'a', text: 'Long name one', x: 0, y: 0 },
      { id: 'b', text: 'Long name two', x: 4, y: 2 },
    ];
    const out = placeLabels(near, 10, 5);
    expect(out.map((l) => l.id)).toEqual(['a', 'b']);
    // a's place below would cover b's mark: it goes above
    expect(out[0]).toMatchObject({ anchor: 'middle', y: -8 });
    expect(out[1].y === out[0].y && out[1].anchor === out[0].anchor).toBe(false);
    const crowd = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, text: 'Some long name', x: i % 2, y: i % 3 }));
    expect(placeLabels(crowd, 10, 5).length).toBeLessThan(crowd.length);
  });

  it('measures a name by its letters: capitals and wide letters wider than narrow ones', () => {
    expect(labelWidth('MW', 10)).toBe(20);
    expect(labelWidth('il', 10)).toBeCloseTo(7);
    // a bold name of capitals and wide letters is wider than 0.58 em a letter (the old estimate, which let two such names overlap)
    expect(labelWidth('Mara Quist', 10)).toBeGreaterThan('Mara Quist'.length * 10 * 0.58);
    // two names side by side that the old estimate put apart now keep their distance
    const pair = [
      { id: 'a', text: 'WWWW', x: 0, y: 0 },
      { id: 'b', text: 'MMMM', x: 40, y: 0 },
    ];
    const [a, b] = placeLabels(pair, 10, 2);
    const box = (l: { x: number; anchor: string; text: string }) => {
      const w = labelWidth(l.text, 10);
      return l.anchor === 'middle' ? [l.x - w / 2, l.x + w / 2] : l.anchor === 'start' ? [l.x, l.x + w] : [l.x - w, l.x];
    };
    if (a && b && a.y === b.y) expect(box(a)[1] <= box(b)[0] || box(b)[1] <= box(a)[0]).toBe(true);
  });
});
