import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { pronounBefore } from './pronoun-speaker';
import { EN } from '../lang/en';

const cast = [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell'), person('ana-birch', 'Ana Birch')];

describe('pronoun speakers the statements pass gives itself', () => {
  it('pronounBefore: the last he/she before the verb', () => {
    expect(pronounBefore('“We will not wait,” she ')).toBe('f');
    expect(pronounBefore('She thanked him and he ')).toBe('m');
    expect(pronounBefore('“We will not wait,” ')).toBe(null);
  });
  it(`${EN.pronounGenderAgrees.id}: "she" is never the man who spoke last`, () => {
    const body = 'Mrs Quist arrived in Cedar on Monday. Her visit follows a trip to Avalon.\n\nMr Vell said on Tuesday the fees would stay.\n\n“We will not wait for the harbour fees,” she added.';
    const s = compiledStatements(body, cast);
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
    expect(s[0].rules).not.toContain('speaker-pronoun-last-speaker');
  });
  it(`${EN.pronounGenderAgrees.id}: a speaker of the pronoun’s gender keeps it`, () => {
    const body = 'Mr Vell said the border would reopen in spring.\n\n“We will not wait for the harbour fees,” he added.';
    const s = compiledStatements(body, cast);
    expect(s.map((x) => x.speaker)).toEqual(['tomas-vell']);
  });
  it(`${EN.unnamedSpeakerBefore.id}: "he" after a speaker the text does not name is no one named before`, () => {
    const body =
      'Tomas Vell met Mara Quist in Cedar on Monday.\n\n“The devil is in the timing,” the bloc’s foreign policy chief said. “We have a deal on how to do it,” he said.';
    expect(compiledStatements(body, cast)).toEqual([]);
  });
});
