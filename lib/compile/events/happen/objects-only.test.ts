import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { trace } from './test-kit';

const meetingOf = (s: string, extra?: Parameters<typeof trace>[1]) => trace(s, extra).find((x) => x.d.h.type === 'meeting' || x.d.h.type === 'call')!;

describe('objects-only', () => {
  it('the rule’s example: "He was met by A and B" is no meeting of A with B', () => {
    const x = meetingOf(EN.objectsOnly.example + '.');
    expect(x.dropped).toBe('objects-only');
    expect(x.rules).toContain('participants:objects-only');
  });
  it('an unresolved pronoun or a noun that names no one as the subject: the objects are not a pair', () => {
    expect(meetingOf('She held talks with Boris Birch and Carla Cedar in Avalon.').dropped).toBe('objects-only');
    expect(meetingOf('The president spoke with Prime Minister Boris Birch, party leader Carla Cedar and Dana Dogwood.').dropped).toBe('objects-only');
  });
  it('a named subject, a pair named on the noun, or one object: kept', () => {
    const x = meetingOf('Anna Alder met Boris Birch and Carla Cedar on Monday.');
    expect(x.dropped).toBeNull();
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar']);
    expect(meetingOf('They followed a phone call between Boris Birch and Carla Cedar on Thursday.').dropped).toBeNull();
    expect(meetingOf('Boris Birch held talks with Carla Cedar in Avalon.').dropped).toBeNull();
  });
  it('resolved-subject: a subject pronoun the people stage resolved is the one who meets the objects', () => {
    const s = 'Anna Alder said ahead of her visit that she might meet Boris Birch and party leader Carla Cedar.';
    const at = s.indexOf('she might');
    const x = meetingOf(s, { extra: [{ surface: 'she', actorId: 'anna-alder', from: at }] });
    expect(x.dropped).toBeNull();
    expect(x.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar']);
    expect(x.rules).toContain('participants:resolved-subject');
  });
});
