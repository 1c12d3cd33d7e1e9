import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

const RULE = `participants:${EN.possessiveNounOwner.id}`;

describe('possessive-noun-owner: "his/her meeting with B" found with only B has the possessive\'s person as its other party', () => {
  it('a statement "by A after her meeting with B": A and B', () => {
    const t = hitOf(trace('Press statement by Anna Alder after her meeting with President Boris Birch'), 'meeting-met');
    expect(t.rules).toContain(RULE);
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('the row example', () => {
    const t = hitOf(trace(EN.possessiveNounOwner.example.replace('Alder', 'Anna Alder').replace('Birch', 'Boris Birch')), 'meeting-met');
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('a fronted "Prior to his talks with B," takes the person the story follows when the sentence names no one before', () => {
    const t = hitOf(trace('Anna Alder landed in Avalon on Sunday. Prior to his talks with Boris Birch, the delegation toured the port.'), 'meeting-talks', 1);
    expect(t.rules).toContain(RULE);
    expect([...t.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('the one person found is the owner told before the noun ("A said his talks with …"): nothing added', () => {
    const t = hitOf(trace('Carla Cedar spoke in Avalon. Anna Alder said his talks with the delegation had been friendly.'), 'meeting-talks', 1);
    expect(t.rules).not.toContain(RULE);
    expect(t.d.part.ids).not.toContain('carla-cedar');
  });
  it('a meeting with no possessive keeps only its object', () => {
    const t = hitOf(trace('Anna Alder spoke in Nordvik. After a meeting with Boris Birch, the delegation left.'), 'meeting-met', 1);
    expect(t.rules).not.toContain(RULE);
  });
});
