import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { trace } from './test-kit';

const visitOf = (s: string) => trace(s).filter((x) => x.d.h.type === 'visit' && /visit/i.test(x.trigger))[0];

describe('reception-visitor', () => {
  it('the row matches its verb', () => {
    expect(EN.receptionVisitor.pattern.test('will host ')).toBe(true);
    expect(EN.receptionVisitor.pattern.test('visited ')).toBe(false);
  });
  it('a visit noun after a receiving verb is the guest’s visit, not the host’s nor a country’s in its description', () => {
    const x = visitOf('Anna Alder on Friday received Boris Birch on the first such visit to Avalon by any Nordic leader in years.');
    expect(x.dropped).toBeNull();
    expect(x.d.part.ids).toEqual(['boris-birch']);
    expect(x.rules).toContain('participants:reception-visitor');
    expect(x.d.status).toBe('happened');
  });
  it('the visit is as far ahead as the receiving verb', () => {
    const x = visitOf('Anna Alder will host Boris Birch for a three-day working visit to Avalon, which will include a banquet, in June.');
    expect(x.d.part.ids).toEqual(['boris-birch']);
    expect(x.d.status).toBe('planned');
    expect(x.rules).toContain('status:reception-visitor');
  });
  it('no receiving verb, or none before the noun: unchanged', () => {
    const x = visitOf('Anna Alder met Boris Birch in Avalon during his visit.');
    expect(x?.rules ?? []).not.toContain('participants:reception-visitor');
    const z = visitOf('The leaders welcomed the many gains made through Boris Birch’s visit to Avalon in May.');
    expect(z.rules).not.toContain('participants:reception-visitor');
    const y = visitOf('Boris Birch paid a visit to Avalon, where Anna Alder hosted him.');
    expect(y?.rules ?? []).not.toContain('participants:reception-visitor');
  });
});
