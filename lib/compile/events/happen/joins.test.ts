import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../events';
import { input, makeDoc } from '../../what/test-helpers';
import { ACTORS, FORMS, PLACES } from '../fixtures';
import { hitOf, trace } from './test-kit';

describe('join passes', () => {
  it('join-subject-object: "A was joined by B" adds B to A’s happening', () => {
    const t = hitOf(trace('Anna Alder was joined by Boris Birch.'), 'join-joined');
    expect(t.d.role).toBe('join');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(t.rules).toContain('participants:join-subject-object');
  });
  it('join-gapping: "…; C by D" repeats the join with other people', () => {
    const doc = makeDoc('d', 'Anna Alder met Dana Dogwood in Avalon on Monday. Anna Alder was joined by Boris Birch; Carla Cedar by Dana Dogwood.', '2025-02-19');
    const evs = extractEvents(input(doc, ACTORS, FORMS, { 'on Monday': { value: '2025-02-17' } }, PLACES));
    const m = evs.find((e) => e.type === 'meeting')!;
    expect(m.participants.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar', 'dana-dogwood']);
  });
  it('a happening named by a join right after it is the join’s ("took part in the talks")', () => {
    const t = trace('Boris Birch took part in the talks.');
    expect(t.map((x) => x.hit)).toEqual(['join-took-part']);
  });
  it('signing-witness: the row’s example (attendees of a signing ceremony) is no meeting', () => {
    const t = hitOf(trace('The signing ceremony was attended by Boris Birch and Carla Cedar.'), 'join-attended');
    expect(t.dropped).toBe('signing-witness');
    expect(t.rules).toContain('role:signing-witness');
    expect(hitOf(trace('The talks were attended by Boris Birch and Carla Cedar.'), 'join-attended').dropped).toBeNull();
  });
});
