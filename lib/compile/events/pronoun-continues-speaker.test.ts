import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { continuingPronoun, PRONOUN_CONTINUES_SPEAKER } from './pronoun-continues-speaker';

const cast = [
  person('tomas-vell', 'Tomas Vell'),
  person('mara-quist', 'Mara Quist'),
  person('kovac-brandt', 'Kovac Brandt'),
  { id: 'nordvik', name: 'Nordvik', kind: 'country' as const, aliases: [], titles: [] },
];
const speakers = (text: string) => compiledStatements(text, cast).map((x) => x.speaker);

describe('a he/she subject of a statement verb continues the remark of the sentence before (speaker-pronoun-continues-last-speaker)', () => {
  it('the row matches its example and finds only the pronoun right before the verb', () => {
    expect(PRONOUN_CONTINUES_SPEAKER.pattern.test(PRONOUN_CONTINUES_SPEAKER.example)).toBe(true);
    expect(continuingPronoun('He also ')).toBe('He');
    expect(continuingPronoun('On Monday, she ')).toBe('she');
    expect(continuingPronoun('“We will see,” he ')).toBe('he');
    expect(continuingPronoun('Vell said he ')).toBeNull();
  });
  it('a quotation with "he said" after a spokesperson’s remark is the spokesperson’s, not the principal’s', () => {
    const s = compiledStatements(
      'Nordvik’s President Tomas Vell accepted the invitation with an eye on new partners, his press secretary Kovac Brandt told reporters on Tuesday.\n“Our interest is to look for partners who will invest,” he said.',
      cast,
    );
    expect(s.map((x) => x.speaker)).toEqual(['kovac-brandt']);
    expect(s[0].rules).toContain(PRONOUN_CONTINUES_SPEAKER.id);
  });
  it('a sentence with no remark in between: the rule does not reach back', () => {
    const s = compiledStatements(
      'Nordvik’s President Tomas Vell accepted the invitation with an eye on new partners, his press secretary Kovac Brandt told reporters on Tuesday. Mr Vell has led Nordvik since 2020.\n“Our interest is to look for partners who will invest,” he said.',
      cast,
    );
    expect(s.find((x) => x.speaker === 'tomas-vell')?.rules ?? []).not.toContain(PRONOUN_CONTINUES_SPEAKER.id);
  });
  it('after a remark of a name no mention resolves, a "he" coreference gives to a person named in passing makes no statement', () => {
    expect(speakers('Kovac had described Monday as "historic" the return of a man who was unwelcome in Nordvik under President Tomas Vell.\nHe also described as "narrative" the accusations against the government, saying that the sanctions were "inexplicable".')).toEqual([]);
  });
  it('a passive "criticized by" notes no unresolved speaker: the "he" after it keeps coreference’s person', () => {
    expect(speakers('Mara Quist met Tomas Vell on Monday. Comments criticized by the center-right Nordvik president, Kovac Brandt, "surprised to hear that this is just a narrative". "The worst thing to do would be to turn a blind eye," he insisted.')).toContain('kovac-brandt');
  });
});
