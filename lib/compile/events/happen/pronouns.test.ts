import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('pronoun passes', () => {
  it('plural-pronoun-same-type: "they met" after a meeting of two', () => {
    const t = trace('Anna Alder met Boris Birch in Avalon on Monday. They met again in Nordvik.');
    const x = hitOf(t, 'meeting-met', 1);
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:plural-pronoun-same-type');
  });
  it('plural-pronoun-previous-pair: "they agreed" after a sentence naming two people', () => {
    const x = hitOf(trace('Anna Alder and Boris Birch spent the day in Avalon. They agreed to a truce.'), 'agreement-agreed');
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:plural-pronoun-previous-pair');
  });
  it('singular-pronoun-last-subject: "she met X" is the last subject', () => {
    const x = hitOf(trace('Anna Alder landed in Nordvik. She met Dana Dogwood there.'), 'meeting-met');
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'dana-dogwood']);
    expect(x.rules.some((r) => r === 'participants:singular-pronoun-last-subject' || r === 'participants:pronoun-nearest-person')).toBe(true);
  });
  it('their-pair: "their planned meeting" is the pair just told', () => {
    const t = trace('Anna Alder met Boris Birch in Avalon on Monday. Their planned meeting in Nordvik was cancelled.');
    const x = t.find((y) => y.sentence === 1 && y.d.h.type === 'meeting')!;
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:their-pair');
    expect(x.d.status).toBe('cancelled');
  });
  it('pronoun-nearest-person: "her visit" is the nearest earlier person', () => {
    const x = hitOf(trace('Anna Alder thanked the hosts; reporters noted that her visit to Nordvik was short.'), 'visit-visited');
    expect(x.d.part.ids).toEqual(['anna-alder']);
    expect(x.rules).toContain('participants:pronoun-nearest-person');
  });
  it('two-of-them: "the two of them held a call" is the pair just told', () => {
    const t = trace('Anna Alder met Boris Birch, and then the two of them held a call with Dana Dogwood.');
    const x = hitOf(t, 'call-held-a-call');
    expect(x.d.part.ids).toEqual(expect.arrayContaining(['anna-alder', 'boris-birch', 'dana-dogwood']));
    expect(x.rules).toContain('participants:two-of-them');
  });
  it('again-pair: "the two are due to speak again" is the pair of the last call; without one it is dropped', () => {
    const t = trace('Anna Alder spoke by phone with Boris Birch on Monday. The two are due to speak again on Friday.');
    const x = hitOf(t, 'call-speak-again');
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:again-pair');
    expect(hitOf(trace('The two are due to speak again on Friday.'), 'call-speak-again').dropped).toBe('again-pair');
  });
  it('their-previous-pair: "In their meeting at the palace, both …" after "A told B …": the two people of the sentence before', () => {
    const t = trace('Anna Alder told Boris Birch on Wednesday that the deal was near. In their meeting at the Glass Palace, both praised it.');
    const m = hitOf(t, 'meeting-met', 1);
    expect(m.d.role).toBe('event');
    expect(m.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(m.rules).toContain('participants:their-previous-pair');
    // "their" inside a sentence that names its own subject is not read back
    const inner = hitOf(trace('Anna Alder told Boris Birch on Wednesday that the deal was near. Both noted the roadmap identified in their talks in March.'), 'meeting-talks', 1);
    expect(inner.rules).not.toContain('participants:their-previous-pair');
  });
  it('speakers-pronoun: "A and B announced that both have reached an agreement" is both of theirs', () => {
    const x = hitOf(trace('Anna Alder and Foreign Minister Boris Birch announced tonight that both have now reached an agreement on fishing rights.'), 'agreement-reached');
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:speakers-pronoun');
    const y = hitOf(trace('Anna Alder and her Eastlandish counterpart Boris Birch told reporters on Sunday they jointly agreed to a truce.'), 'agreement-agreed');
    expect(y.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('speakers-pronoun: a person in another clause before the reporting verb is no speaker', () => {
    const x = hitOf(trace('Anna Alder met Boris Birch, and officials said they had agreed to a truce.'), 'agreement-agreed');
    expect(x.rules).not.toContain('participants:speakers-pronoun');
    const y = hitOf(trace('Anna Alder visited Nordvik and Boris Birch said they have reached an agreement.'), 'agreement-reached');
    expect(y.rules).not.toContain('participants:speakers-pronoun');
  });
  it('pair-spoke: "A and B talked this afternoon ahead of their summit" is their call, beside the meeting; one person alone, or a duration, is no call', () => {
    const t = trace('Anna Alder and Foreign Minister Boris Birch talked this afternoon ahead of their summit in Nordvik on Thursday.');
    const x = hitOf(t, 'call-pair-spoke');
    expect(x.dropped).toBeNull();
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(x.rules).toContain('participants:pair-spoke-subjects');
    expect(t.some((y) => y.d.h.type === 'meeting')).toBe(true);
    expect(hitOf(trace('Anna Alder spoke this morning.'), 'call-pair-spoke').dropped).toBe('pair-spoke');
    expect(trace('Anna Alder and Boris Birch spoke for twelve minutes.').some((y) => y.hit === 'call-pair-spoke')).toBe(false);
    expect(trace('Anna Alder and Boris Birch spoke today with Carla Cedar.').some((y) => y.hit === 'call-pair-spoke')).toBe(false);
  });
});
