import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('joint-text-of-deal', () => {
  it('a joint text of a deal stays an agreement (the rule’s example shape)', () => {
    const t = trace('Anna Alder and Boris Birch released a joint communique on Friday about the deal to restore ties.');
    const x = hitOf(t, 'agreement-joint-text');
    expect(x.dropped).toBeNull();
    expect(EN.jointTextOfDeal.pattern.test(EN.jointTextOfDeal.example)).toBe(true);
  });
  it('a joint statement that condemns or supports something is no agreement', () => {
    const t = trace('Anna Alder and Boris Birch issued a joint statement Monday condemning the riots in the capital and voicing their support for its government.');
    const x = hitOf(t, 'agreement-joint-text');
    expect(x.dropped).toBe('joint-text-of-deal');
    expect(x.rules).toContain('type:joint-text-of-deal');
  });
  it('"reached an agreement and issued a joint statement": the deal is told, the hit stays', () => {
    const t = trace('Noting that Anna Alder and Boris Birch reached an agreement and issued a joint statement, the spokesperson welcomed it.');
    expect(hitOf(t, 'agreement-joint-text').dropped).toBeNull();
  });
});
