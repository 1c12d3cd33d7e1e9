import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { PREVIOUS_SUBJECT } from './previous-subject';

const cast = [person('tomas-vell', 'Tomas Vell'), person('karim-qassoum', 'Karim Qassoum'), { id: 'nordvik', name: 'Nordvik', kind: 'country' as const, aliases: [], titles: [] }];

describe('a sentence-opening "he" is the subject of the sentence before (speaker-pronoun-previous-subject)', () => {
  it('the row matches its example', () => {
    expect(PREVIOUS_SUBJECT.pattern.test(PREVIOUS_SUBJECT.example)).toBe(true);
  });
  it('not the person that sentence names in a relative clause', () => {
    const s = compiledStatements(
      'Speaking at the summit of northern leaders, which includes President Karim Qassoum, Tomas Vell expressed hope for a deal on the harbour. He also stressed that Nordvik would back the plan.',
      cast,
    );
    expect(s.map((x) => x.speaker)).not.toContain('karim-qassoum');
  });
  it('the subject itself stays the speaker', () => {
    const s = compiledStatements('Tomas Vell met Karim Qassoum in Nordvik on Monday. He said the talks had gone well.', cast);
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
  });
});
