import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { isAsked } from './asked';
import { trace } from './test-kit';

describe('asked-not-told', () => {
  it('a question names a happening but tells none (the rule’s example)', () => {
    expect(isAsked(EN.askedNotTold.example)).toBe(true);
    const t = trace(EN.askedNotTold.example);
    const v = t.find((x) => x.d.h.type === 'visit')!;
    expect(v.dropped).toBe('asked-not-told');
    expect(v.rules).toContain('status:asked-not-told');
  });
  it('questions opened by an auxiliary or a question word, quoted or not', () => {
    expect(isAsked('Will the two leaders meet again next month?')).toBe(true);
    expect(isAsked('“What came out of the talks between Alder and Birch?”')).toBe(true);
    expect(isAsked('Did Alder call Birch on Monday?')).toBe(true);
  });
  it('a told sentence, or one whose question is only a quoted part, is not a question', () => {
    expect(isAsked('Anna Alder visited Nordvik on Monday.')).toBe(false);
    expect(isAsked('Anna Alder met Boris Birch, who asked: why now?')).toBe(false);
    const t = trace('Anna Alder visited Nordvik on Monday.');
    expect(t.find((x) => x.d.h.type === 'visit')!.dropped).toBeNull();
  });
});
