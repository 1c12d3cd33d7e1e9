import { describe, expect, it } from 'vitest';
import { NO_DATE, type DateChoice } from '../what/anchors';
import { placeBook } from '../what/places';
import type { Cand } from './cand';
import { clusterCands } from './cluster';
import { ACTORS } from './fixtures';

const kindOf = (id: string) => ACTORS.get(id)?.kind ?? null;
const day = (value: string): DateChoice => ({ ...NO_DATE, value, precision: 'day', expression: 'on Friday', reference: 'published', source: 'explicit' });
let order = 0;
const cand = (c: Partial<Cand>): Cand => ({
  order: order++,
  sentence: 0,
  span: { start: 0, end: 1 },
  type: 'agreement',
  role: 'event',
  trigger: 'agreed',
  strength: 1,
  participants: [],
  certainty: 1,
  status: 'happened',
  ongoing: false,
  date: NO_DATE,
  place: null,
  placeRank: 0,
  speaker: null,
  respondsTo: [],
  gist: null,
  hit: { start: 0, end: 1 },
  anchorSpan: null,
  why: [],
  ...c,
});

describe('references attach to their happening (cluster pass 3)', () => {
  it('a reference told as planned ("spoke on Friday to commit to the deal") joins a real agreement without its day', () => {
    const cs = clusterCands(
      [
        cand({ sentence: 0, participants: ['anna-alder', 'boris-birch'] }),
        cand({ sentence: 1, role: 'ref', trigger: 'the deal', status: 'planned', date: day('2025-03-07') }),
      ],
      placeBook(),
      kindOf,
      ACTORS,
      '2025-03-07',
    );
    expect(cs).toHaveLength(1);
    expect(cs[0].cands).toHaveLength(2);
    expect(cs[0].date.value).toBeNull();
    expect(cs[0].cands[1].why).toContainEqual({ stage: 'date', rule: 'planned-reference-keeps-no-day' });
  });
  it('a reference of the same status still dates its happening ("the deal, reached on Friday")', () => {
    const cs = clusterCands(
      [cand({ sentence: 0, participants: ['anna-alder', 'boris-birch'] }), cand({ sentence: 1, role: 'ref', trigger: 'the deal', date: day('2025-03-07') })],
      placeBook(),
      kindOf,
      ACTORS,
      '2025-03-07',
    );
    expect(cs[0].date.value).toBe('2025-03-07');
  });
});
