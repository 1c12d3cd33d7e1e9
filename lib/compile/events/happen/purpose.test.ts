import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('purpose-of-done: the purpose infinitive of a done gathering or journey took place', () => {
  it('the row’s example: "joined Birch in Avalon to sign the accord" is a signing that happened', () => {
    const t = hitOf(trace(`${EN.purposeOfDone.example}.`), 'agreement-signed');
    expect(t.dropped).toBeNull();
    expect(t.d.status).toBe('happened');
    expect(t.rules).toContain('status:purpose-of-done');
    expect(t.rules).not.toContain('status:modality-planned');
  });
  it('a gathering told as done ("gathered the leaders … to sign")', () => {
    const t = hitOf(trace('Boris Birch gathered Anna Alder and Dana Dogwood in Nordvik to sign the accord.'), 'agreement-signed');
    expect(t.d.status).toBe('happened');
  });
  it('a plan stays a plan: a modal, an intention or a request between the verb and the infinitive, or a future verb', () => {
    for (const s of [
      'Anna Alder hopes to sign the accord with Boris Birch.',
      'Anna Alder met Boris Birch in Avalon and agreed to sign the accord.',
      'Anna Alder welcomed the offer from Boris Birch to sign the accord.',
      'Anna Alder will travel to Avalon on Monday to sign the accord with Boris Birch.',
    ]) {
      const t = hitOf(trace(s), 'agreement-signed');
      expect(t.rules, s).not.toContain('status:purpose-of-done');
      expect(t.d.status, s).toBe('planned');
    }
  });
});
