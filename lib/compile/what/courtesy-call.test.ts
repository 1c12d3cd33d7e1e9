import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';
import { trace } from '../events/happen/test-kit';

const rules = (s: string) => findTriggers(s).map((h) => h.rule.id);

describe('a courtesy call on an office holder is a meeting, not an appeal', () => {
  it('meeting-called-on: "called on / calling upon" a title and a name', () => {
    expect(rules('Anna Alder called on Prime Minister Boris Birch in Avalon today')).toContain('meeting-called-on');
    expect(rules('They held talks with the envoys before calling upon Foreign Minister Boris Birch.')).toContain('meeting-called-on');
    expect(rules('Anna Alder called on the Nordvik President and discussed trade.')).toContain('meeting-called-on');
    // a purpose of the call itself (discuss, hand over …) keeps it a visit in person
    expect(rules('Anna Alder called on Prime Minister Boris Birch in Avalon to discuss trade today.')).toContain('meeting-called-on');
  });
  it('meeting-called-on: the same verb as an appeal ("to <verb>") or with no office after it stays statement-urged', () => {
    for (const s of ['Anna Alder called on President Boris Birch to release the prisoners.', 'Anna Alder called on Nordvik to end the blockade.', 'Anna Alder called on all sides to show restraint.']) {
      expect(rules(s)).not.toContain('meeting-called-on');
      expect(rules(s)).toContain('statement-urged');
    }
    // a host inviting questions is no meeting
    expect(rules('Then Boris Birch can call on a Nordvik reporter')).not.toContain('meeting-called-on');
    // an honorific alone is how a moderator gives the floor to a reporter
    expect(rules('Let me call on Mr. Cedar from the Avalon Herald')).not.toContain('meeting-called-on');
  });
  it('a courtesy call told as a noun', () => {
    expect(rules('the delegation paid a short courtesy call on Premier Boris Birch at the palace')).toContain('meeting-courtesy-call');
    expect(rules('Boris Birch welcomed a virtual courtesy call from Anna Alder')).toContain('meeting-courtesy-call');
    expect(rules('Boris Birch welcomed a virtual courtesy call from Anna Alder')).not.toContain('call-the-call');
  });
  it('the courtesy call becomes a meeting of the caller and the one called on, and no statement', () => {
    const t = trace('Anna Alder called on President Boris Birch in Avalon on Tuesday.');
    const m = t.find((x) => x.hit === 'meeting-called-on');
    expect(m?.dropped).toBeNull();
    expect([...m!.d.part.ids].sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(rules('Anna Alder called on President Boris Birch in Avalon on Tuesday.')).not.toContain('statement-urged');
  });
});
