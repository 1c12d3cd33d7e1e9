import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../schema';
import { AnnotatedEvent } from './annotations';
import { compareDates, diagnoseMiss, matchEvents } from './match';
import { maxWeightAssignment } from './hungarian';

function ann(x: Partial<Record<string, unknown>> & { id: string; type: string }): AnnotatedEvent {
  return AnnotatedEvent.parse({ main: true, status: 'happened', date: null, quotes: { d: 'q' }, ...x });
}

function ev(x: Partial<DatasetEvent> & { id: string; type: DatasetEvent['type'] }): DatasetEvent {
  return {
    title: x.id,
    date: null,
    location: null,
    participants: [],
    evidence: [{ documentId: 'd', quote: 'q', start: 0, end: 1 }],
    confidence: 1,
    status: 'happened',
    dateInfo: { expression: null, reference: null, precision: null },
    respondsTo: [],
    disagreements: [],
    edited: null,
    ...x,
  };
}

describe('compareDates', () => {
  it('accepts an annotated day within 3 days, not 4', () => {
    expect(compareDates('2025-02-18', '2025-02-21').agree).toBe(true);
    expect(compareDates('2025-02-18', '2025-02-15').agree).toBe(true);
    expect(compareDates('2025-02-18', '2025-02-22').agree).toBe(false);
    expect(compareDates('2025-02-28', '2025-03-02').agree).toBe(true); // across a month end
  });
  it('counts only the same day as exact', () => {
    expect(compareDates('2025-02-18', '2025-02-18').exact).toBe(true);
    expect(compareDates('2025-02-18', '2025-02-19').exact).toBe(false);
  });
  it('compares month and year annotations at their precision', () => {
    expect(compareDates('2025-02', '2025-02-27').agree).toBe(true);
    expect(compareDates('2025-02', '2025-03-01').agree).toBe(false);
    expect(compareDates('2025', '2025-12-31').agree).toBe(true);
    expect(compareDates('2025', '2024-12-31').agree).toBe(false);
    expect(compareDates('2025-02', '2025-02-27').exact).toBe(false);
  });
  it('lets an unknown compiled date match but never be exact', () => {
    expect(compareDates('2025-02-18', null)).toEqual({ agree: true, exact: false, distance: 0 });
  });
  it('accepts a coarser compiled date containing the annotated day', () => {
    expect(compareDates('2025-02-18', '2025-02').agree).toBe(true);
    expect(compareDates('2025-02-18', '2025-03').agree).toBe(false);
  });
});

