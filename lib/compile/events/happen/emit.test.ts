import { describe, expect, it } from 'vitest';
import { input, makeDoc } from '../../what/test-helpers';
import { viewSentence } from '../context';
import { makeCtx } from '../extract';
import { ACTORS, FORMS, PLACES } from '../fixtures';
import { findHappenings } from './index';

function candsOf(text: string, dates = {}) {
  const doc = makeDoc('d', text, '2025-02-19');
  const ctx = makeCtx(input(doc, ACTORS, FORMS, dates, PLACES));
  for (const s of doc.sentences) {
    const v = viewSentence(ctx, s);
    if (v) findHappenings(ctx, v);
  }
  return ctx.cands;
}

describe('emit pass', () => {
  it('one candidate per group (one-each), marked as split', () => {
    const cs = candsOf('Anna Alder spoke by phone with both Boris Birch and Dana Dogwood.').filter((c) => c.type === 'call');
    expect(cs).toHaveLength(2);
    expect(cs[0].split).toBe(cs[1].split);
    expect(cs[0].why).toContainEqual({ stage: 'participants', rule: 'one-each' });
  });
  it('visit-of-reception: a host receiving a guest in a place also gives the guest’s visit there', () => {
    const cs = candsOf('Anna Alder received envoy Boris Birch in Nordvik on Monday.', { 'on Monday': { value: '2025-02-17' } });
    const visit = cs.find((c) => c.type === 'visit')!;
    expect(visit.participants).toEqual(['boris-birch']);
    expect(visit.place).toBe('Nordvik');
    expect(visit.reception?.type).toBe('meeting');
    expect(visit.why).toContainEqual({ stage: 'role', rule: 'visit-of-reception' });
  });
  it('welcomed-to-place: "welcomed Birch to the Glass Palace" is Birch’s visit there as well as the meeting', () => {
    const cs = candsOf('Anna Alder welcomed Boris Birch to the Glass Palace on Friday.', { 'on Friday': { value: '2025-02-14' } });
    expect(cs.map((c) => c.type)).toEqual(['meeting', 'visit']);
    const visit = cs[1];
    expect(visit.participants).toEqual(['boris-birch']);
    expect(visit.place).toMatch(/^Glass Palace/);
    expect(visit.why).toEqual(expect.arrayContaining([{ stage: 'role', rule: 'welcomed-to-place' }, { stage: 'role', rule: 'visit-of-reception' }]));
  });
  it('welcomed-to-place: "welcomed Birch in Avalon" and "hosted Birch at the Glass Palace" are the meeting only', () => {
    expect(candsOf('Anna Alder welcomed Boris Birch in Avalon on Friday.').map((c) => c.type)).toEqual(['meeting']);
    expect(candsOf('Anna Alder hosted Boris Birch at the Glass Palace on Friday.').map((c) => c.type)).toEqual(['meeting']);
  });
  it('records the day rule when the clause dated the happening', () => {
    const [c] = candsOf('Anna Alder met Boris Birch in Avalon on Tuesday.', { 'on Tuesday': { value: '2025-02-18' } });
    expect(c.date.value).toBe('2025-02-18');
    expect(c.why).toContainEqual({ stage: 'date', rule: 'relative-to-publication' });
  });
  it('meeting-of-signing: an accord signed by two people at a place on a day also gives their meeting there', () => {
    const cs = candsOf('Anna Alder and Boris Birch signed the accord in Nordvik on Monday.', { 'on Monday': { value: '2025-02-17' } });
    expect(cs.map((c) => c.type)).toEqual(['agreement', 'meeting']);
    const meeting = cs[1];
    expect([...meeting.participants].sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(meeting.place).toBe('Nordvik');
    expect(meeting.date.value).toBe('2025-02-17');
    expect(meeting.why).toContainEqual({ stage: 'role', rule: 'meeting-of-signing' });
  });
  it('meeting-of-signing: the passive "signed in P on a day by A and B" too', () => {
    const cs = candsOf('The accord was signed in Nordvik on Monday by Anna Alder and Boris Birch.', { 'on Monday': { value: '2025-02-17' } });
    expect(cs.filter((c) => c.type === 'meeting').map((c) => [...c.participants].sort())).toEqual([['anna-alder', 'boris-birch']]);
  });
  it('meeting-of-signing: a day told is enough without a place', () => {
    const cs = candsOf('Anna Alder and Boris Birch signed the accord on Monday.', { 'on Monday': { value: '2025-02-17', precision: 'day' } });
    expect(cs.map((c) => c.type)).toEqual(['agreement', 'meeting']);
  });
  it('meeting-of-signing: no meeting without a day, with only a year and no place, with one signer, or for a signing ahead', () => {
    const types = (t: string) => candsOf(t, { 'on Monday': { value: '2025-02-17' }, 'in 2019': { value: '2019', precision: 'year' } }).map((c) => c.type);
    expect(types('Anna Alder and Boris Birch signed the accord in 2019.')).not.toContain('meeting');
    expect(types('Anna Alder and Boris Birch signed the accord in Nordvik.')).not.toContain('meeting');
    expect(types('Anna Alder signed the accord in Nordvik on Monday.')).not.toContain('meeting');
    expect(types('Anna Alder and Boris Birch will sign the accord in Nordvik on Monday.')).not.toContain('meeting');
    expect(types('Anna Alder and Boris Birch agreed a ceasefire in Nordvik on Monday.')).not.toContain('meeting');
  });
});
