import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { perfectRemark } from './perfect-remark';
import { EN } from '../lang/en';

const cast = [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell'), { id: 'nordvik', name: 'Nordvik', kind: 'country' as const, aliases: [], titles: [] }];

describe('remark-in-perfect: a position held over time is no statement', () => {
  it('perfectRemark: the auxiliary right before the verb, adverbs between', () => {
    expect(perfectRemark(EN.perfectRemark.example, 'rejected')).toBe(true);
    expect(perfectRemark('Mara Quist has long ', 'said')).toBe(true);
    expect(perfectRemark('Tomas Vell has also invested himself in the matter, having long ', 'insisted')).toBe(true);
    expect(perfectRemark('Mara Quist ', 'said')).toBe(false);
    expect(perfectRemark('Mara Quist had ', 'said')).toBe(false);
  });
  it('perfectRemark: a participle shares its main verb’s perfect', () => {
    expect(perfectRemark('Tomas Vell has blocked the membership bid, ', 'saying')).toBe(true);
    expect(perfectRemark('Tomas Vell blocked the membership bid, ', 'saying')).toBe(false);
    expect(perfectRemark('Tomas Vell has blocked the bid; later he wrote, ', 'saying')).toBe(false);
  });
  it('the perfect makes no statement; the simple past does', () => {
    expect(compiledStatements('Nordvik has rejected all the accusations.', cast)).toEqual([]);
    expect(compiledStatements('Tomas Vell has blocked the bid, saying the harbour fees are unfair.', cast)).toEqual([]);
    expect(compiledStatements('Mara Quist has said that the border stays shut.', cast)).toEqual([]);
    expect(compiledStatements('Mara Quist said on Monday that the border stays shut.', cast).map((s) => s.speaker)).toEqual(['mara-quist']);
  });
});
