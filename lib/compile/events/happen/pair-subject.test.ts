/** pair-subject: "the two leaders signed", "signed by the two leaders" — the pair the text has just told. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

const agreement = (text: string, rule = 'agreement-signed', sentence?: number) => hitOf(trace(text), rule, sentence);

describe('pair-subject', () => {
  it('the rows match their examples', () => {
    expect(EN.pairSubject.pattern.test(EN.pairSubject.example.slice(0, EN.pairSubject.example.indexOf('signed')))).toBe(true);
    expect(EN.pairAgent.pattern.test(EN.pairAgent.example.slice(EN.pairAgent.example.indexOf('signed') + 'signed'.length))).toBe(true);
    expect(EN.pairReported.pattern.test(EN.pairReported.example)).toBe(true);
  });
  it('the row’s example: the two people named before "the two leaders" in its sentence', () => {
    const t = agreement(EN.pairSubject.example);
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:pair-subject');
  });
  it('after a subordinator: "the talks ended, after which the two men signed"', () => {
    const t = agreement('Anna Alder received Boris Birch in Avalon on Monday, at the end of which the two men signed a joint declaration.');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('the parties of the talks told just before: "the border reopened after the two countries agreed to …"', () => {
    const t = agreement('Anna Alder held talks with Boris Birch in Avalon on Friday. The border reopened after the two countries agreed to end the dispute.', 'agreement-agreed', 1);
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:pair-subject-talks');
  });
  it('a person the subject reading took from elsewhere in the clause gives way', () => {
    const t = agreement('Anna Alder held talks with Boris Birch in Avalon on Friday. Shortly after Birch left the palace, the two countries agreed to reopen the border.', 'agreement-agreed', 1);
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('the passive agent: "a declaration signed by the two leaders"', () => {
    const t = agreement('Anna Alder met Boris Birch in Avalon on Monday. The appeal is part of a declaration signed by the two leaders at the palace.', 'agreement-signed', 1);
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:pair-agent');
  });
  it('the speakers of a report are not the pair: the talks just told are', () => {
    const t = agreement('Anna Alder spoke by phone with Boris Birch on Monday. Carla Cedar and Dana Dogwood said in a joint statement that the two leaders agreed to a pause.', 'agreement-agreed', 1);
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('people named in the clause as the subject stay', () => {
    const t = agreement('Anna Alder and Boris Birch signed a joint declaration in Avalon.');
    expect(t.rules).not.toContain('participants:pair-subject');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('no pair told: nothing is made up', () => {
    const t = agreement('The two leaders signed a joint declaration.');
    expect(t.rules.some((r) => r.startsWith('participants:pair-subject'))).toBe(false);
  });
});
