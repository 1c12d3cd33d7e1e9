import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { UNRESOLVED_NAME_SUBJECT, unresolvedNameBefore } from './unresolved-name';

const cast = [person('tomas-vell', 'Tomas Vell'), person('mara-quist', 'Mara Quist'), { id: 'nordvik', name: 'Nordvik', kind: 'country' as const, aliases: [], titles: [] }];

describe('unresolved name as the subject of a remark (unresolved-name-subject)', () => {
  it('the row matches its example', () => {
    expect(UNRESOLVED_NAME_SUBJECT.pattern.test(UNRESOLVED_NAME_SUBJECT.example)).toBe(true);
  });
  it('finds a titled or bare name no mention covers, not a common word opening the sentence', () => {
    expect(unresolvedNameBefore('At the end of the summit, Mr Kovac ', [], '')?.surname).toBe('Kovac');
    expect(unresolvedNameBefore('“We will see,” Kovac ', [], '')?.surname).toBe('Kovac');
    expect(unresolvedNameBefore('Officials ', [], 'Two officials spoke.')).toBeNull();
    expect(unresolvedNameBefore('The Chancellor ', [], '')).toBeNull();
    expect(unresolvedNameBefore('Kovac ', [{ actorId: 'x', kind: 'person', start: 0, end: 5, score: 1, via: 'name', surface: 'Kovac' }], '')).toBeNull();
  });
  it('a person named after the verb is what the remark tells, not its speaker', () => {
    const s = statementsOf('Kovac said Tomas Vell and Mara Quist "face hard questions" in Nordvik this week.');
    expect(s.map((x) => x.speaker)).toEqual([]);
  });
  it('a "he said" right after such a remark is not given to the speaker before it', () => {
    const s = statementsOf('Tomas Vell said on Monday that the talks with Nordvik would go on. At a briefing on Tuesday, Kovac said the talks were over. "We have nothing more to discuss," he said.');
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
  });
  it('unless the speaker before bears that surname', () => {
    const s = statementsOf('Tomas Vell said on Monday that the talks with Nordvik would go on. At a briefing on Tuesday, Mr Vell said the talks were over. "We have nothing more to discuss," he said.');
    expect(s.map((x) => x.speaker)).toContain('tomas-vell');
  });
});

function statementsOf(text: string) {
  return compiledStatements(text, cast);
}
