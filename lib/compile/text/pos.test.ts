import { describe, expect, it } from 'vitest';
import { objectSpan, subjectSpan, tagSentence } from './pos';

describe('pos (wink-nlp)', () => {
  it('tags a sentence with offsets into it', () => {
    const s = 'Anna Alder met Boris Birch in Avalon.';
    const t = tagSentence(s);
    for (const x of t) expect(s.slice(x.start, x.end)).toBe(x.text);
    expect(t.find((x) => x.text === 'met')?.pos).toBe('VERB');
    expect(t.find((x) => x.text === 'Alder')?.pos).toBe('PROPN');
  });
  it('finds a coordinated subject list before the verb and the names after it', () => {
    const s = 'On Tuesday, Anna Alder, Boris Birch and Dana Dogwood had also met with Carla Cedar and Eve Elm in Avalon.';
    const t = tagSentence(s);
    const verb = s.indexOf('met');
    const subj = subjectSpan(t, verb)!;
    // the run may take in a day name before it ("Tuesday,"): callers keep only the people mentioned in it
    expect(s.slice(subj.start, subj.end)).toContain('Anna Alder, Boris Birch and Dana Dogwood');
    const obj = objectSpan(t, verb + 3)!;
    expect(s.slice(obj.start, obj.end)).toBe('Carla Cedar and Eve Elm');
  });
  it('no subject when a verb or a clause word stands right before', () => {
    const s = 'Anna Alder said that she met Boris Birch.';
    const t = tagSentence(s);
    expect(subjectSpan(t, s.indexOf('said'))).not.toBeNull();
    expect(subjectSpan(t, s.indexOf('met'))).toBeNull();
  });
  it('skips a parenthetical without a verb between the subject and its verb', () => {
    const s = 'Anna Alder and Boris Birch, after weeks of preparation, held talks.';
    const subj = subjectSpan(tagSentence(s), s.indexOf('held'))!;
    expect(s.slice(subj.start, subj.end)).toBe('Anna Alder and Boris Birch');
  });
});