describe('matchEvents', () => {
  it('requires the speaker of a statement among the participants', () => {
    const a = [ann({ id: 's', type: 'statement', date: '2025-02-18', participants: ['ann-a'] })];
    const ok = matchEvents(a, [ev({ id: 'c1', type: 'statement', date: '2025-02-18', participants: ['ann-a', 'bob-b'] })]);
    expect(ok.overall.tp).toBe(1);
    const no = matchEvents(a, [ev({ id: 'c1', type: 'statement', date: '2025-02-18', participants: ['bob-b'] })]);
    expect(no.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('requires two of the main participants, or the only one', () => {
    const a = [ann({ id: 'm', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b', 'c-c'] })];
    expect(matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'x-x'] })]).overall.tp).toBe(0);
    expect(matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'c-c'] })]).overall.tp).toBe(1);
    const one = [ann({ id: 'v', type: 'visit', date: '2025-02-18', participants: ['a-a'] })];
    expect(matchEvents(one, [ev({ id: 'c', type: 'visit', date: '2025-02-18', participants: ['a-a'] })]).overall.tp).toBe(1);
    // alternatives: a country can stand for its delegate
    const alt = [ann({ id: 'g', type: 'agreement', date: '2025-02-18', participants: ['a-a', 'b-b'], mainParticipants: [['a-a', 'land-a'], ['b-b', 'land-b']] })];
    expect(matchEvents(alt, [ev({ id: 'c', type: 'agreement', date: '2025-02-18', participants: ['land-a', 'land-b'] })]).overall.tp).toBe(1);
  });

  it('needs the type and the date window to agree', () => {
    const a = [ann({ id: 'm', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] })];
    expect(matchEvents(a, [ev({ id: 'c', type: 'call', date: '2025-02-18', participants: ['a-a', 'b-b'] })]).overall.tp).toBe(0);
    expect(matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-25', participants: ['a-a', 'b-b'] })]).overall.tp).toBe(0);
    const r = matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-20', participants: ['a-a', 'b-b'] })]);
    expect(r.overall).toMatchObject({ tp: 1, exactDays: 0, dayTotal: 1, exactDay: 0 });
    expect(r.dateErrors.map((d) => d.annotated.id)).toEqual(['m']);
  });

  it('counts a second compiled event for the same annotated event as a duplicate false positive', () => {
    const a = [ann({ id: 'm', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] })];
    const r = matchEvents(a, [
      ev({ id: 'c1', type: 'meeting', date: '2025-02-17', participants: ['a-a', 'b-b'] }),
      ev({ id: 'c2', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] }),
    ]);
    expect(r.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    // the exact-date one is preferred
    expect(r.pairs[0].compiled.id).toBe('c2');
    expect(r.duplicates).toEqual([{ compiled: expect.objectContaining({ id: 'c1' }), of: 'm' }]);
    expect(r.overall.exactDay).toBe(1);
  });

  it('neither rewards nor punishes minor events', () => {
    const a = [
      ann({ id: 'big', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] }),
      ann({ id: 'small', type: 'statement', main: false, date: '2025-02', participants: ['a-a'] }),
      ann({ id: 'small2', type: 'call', main: false, date: '2025-02-10', participants: ['a-a', 'b-b'] }),
    ];
    const r = matchEvents(a, [
      ev({ id: 'c1', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] }),
      ev({ id: 'c2', type: 'statement', date: '2025-02-03', participants: ['a-a'] }),
    ]);
    expect(r.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(r.pairs).toHaveLength(2);
  });

  it('prefers main events and maximum matching over greedy choices', () => {
    const a = [
      ann({ id: 'minor', type: 'statement', main: false, date: null, participants: ['a-a'] }),
      ann({ id: 'main', type: 'statement', date: '2025-02-18', participants: ['a-a'] }),
    ];
    const r = matchEvents(a, [
      ev({ id: 'c1', type: 'statement', date: '2025-02-18', participants: ['a-a'] }),
      ev({ id: 'c2', type: 'statement', date: '2024-01-01', participants: ['a-a'] }),
    ]);
    expect(r.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.pairs.map((p) => `${p.annotated.id}=${p.compiled.id}`).sort()).toEqual(['main=c1', 'minor=c2']);
  });

  it('matches statuses by class, and forgives unmatched planned events resembling an annotation', () => {
    const a = [ann({ id: 'p', type: 'meeting', status: 'planned', date: '2025-07', participants: ['a-a', 'b-b'] })];
    // a happened meeting cannot match a planned annotation
    const wrong = matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-07-10', participants: ['a-a', 'b-b'] })]);
    expect(wrong.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const right = matchEvents(a, [ev({ id: 'c', type: 'meeting', status: 'planned', date: null, participants: ['a-a', 'b-b'] })]);
    expect(right.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // a cancelled compiled meeting of the same actors matches nothing but is not counted
    const forgiven = matchEvents(a, [
      ev({ id: 'c1', type: 'meeting', status: 'planned', date: '2025-07-10', participants: ['a-a', 'b-b'] }),
      ev({ id: 'c2', type: 'meeting', status: 'cancelled', date: '2025-07-10', participants: ['a-a', 'b-b'] }),
      ev({ id: 'c3', type: 'meeting', status: 'planned', date: '2025-07-10', participants: ['x-x', 'y-y'] }),
    ]);
    expect(forgiven.ignored.map((e) => e.id)).toEqual(['c2']);
    expect(forgiven.falsePositives.map((e) => e.id)).toEqual(['c3']);
    // ongoing counts as happened
    const h = [ann({ id: 'h', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] })];
    expect(matchEvents(h, [ev({ id: 'c', type: 'meeting', status: 'ongoing', date: '2025-02-18', participants: ['a-a', 'b-b'] })]).overall.tp).toBe(1);
  });

  it('matches a meeting without annotated participants on its location', () => {
    const a = [ann({ id: 's', type: 'meeting', date: '2025-02-17', participants: [], location: 'Paris' })];
    expect(matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-17', location: 'Paris', participants: ['x-x'] })]).overall.tp).toBe(1);
    expect(matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-17', location: 'Rome', participants: ['x-x'] })]).overall.tp).toBe(0);
  });

  it('scores participants of matched meetings and calls', () => {
    const a = [ann({ id: 'm', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b', 'c-c', 'd-d'] })];
    const r = matchEvents(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b', 'x-x'] })]);
    expect(r.participants).toMatchObject({ correct: 2, compiled: 3, covered: 2, annotated: 4, recall: 0.5 });
    expect(r.participants.precision).toBeCloseTo(2 / 3);
  });

  it('is deterministic whatever the order of compiled events', () => {
    const a = [ann({ id: 'm', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] })];
    const cs = [
      ev({ id: 'c2', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] }),
      ev({ id: 'c1', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] }),
    ];
    const r1 = matchEvents(a, cs);
    const r2 = matchEvents(a, [...cs].reverse());
    expect(r1.pairs[0].compiled.id).toBe(r2.pairs[0].compiled.id);
    expect(r1.duplicates[0].compiled.id).toBe(r2.duplicates[0].compiled.id);
  });
});

describe('diagnoseMiss', () => {
  it('names the one rule the nearest compiled event fails', () => {
    const a = ann({ id: 'm', type: 'meeting', date: '2025-02-18', participants: ['a-a', 'b-b'] });
    expect(diagnoseMiss(a, [ev({ id: 'c', type: 'call', date: '2025-02-18', participants: ['a-a', 'b-b'] })])?.reason).toBe('typed as call');
    expect(diagnoseMiss(a, [ev({ id: 'c', type: 'meeting', date: '2025-03-18', participants: ['a-a', 'b-b'] })])?.reason).toMatch(/^date 2025-03-18/);
    expect(diagnoseMiss(a, [ev({ id: 'c', type: 'meeting', date: '2025-02-18', participants: ['a-a'] })])?.reason).toBe('participants [a-a]');
    expect(diagnoseMiss(a, [ev({ id: 'c', type: 'meeting', status: 'planned', date: '2025-02-18', participants: ['a-a', 'b-b'] })])?.reason).toBe('status planned');
    expect(diagnoseMiss(a, [ev({ id: 'c', type: 'call', date: '2024-01-01', participants: ['x-x'] })])).toBeNull();
  });
});

describe('maxWeightAssignment', () => {
  it('finds the maximum matching, not the greedy one', () => {
    // greedy would take (0,0) and leave row 1 unmatched
    expect(maxWeightAssignment([[10, 9], [8, 0]], 2)).toEqual([[0, 1], [1, 0]]);
  });
  it('handles rectangular inputs and empty ones', () => {
    expect(maxWeightAssignment([[0, 0, 5]], 3)).toEqual([[0, 2]]);
    expect(maxWeightAssignment([], 0)).toEqual([]);
    expect(maxWeightAssignment([[0], [0]], 1)).toEqual([]);
  });
});
