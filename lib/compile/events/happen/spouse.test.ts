import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { namesWhole } from './spouse';
import { trace } from './test-kit';

const hitOf = (s: string, type: string) => trace(s).filter((x) => x.d.h.type === type);

describe('spouse-not-party', () => {
  it('the rows match their example glue', () => {
    expect(EN.spouseOf.pattern.test(EN.spouseOf.example)).toBe(true);
    expect(EN.spouseAlong.pattern.test(EN.spouseAlong.example)).toBe(true);
  });
  it('"the two leaders" after a sentence naming a leader and his wife are the pair told before the couple', () => {
    const t = hitOf('Anna Alder flew home after a joint trip with Boris Birch. Alder and his wife Carla Cedar waved from the plane. The two leaders signed the Nordvik Declaration during the summit.', 'agreement');
    const x = t[t.length - 1];
    expect(x.dropped).toBeNull();
    expect([...x.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('a spouse is no party of an agreement', () => {
    const t = hitOf('Alder and his wife Carla Cedar arrived on Monday. Anna Alder, Carla Cedar and Boris Birch signed the accord in Avalon on Tuesday.', 'agreement');
    const x = t[t.length - 1];
    expect(x.d.part.ids).not.toContain('carla-cedar');
    expect(x.rules).toContain('participants:spouse-not-party');
  });
  it('a visit told of a spouse accompanying an unnamed leader is dropped; with the leader named it stays', () => {
    const v = hitOf('The visiting leader and his wife Carla Cedar arrived in Avalon on Monday.', 'visit')[0];
    expect(v.dropped).toBe('spouse-not-party');
    expect(v.rules).toContain('participants:spouse-accompanies');
    const w = hitOf('Anna Alder and his wife Carla Cedar arrived in Avalon on Monday.', 'visit')[0];
    expect(w.dropped).not.toBe('spouse-not-party');
    expect(hitOf('Anna Alder and his wife Carla Cedar visited Nordvik on Monday.', 'visit')[0].dropped).toBeNull();
    expect(w.d.part.ids).toContain('anna-alder');
  });
  it('no spouse in the document: nothing changes', () => {
    const t = hitOf('Anna Alder met Carla Cedar. The two leaders signed the Nordvik Declaration on Tuesday.', 'agreement');
    expect([...t[t.length - 1].d.part.ids].sort()).toEqual(['anna-alder', 'carla-cedar']);
  });
  it('a spouse mention read as the leader of the same family name is not taken for a spouse', () => {
    expect(namesWhole('Mara Vell', 'Tomas Vell')).toBe(false);
    expect(namesWhole('Mara', 'Mara Vell')).toBe(true);
    expect(namesWhole('Mara Vell', 'Mara Vell')).toBe(true);
  });
});
