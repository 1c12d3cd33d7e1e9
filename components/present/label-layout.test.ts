import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-layout';

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
});
