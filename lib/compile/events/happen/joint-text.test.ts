import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('joint-text-of-deal', () => {
  it('a joint text of a deal stays an agreement (the rule’s example shape)', () => {
    const t = trace('Anna Alder and Boris Birch released a joint communique late on Friday on their pact to reopen the border.');
    const x = hitOf(t, 'agreement-joint-text');
    expect(x.dropped).toBeNull();
    expect(EN.jointTextOfDeal.pattern.test(EN.jointTextOfDeal.example)).toBe(true);
  });
  it('a joint statement that condemns or supports something is no agreement', () => {
    const t = trace('Anna Alder and Boris Birch issued a joint statement Monday deploring the unrest in the port and backing its mayor.');
    const x = hitOf(t, 'agreement-joint-text');
    expect(x.dropped).toBe('joint-text-of-deal');
    expect(x.rules).toContain('type:joint-text-of-deal');
  });
  it('"came to an agreement, then issued a joint statement": the deal is told, the hit stays', () => {
    const t = trace('Anna Alder and Boris Birch came to an agreement, then issued a joint statement, which the envoy praised.');
    expect(hitOf(t, 'agreement-joint-text').dropped).toBeNull();
  });
});
