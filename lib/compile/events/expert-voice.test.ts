import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { EXPERT_APPOSITION, EXPERT_ROLE_BEFORE } from './expert-voice';

const cast = [person('tomas-vell', 'Tomas Vell'), person('mara-quist', 'Mara Quist'), { id: 'nordvik', name: 'Nordvik', kind: 'country' as const, aliases: [], titles: [] }];

describe('expert voice: a scholar or analyst commenting makes no statement', () => {
  it('rows match their examples', () => {
    expect(EXPERT_APPOSITION.pattern.test(EXPERT_APPOSITION.example)).toBe(true);
    expect(EXPERT_ROLE_BEFORE.pattern.test(EXPERT_ROLE_BEFORE.example)).toBe(true);
  });
  it('expert-voice: an apposition naming a think tank, and her "she said" after it', () => {
    const s = compiledStatements(
      'Tomas Vell said on Monday that Nordvik would sign. “Vell wants a quick win,” said Mara Quist, head of Nordvik research at the Institute of Northern Affairs, a think tank. “It will not last,” she said.',
      cast,
    );
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
  });
  it('an official with a plain title still speaks', () => {
    const s = compiledStatements('“We will sign,” said Mara Quist, the foreign minister of Nordvik, on Monday.', cast);
    expect(s.map((x) => x.speaker)).toEqual(['mara-quist']);
  });
});
