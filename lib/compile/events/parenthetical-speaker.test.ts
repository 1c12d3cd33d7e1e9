import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { PARENTHETICAL_BEFORE_VERB, SUBORDINATE_SUBJECT } from './parenthetical-speaker';

const cast = [
  person('tomas-vell', 'Tomas Vell'),
  person('mara-quist', 'Mara Quist'),
  person('han-seo-yun', 'Han Seo Yun'),
  { id: 'nordvik', name: 'Nordvik', kind: 'country' as const, aliases: [], titles: [] },
  { id: 'cedar-union', name: 'Cedar Union', kind: 'organization' as const, aliases: [], titles: [] },
];
const speakers = (text: string) => compiledStatements(text, cast).map((x) => x.speaker);

describe('a name inside a phrase set off by commas before the verb is not the speaker (parenthetical-before-verb)', () => {
  it('the rows match their examples', () => {
    expect(PARENTHETICAL_BEFORE_VERB.pattern.test(PARENTHETICAL_BEFORE_VERB.example)).toBe(true);
    expect(SUBORDINATE_SUBJECT.pattern.test(SUBORDINATE_SUBJECT.example)).toBe(true);
  });
  it('the subject before a relative clause speaks, not the body the clause names', () => {
    const s = compiledStatements('Nordvik Prime Minister Mara Quist, whose country holds the rotating Cedar Union presidency, said the treaty would create a more modern union.', cast);
    expect(s.map((x) => x.speaker)).toEqual(['mara-quist']);
  });
  it('a name no mention covers before the phrase: no statement for the person the phrase names', () => {
    expect(speakers('Kovacs Brandtner, from the Stop Vell coalition, said: "This demonstration is not about one man."')).not.toContain('tomas-vell');
  });
  it('the subject of a clause opened by "as" is not the speaker of the verb after it', () => {
    expect(speakers('Tomas Vell paused as Foreign Minister Han Seo Yun approached to whisper in his ear, then acknowledged that the microphones were still on.')).not.toContain('han-seo-yun');
  });
  it('an apposition that is only the name names the speaker', () => {
    expect(speakers('The Nordvik president, Tomas Vell, said the talks would resume on Monday.')).toEqual(['tomas-vell']);
  });
});
