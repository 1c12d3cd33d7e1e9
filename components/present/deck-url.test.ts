import { describe, expect, it } from 'vitest';
import { deckKey, deckQuery, explorerQuery, parseDeckParams } from './deck-url';

const p = (s: string) => parseDeckParams(new URLSearchParams(s));

describe('presentation URL', () => {
  it('reads a story step and a window deck, dropping bad values', () => {
    expect(p('story=road&step=3')).toEqual({ story: 'road', from: null, to: null, step: 3, event: null });
    expect(p('from=2025-02-01&to=2025-02-28&event=e1')).toMatchObject({ from: '2025-02-01', to: '2025-02-28', step: null, event: 'e1' });
    expect(p('story=<x>&step=-1&from=yesterday')).toEqual({ story: null, from: null, to: null, step: null, event: null });
  });

  it('writes one URL per step and names the deck without the step', () => {
    expect(deckQuery(p('story=road&step=1'), 4)).toBe('?story=road&step=4');
    expect(deckQuery(p('from=2025-02-01&to=2025-02-28&event=e1'), 2)).toBe('?from=2025-02-01&to=2025-02-28&step=2');
    expect(deckKey(p('story=road&step=1'))).toBe(deckKey(p('story=road&step=9')));
    expect(deckKey(p('from=2025-02-01'))).not.toBe(deckKey(p('from=2025-02-02')));
  });

  it('returns to the explorer with the step selected and the filter kept', () => {
    expect(explorerQuery(p('from=2025-02-01&to=2025-02-28'), { kind: 'event', eventId: 'e2', actorId: null })).toBe('?event=e2&from=2025-02-01&to=2025-02-28');
    expect(explorerQuery(p('story=road'), { kind: 'actor', eventId: 'e2', actorId: 'a1' })).toBe('?actor=a1');
  });
});
