import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

const RULE = `participants:${EN.objectPronoun.id}`;

describe('object-pronoun-guest: "him/her" right after a meeting verb is the person told before who is not the subject', () => {
  it('the row example: the person of the fronted clause', () => {
    const t = hitOf(trace(EN.objectPronoun.example.replace('Birch', 'Boris Birch').replace('Alder', 'Anna Alder')), 'meeting-greeted');
    expect(t.dropped).toBeNull();
    expect(t.rules).toContain(RULE);
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('the visitor of the sentence before ("B landed in P. A greeted him at the airport")', () => {
    const t = hitOf(trace('Boris Birch landed in Avalon on Monday. Anna Alder greeted him at the airport.'), 'meeting-greeted', 1);
    expect(t.dropped).toBeNull();
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('a call: "C called her on Friday"', () => {
    const t = hitOf(trace('Anna Alder won the vote. Carla Cedar called her on Friday to congratulate her.'), 'call-called-object', 1);
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'carla-cedar']);
  });
  it('a possessive "her counterpart" is no object pronoun', () => {
    const t = hitOf(trace('Boris Birch landed in Avalon on Monday. Anna Alder greeted her counterpart at the palace.'), 'meeting-greeted', 1);
    expect(t.rules).not.toContain(RULE);
    expect(t.dropped).toBe('needs-object');
  });
  it('no person told before: nothing added', () => {
    const t = hitOf(trace('Anna Alder greeted him at the airport.'), 'meeting-greeted');
    expect(t.rules).not.toContain(RULE);
  });
});
