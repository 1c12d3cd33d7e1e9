/** One sentence, several happenings: rows coordinated-verb, their-adjunct; ing-clause-parties. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { hitOf, trace } from './test-kit';

describe('shared parties of a sentence’s happenings', () => {
  it('coordinated-verb: the row’s example — "met Birch and agreed to …" is the agreement of both', () => {
    const t = hitOf(trace(EN.coordinatedVerb.example), 'agreement-agreed');
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:coordinated-verb');
  });
  it('coordinated-verb: a new subject after "and" is left to the subject rules', () => {
    const t = hitOf(trace('Anna Alder met Boris Birch and Carla Cedar agreed to restore flights.'), 'agreement-agreed');
    expect(t.rules).not.toContain('participants:coordinated-verb');
  });
  it('their-adjunct: the row’s example — "signed a declaration after their summit" is also their summit', () => {
    const t = hitOf(trace(EN.theirAdjunct.example), 'meeting-summit');
    expect(t.dropped).toBeNull();
    expect(t.d.role).toBe('event');
    expect(t.d.etype).toBe('meeting');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:their-adjunct');
    // the declaration stays an agreement of its own
    expect(hitOf(trace(EN.theirAdjunct.example), 'agreement-signed').d.etype).toBe('agreement');
  });
  it('their-adjunct: "agreed at their first summit" — both happenings', () => {
    const t = trace('Anna Alder and Boris Birch agreed at their first summit on Monday to restore military talks.');
    expect(hitOf(t, 'agreement-agreed').d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(hitOf(t, 'meeting-summit').d.role).toBe('event');
  });
  it('a definite "the summit" stays a reference to a summit told elsewhere', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch signed a joint declaration after the summit in Avalon.'), 'meeting-summit');
    expect(t.d.role).toBe('ref');
  });
  it('ing-clause-parties: "spoke by phone before meeting in Avalon" — the meeting has all the main clause’s parties', () => {
    const t = trace('Anna Alder and Boris Birch spoke by phone on Monday before meeting in Avalon on Friday.');
    const meeting = t.find((x) => x.d.h.type === 'meeting')!;
    expect(meeting.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(meeting.rules).toContain('participants:ing-clause-parties');
  });
});
