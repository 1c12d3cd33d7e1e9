import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../../schema';
import type { Cand } from '../cand';
import { EN } from '../../lang/en';
import { isReadout } from './readout';

const kinds: Record<string, ActorKind> = { 'nordvik-ministry': 'organization', 'mara-quist': 'person', 'tomas-vell': 'person' };
const kindOf = (id: string): ActorKind | null => kinds[id] ?? null;
const cand = (c: Partial<Cand>): Cand => ({ role: 'event', type: 'meeting', status: 'happened', participants: [], trigger: '', speaker: null, ...c }) as Cand;
const ministry = (trigger: string) => cand({ role: 'statement', type: 'statement', speaker: 'nordvik-ministry', participants: ['nordvik-ministry'], trigger });
const talks = cand({ participants: ['mara-quist', 'tomas-vell'] });

describe('readout-not-statement', () => {
  it("a body's report of a meeting or call of named others in its sentence is that happening's readout", () => {
    const s = 'The Nordvik ministry said in a statement that Mara Quist and Tomas Vell discussed the border on Monday.';
    expect(isReadout(ministry('said'), [talks], kindOf, s)).toBe(true);
    expect(isReadout(ministry('said'), [cand({ type: 'call', participants: ['mara-quist', 'tomas-vell'] })], kindOf, s)).toBe(true);
    expect(EN.readoutNotStatement.pattern.test('said')).toBe(true);
  });
  it('a person who reports, a body that denies or is a source, and a speaker who took part stay statements', () => {
    const s = 'Mara Quist said she and Tomas Vell met on Monday.';
    expect(isReadout(cand({ role: 'statement', type: 'statement', speaker: 'mara-quist', trigger: 'said' }), [cand({ participants: ['tomas-vell'] })], kindOf, s)).toBe(false);
    expect(isReadout(ministry('denied'), [talks], kindOf, 'The Nordvik ministry denied that Mara Quist had met Tomas Vell.')).toBe(false);
    expect(isReadout(ministry('According to'), [talks], kindOf, 'According to the Nordvik ministry, Mara Quist met Tomas Vell.')).toBe(false);
    expect(isReadout(ministry('said'), [cand({ participants: ['nordvik-ministry', 'mara-quist'] })], kindOf, 'The Nordvik ministry said it met Mara Quist.')).toBe(false);
  });
  it('no readout without a told meeting or call of people, or of a happening still to come (an announcement)', () => {
    expect(isReadout(ministry('said'), [cand({ role: 'ref', participants: ['mara-quist'] })], kindOf, 'The ministry said the results of the meeting were good.')).toBe(false);
    expect(isReadout(ministry('said'), [cand({ type: 'agreement', participants: ['mara-quist', 'tomas-vell'] })], kindOf, 'The ministry said Quist and Vell signed the accord.')).toBe(false);
    const s = EN.readoutAnnouncement.example;
    expect(EN.readoutAnnouncement.pattern.test(s)).toBe(true);
    expect(isReadout(ministry('confirmed'), [talks], kindOf, s)).toBe(false);
  });
});
