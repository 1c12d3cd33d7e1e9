import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';
import { posParticipants } from './pos';

describe('part-of-speech participants pass', () => {
  it('pos-subject-object: a coordinated subject the clause rules miss', () => {
    const t = hitOf(trace('In Avalon, Anna Alder, Boris Birch and Dana Dogwood, after weeks of preparation, held talks.'), 'meeting-held-talks');
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch', 'dana-dogwood']);
    expect(t.rules).toContain('participants:pos-subject-object');
  });
  it('posParticipants: the subject run before the trigger and the object run after it', () => {
    const text = 'Anna Alder and Boris Birch met Dana Dogwood.';
    const local = [
      { actorId: 'anna-alder', kind: 'person' as const, start: 0, end: 10, score: 1, via: 'name' as const, surface: 'Anna Alder' },
      { actorId: 'boris-birch', kind: 'person' as const, start: 15, end: 26, score: 1, via: 'name' as const, surface: 'Boris Birch' },
      { actorId: 'dana-dogwood', kind: 'person' as const, start: 31, end: 43, score: 1, via: 'name' as const, surface: 'Dana Dogwood' },
    ];
    expect(posParticipants(text, local, 27, 30).sort()).toEqual(['anna-alder', 'boris-birch', 'dana-dogwood']);
  });
});
