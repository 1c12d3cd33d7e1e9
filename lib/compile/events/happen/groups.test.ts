import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('groups passes', () => {
  it('one-each: "spoke by phone with both B and D" is a call with each', () => {
    const t = hitOf(trace('Anna Alder spoke by phone with both Boris Birch and Dana Dogwood.'), 'call-spoke-by-phone');
    expect(t.d.groups.map((g) => [...g].sort().join('+')).sort()).toEqual(['anna-alder+boris-birch', 'anna-alder+dana-dogwood']);
  });
  it('a call among three told "together" stays one', () => {
    const t = hitOf(trace('Anna Alder spoke to Boris Birch and Dana Dogwood together on Saturday.'), 'call-spoke-to');
    expect(t.d.groups).toHaveLength(1);
  });
  it('topical: talks on a topic with one party and no day or place are dropped', () => {
    expect(hitOf(trace('Anna Alder joined talks on a ceasefire.'), 'meeting-talks').dropped).toBe('topical');
  });
});
