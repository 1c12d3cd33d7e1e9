import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { UNNAMED_VOICE, VOICE_FOR } from './unnamed-voice';

/** the statements compiled from one invented article: [speaker, rules] */
const statementsOf = (text: string) =>
  compiledStatements(text, [
    person('anna-alder', 'Anna Alder'),
    { id: 'nordvik-front', name: 'Nordvik Front', kind: 'organization', aliases: [], titles: [] },
    { id: 'avalonia', name: 'Avalonia', kind: 'country', aliases: [], titles: [] },
  ]);

describe('unnamed voice of a body: the body speaks', () => {
  it('rows match their examples', () => {
    expect(UNNAMED_VOICE.pattern.test(UNNAMED_VOICE.example)).toBe(true);
    expect(VOICE_FOR.pattern.test(VOICE_FOR.example)).toBe(true);
  });
  it('unnamed-voice-of-body: "a Nordvik Front spokesperson said" is the Front\'s statement', () => {
    const s = statementsOf('A Nordvik Front spokesperson on Monday said the harbour talks with Avalonia would go on.');
    expect(s.map((x) => x.speaker)).toEqual(['nordvik-front']);
    expect(s[0].rules).toContain('unnamed-voice-of-body');
  });
  it('a named spokesperson stays the speaker (body-in-title)', () => {
    const s = statementsOf('Nordvik Front spokesperson Anna Alder said on Monday the harbour talks with Avalonia would go on.');
    expect(s.map((x) => x.speaker)).toEqual(['anna-alder']);
  });
  it('the body as a modifier of others ("Nordvik Front members") is still no speaker', () => {
    expect(statementsOf('Nordvik Front members said on Monday the harbour talks with Avalonia would go on.').filter((x) => x.speaker === 'nordvik-front')).toEqual([]);
  });
});
