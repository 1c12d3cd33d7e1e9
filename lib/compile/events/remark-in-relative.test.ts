import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { remarkInRelative } from './remark-in-relative';
import { EN } from '../lang/en';

const cast = [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell')];

describe('remark-in-relative-clause: a remark told as a modifier is no statement', () => {
  it('remarkInRelative: an auxiliary or modal right after the verb, lower case only', () => {
    expect(remarkInRelative('said', ' would hinge on further aid')).toBe(true);
    expect(remarkInRelative('says', ' is rhetoric he rejects')).toBe(true);
    expect(remarkInRelative('says', ' May has done a good job')).toBe(false);
    expect(remarkInRelative('said', ' that the deal would hinge on aid')).toBe(false);
    expect(remarkInRelative('told', ' was')).toBe(false);
  });
  it('the example makes no statement of the one who said it; a main-clause remark does', () => {
    expect(compiledStatements(EN.remarkInRelative.example, cast).map((s) => s.speaker)).not.toContain('tomas-vell');
    expect(compiledStatements('Tomas Vell will sign the accord, a deal Mara Quist said would hinge on further aid.', cast)).toEqual([]);
    expect(compiledStatements('Mara Quist said the deal would hinge on further aid.', cast).map((s) => s.speaker)).toEqual(['mara-quist']);
  });
});
