import { describe, expect, it } from 'vitest';
import { FIXTURE, FIXTURE_INDEX } from '../adapters/fixtures';
import { eventsOfActor, indexDataset, participantsOf, sortEvents } from './selection';

describe('selection helpers', () => {
  it('sorts by date with undated last, both directions', () => {
    const asc = sortEvents(FIXTURE.events).map((e) => e.date);
    expect(asc).toEqual(['2025', '2025-02', '2025-03-04', null]);
    const desc = sortEvents(FIXTURE.events, 'desc').map((e) => e.date);
    expect(desc).toEqual(['2025-03-04', '2025-02', '2025', null]);
  });

  it('lists an actor’s events and an event’s participants', () => {
    expect(eventsOfActor(FIXTURE, 'trade-bloc').map((e) => e.id)).toEqual(['agreement-2025-anna-berg-trade-bloc']);
    const idx = indexDataset(FIXTURE_INDEX);
    const meeting = idx.events.get('meeting-2025-03-04-anna-berg-ivan-petrov')!;
    expect(participantsOf(meeting, idx).map((a) => a.name)).toEqual(['Anna Berg', 'Ivan Petrov']);
  });
});
