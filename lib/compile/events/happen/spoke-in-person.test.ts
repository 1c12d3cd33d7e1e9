import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { trace } from './test-kit';

const talk = (s: string) => trace(s).filter((x) => /^(?:spoke|speaks|talked)/i.test(x.trigger));

describe('spoke-in-person, it-speaks-to', () => {
  it('the rows match their examples', () => {
    expect(EN.spokeInPerson.pattern.test(EN.spokeInPerson.example)).toBe(true);
    expect(EN.spokeByPhone.pattern.test(EN.spokeByPhone.example)).toBe(true);
    expect(EN.itSpeaksTo.pattern.test('it clearly speaks to ')).toBe(true);
  });
  it('talk placed together (during a meeting, before meeting someone) is a meeting', () => {
    const x = talk('Anna Alder speaks with Boris Birch during a meeting at the palace in Avalon on Friday.')[0];
    expect(x.dropped).toBeNull();
    expect(x.d.etype).toBe('meeting');
    expect(x.rules).toContain('role:spoke-in-person');
    const y = talk('Before meeting Carla Cedar, Anna Alder spoke with Boris Birch.')[0];
    expect(y.d.etype).toBe('meeting');
  });
  it('a phone named, or no meeting in the sentence: still a call', () => {
    expect(talk('Before meeting Carla Cedar, Anna Alder spoke by phone with Boris Birch.')[0].d.etype).toBe('call');
    expect(talk('Anna Alder spoke with Boris Birch on Friday.')[0].d.etype).toBe('call');
    // a meeting named only inside a quotation places no one
    expect(talk('“I look forward to meeting him during the summit,” Anna Alder said after she had spoken to Boris Birch.')[0]?.d.etype ?? 'call').toBe('call');
  });
  it('a thing that speaks to something is no call', () => {
    const x = talk('It clearly speaks to the awkward position that Anna Alder and Boris Birch find themselves in.')[0];
    expect(x.dropped).toBe('spoke-in-person');
    expect(x.rules).toContain('trigger:it-speaks-to');
  });
  it('"called" naming or judging is no call; "called B" and "called B’s office" stay calls', () => {
    const c = (s: string) => trace(s).filter((x) => x.hit === 'call-called-object')[0];
    expect(EN.namingCalled.pattern.test(EN.namingCalled.example)).toBe(true);
    const x = c('At the end of the summit, Anna Alder called Boris Birch “my old friend” in Avalon.');
    expect(x.dropped).toBe('spoke-in-person');
    expect(x.rules).toContain('trigger:naming-called');
    expect(c('Anna Alder called Boris Birch’s decision “brave” on Monday.').dropped).toBe('spoke-in-person');
    expect(c('Anna Alder called Boris Birch on Friday.').dropped).toBeNull();
    expect(c("Anna Alder called Boris Birch's office on Friday.").dropped).toBeNull();
  });
  it('"called" with a common noun and a quoted word names or judges: no call; a call placed to the noun stays one', () => {
    const c = (s: string) => trace(s).filter((x) => x.hit === 'call-called-object')[0];
    expect(EN.namingCalledNoun.pattern.test(EN.namingCalledNoun.example)).toBe(true);
    const x = c('As the two addressed reporters, Anna Alder called his counterpart “President Birch” in Avalon.');
    expect(x.dropped).toBe('spoke-in-person');
    expect(x.rules).toContain('trigger:naming-called-noun');
    expect(c('Anna Alder called his counterpart Boris Birch on Friday.').dropped).toBeNull();
  });
});
