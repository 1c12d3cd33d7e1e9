/** First-person calls in remarks (fix e): rows first-person-speaker, coordinated-people, with mentions as the people stage gives them. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../events';
import { EN } from '../../lang/en';
import { input, makeDoc } from '../../what/test-helpers';
import { ACTORS, FORMS, PLACES } from '../fixtures';
import { hitOf, trace } from './test-kit';

const PMS = 'the prime ministers of Avalon and Nordvik';

describe('first-person calls in remarks', () => {
  it('first-person-speaker + coordinated-people: the row’s example is a call of the speaker with each prime minister', () => {
    const t = hitOf(
      trace(`${EN.firstPersonSpeaker.example}, and both accepted the proposal.`, {
        extra: [
          { surface: 'I', actorId: 'anna-alder' },
          { surface: PMS, actorId: 'boris-birch', via: 'role' },
          { surface: PMS, actorId: 'dana-dogwood', via: 'role' },
        ],
      }),
      'call-spoke-to',
    );
    expect(t.dropped).toBeNull();
    expect(t.rules).toContain('participants:first-person-speaker');
    expect(t.d.groups.map((g) => [...g].sort().join('+')).sort()).toEqual(['anna-alder+boris-birch', 'anna-alder+dana-dogwood']);
  });
  it('the coordinated span is kept for both people in the compiled events', () => {
    expect(EN.coordinatedPeople.pattern.test(EN.coordinatedPeople.example)).toBe(true);
    const text = `${EN.firstPersonSpeaker.example}, and both accepted the proposal.`;
    const doc = makeDoc('d', text, '2025-02-19');
    const inp = input(doc, ACTORS, FORMS, {}, PLACES);
    const at = text.indexOf(PMS);
    inp.mentions.push(
      { docId: 'd', sentence: 0, start: 0, end: 1, surface: 'I', actorId: 'anna-alder', via: 'pronoun', score: 0.8 },
      { docId: 'd', sentence: 0, start: at, end: at + PMS.length, surface: PMS, actorId: 'boris-birch', via: 'role', score: 0.8 },
      { docId: 'd', sentence: 0, start: at, end: at + PMS.length, surface: PMS, actorId: 'dana-dogwood', via: 'role', score: 0.8 },
    );
    inp.mentions.sort((a, b) => a.start - b.start);
    const calls = extractEvents(inp).filter((e) => e.type === 'call');
    expect(calls.map((c) => [...c.participants].sort().join('+')).sort()).toEqual(['anna-alder+boris-birch', 'anna-alder+dana-dogwood']);
  });
  it('a programme’s own "I spoke with" (the "I" resolved to nobody) stays dropped', () => {
    expect(hitOf(trace('I just spoke with Anna Alder about the talks.'), 'call-spoke-to').dropped).toBe('programme-talk');
  });
});
