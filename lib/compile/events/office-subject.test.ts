import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { OFFICE_OPENS_SENTENCE, OFFICE_SUBJECT } from './office-subject';

/** the statements compiled from one invented article: [speaker, rules] */
const statementsOf = (text: string) =>
  compiledStatements(text, [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell'), person('ana-birch', 'Ana Birch')]);

describe('office or description as the speaker', () => {
  it('rows match their examples', () => {
    expect(OFFICE_SUBJECT.pattern.test(OFFICE_SUBJECT.example)).toBe(true);
    expect(OFFICE_OPENS_SENTENCE.pattern.test(OFFICE_OPENS_SENTENCE.example)).toBe(true);
  });
  it('office-subject-of-document: "the Taoiseach described" is the one person titled Taoiseach', () => {
    const s = statementsOf('Taoiseach Mara Quist met Tomas Vell in Alder on Monday.\n\nTalking with the press once the session ended, the Taoiseach described the talks as "good".');
    const quist = s.filter((x) => x.speaker === 'mara-quist');
    expect(quist.length).toBe(1);
    expect(quist[0].rules).toContain('office-subject-of-document');
  });
  // since who/office-subject.ts, "The King" opening the sentence is already a mention of the one person titled so, and this
  // pass (for an office no mention covers) stays silent: the outcome is what is checked
  it('"The King spoke … as he told" is the King, not the last one named', () => {
    const s = statementsOf('King Tomas Vell arrived in Cedar on Monday.\n\nHe was welcomed by Ana Birch at the palace.\n\nThe King spoke warmly of the harbour as he told of the friendship between the nations.');
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
    expect(s.some((x) => x.speaker === 'ana-birch')).toBe(false);
  });
  it('two people titled so, none named last right before: no speaker is guessed', () => {
    const s = statementsOf('President Mara Quist met President Tomas Vell in Cedar on Monday.\n\nThe talks lasted an hour.\n\nThe president said the harbour would open.');
    expect(s.filter((x) => x.rules.some((r) => r.startsWith('office-subject')))).toEqual([]);
  });
  it('an aside "as the president has said" inside a speech is no remark of its own', () => {
    const s = statementsOf('President Mara Quist met Tomas Vell in Cedar on Monday.\n\nI briefed Vell on the harbour board, whose office, as the President has noted before, opened last spring.');
    expect(s.filter((x) => x.rules.some((r) => r.startsWith('office-subject')))).toEqual([]);
  });
});
