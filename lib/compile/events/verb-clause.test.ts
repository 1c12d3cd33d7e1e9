import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { coordinatedLead, inContentClause, sayingInPassive } from './verb-clause';
import { EN } from '../lang/en';

const cast = [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell'), { id: 'nordvik-pact', name: 'Nordvik Pact', kind: 'organization' as const, aliases: [], titles: [] }];

describe('the clause structure around a verb of saying', () => {
  it(`${EN.sayingPassive.id}: adverbs between the auxiliary and the verb`, () => {
    expect(sayingInPassive('said', EN.sayingPassive.example)).toBe(true);
    expect(sayingInPassive('said', 'it is often ')).toBe(true);
    expect(sayingInPassive('said', 'Mr Alder ')).toBe(false);
    expect(compiledStatements('Mr Vell is already said to have a warm relationship with Mara Quist.', cast)).toEqual([]);
  });
  it(`${EN.coordinatedAfterTime.id}: a time word between "and" and the verb`, () => {
    expect(coordinatedLead('Alder praised the progress, and today ')).not.toBeNull();
    expect(coordinatedLead('Alder praised the progress, and on Monday ')).not.toBeNull();
    expect(coordinatedLead('Alder praised the progress, and the envoy ')).toBeNull();
    const s = compiledStatements('Mara Quist praised the progress made since the 2023 summit of the Nordvik Pact, and today announced more than $500 million in new funding.', cast);
    expect(s.map((x) => x.speaker)).toEqual(['mara-quist']);
  });
  it(`${EN.contentClauseDay.id}: a day inside the that-clause is not the remark's`, () => {
    expect(inContentClause(' reporters during the meeting that a man deported to Nordvik ')).toBe(true);
    expect(inContentClause(' on Monday that ')).toBe(false);
    expect(inContentClause(' the border would reopen ')).toBe(false);
  });
});
