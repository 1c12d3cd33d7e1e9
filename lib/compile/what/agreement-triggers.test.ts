import { describe, expect, it } from 'vitest';
import { TRIGGER_RULES, findTriggers } from './triggers';
import { hitOf, trace } from '../events/happen/test-kit';

const rules = (s: string) => findTriggers(s).map((h) => h.rule.id);

describe('agreement rows: what is signed, what is agreed', () => {
  it('agreement-agreed-object: a new deal as the object of "agreed" (the row’s example), not one told before or an adjective', () => {
    const row = TRIGGER_RULES.find((r) => r.id === 'agreement-agreed-object')!;
    expect(rules(row.example)).toContain('agreement-agreed-object');
    expect(rules('the ministers agreed a truce on Tuesday')).toContain('agreement-agreed-object');
    expect(rules('Avalon and Nordvik agreed the treaty after months of talks')).not.toContain('agreement-agreed-object');
    expect(rules('under the agreed framework, both sides')).not.toContain('agreement-agreed-object');
  });
  it('"the pair agreed a new framework" after their talks is the agreement of the two', () => {
    const t = hitOf(trace('Anna Alder held talks with Boris Birch in Avalon on Friday. Most notably, the pair agreed a new framework on migration.'), 'agreement-agreed-object', 1);
    expect(t.dropped).toBeNull();
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('agreement-signed: a visitors’ book, autographs or shirts signed are no agreement', () => {
    expect(rules('the royal couple were given a brief tour and they signed the visitors’ book')).not.toContain('agreement-signed');
    expect(rules('she signed the distinguished visitors book')).not.toContain('agreement-signed');
    expect(rules('the two exchanged T-shirts signed by their teams')).not.toContain('agreement-signed');
    expect(rules('he signed autographs for the crowd')).not.toContain('agreement-signed');
    expect(rules('Alder and Birch signed the accord')).toContain('agreement-signed');
  });
  it('agreement-signed: a memorandum of understanding is an agreement, a memorandum alone (an order) is not', () => {
    expect(rules('Avalon and Nordvik signed a memorandum of understanding on river waters')).toContain('agreement-signed');
    expect(rules('Avalon and Nordvik signed a memorandum on trade')).toContain('agreement-signed');
    expect(rules('the president signed a memorandum directing the agency')).not.toContain('agreement-signed');
    expect(rules('the president signed an executive order')).not.toContain('agreement-signed');
  });
});
