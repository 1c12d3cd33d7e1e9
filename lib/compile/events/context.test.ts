import { describe, expect, it } from 'vitest';
import { isLiveBlog, paragraphs } from './context';
import { makeDoc } from '../what/test-helpers';

describe('context pass', () => {
  it('numbers paragraphs by blank lines', () => {
    const doc = makeDoc('d', 'One here.\nTwo here.\n\nThree here.');
    expect([...paragraphs(doc).values()]).toEqual([0, 0, 1]);
  });
  it('a live blog has two or more entry stamps on lines of their own', () => {
    expect(isLiveBlog('14:10 CEST\nAlder arrives.\n14:40 CEST\nTalks begin.')).toBe(true);
    expect(isLiveBlog('The meeting at 14:10 was short.')).toBe(false);
  });
});
