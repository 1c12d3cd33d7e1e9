import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { COURTESY_THANKS, courtesyThanks } from './courtesy-thanks';

const cast = [person('tomas-vell', 'Tomas Vell'), person('mara-quist', 'Mara Quist')];

describe('courtesy thanks: "expressed his thanks" alone is no remark', () => {
  it('the row matches its example', () => {
    expect(COURTESY_THANKS.pattern.test(COURTESY_THANKS.example)).toBe(true);
  });
  it('courtesy-thanks-only: a guest\'s thanks for the hospitality makes no statement', () => {
    const s = compiledStatements('Tomas Vell met Mara Quist in Alder on Monday. Vell expressed his thanks and appreciation for the warm reception he received.', cast);
    expect(s.map((x) => x.speaker)).toEqual([]);
  });
  it('thanks with another verb of saying stay a remark', () => {
    const s = compiledStatements('Tomas Vell met Mara Quist in Alder on Monday. Vell expressed his gratitude for the invitation and said the border would stay open.', cast);
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
  });
  it('thanks with quoted words stay a remark; other objects of "expressed" too', () => {
    expect(courtesyThanks('Vell expressed his gratitude, calling the talks “frank”.', 'expressed', 14, 1)).toBe(false);
    expect(courtesyThanks('Vell expressed concern over the border.', 'expressed', 14, 1)).toBe(false);
    expect(courtesyThanks('Vell expressed his deep gratitude to the hosts.', 'expressed', 14, 1)).toBe(true);
  });
});
