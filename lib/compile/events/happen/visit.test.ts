import { describe, expect, it } from 'vitest';
import { hitOf, trace } from './test-kit';

describe('visit passes', () => {
  it('arrival-guest: the guest greeted on arrival visits the place of the story (arrival-place)', () => {
    const t = trace('Anna Alder met Boris Birch in Avalon on Monday. Alder had greeted Birch at the airport on arrival.', { dates: { 'on Monday': { value: '2025-02-17' } } });
    const a = hitOf(t, 'visit-greeted-on-arrival');
    expect(a.dropped).toBeNull();
    expect(a.d.part.ids).toEqual(['boris-birch']);
    expect(a.d.place).toBe('Avalon');
    expect(a.rules).toEqual(expect.arrayContaining(['participants:arrival-guest', 'place:arrival-place', 'date:arrival-day']));
  });
  it('arrival-guest: dropped when no happening with a place was told before', () => {
    expect(hitOf(trace('Alder had greeted Birch at the airport on arrival.'), 'visit-greeted-on-arrival').dropped).toBe('arrival-guest');
  });
  it('invited-guest: the one invited to a place, planned (invitation-planned)', () => {
    const t = hitOf(trace('Anna Alder invited Boris Birch to Nordvik for the next round.'), 'visit-invited-to');
    expect(t.d.part.ids).toEqual(['boris-birch']);
    expect(t.d.status).toBe('planned');
    expect(t.rules).toEqual(expect.arrayContaining(['participants:invited-guest', 'status:invitation-planned']));
  });
  it('invited-guest: dropped without a place right after', () => {
    expect(hitOf(trace('Anna Alder invited Boris Birch to talk more often.'), 'visit-invited-to').dropped).toBe('invited-guest');
  });
  it('sent-envoy: the one sent visits, not the sender', () => {
    const t = hitOf(trace('Anna Alder sent Boris Birch to Nordvik on Monday.', { dates: { 'on Monday': { value: '2025-02-17' } } }), 'visit-sent-to');
    expect(t.d.part.ids).toEqual(['boris-birch']);
    expect(t.rules).toContain('participants:sent-envoy');
  });
  it('sent-passive-pronoun: "he was sent to" is the last subject', () => {
    const t = trace('Boris Birch spoke to reporters. He was sent to Nordvik by Anna Alder.');
    const v = hitOf(t, 'visit-sent-to');
    expect(v.d.part.ids).toEqual(['boris-birch']);
    expect(v.rules).toContain('participants:sent-passive-pronoun');
  });
});
