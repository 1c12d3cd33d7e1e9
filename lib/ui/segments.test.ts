import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('covers the text exactly with kept and marked flags', () => {
    const segs = segmentText(20, [[0, 15]], [[5, 10]]);
    expect(segs).toEqual([
      { start: 0, end: 5, kept: true, marked: false },
      { start: 5, end: 10, kept: true, marked: true },
      { start: 10, end: 15, kept: true, marked: false },
      { start: 15, end: 20, kept: false, marked: false },
    ]);
  });

  it('merges neighbours, clamps ranges and handles nothing kept', () => {
    expect(segmentText(10, [[0, 4], [4, 10]], [])).toEqual([{ start: 0, end: 10, kept: true, marked: false }]);
    expect(segmentText(5, [], [[3, 99]])).toEqual([
      { start: 0, end: 3, kept: false, marked: false },
      { start: 3, end: 5, kept: false, marked: true },
    ]);
    expect(segmentText(0, [], [])).toEqual([]);
  });
});
