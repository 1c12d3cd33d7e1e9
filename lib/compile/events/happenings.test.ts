import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';

const run = (text: string, dates = {}, published = '2025-02-19') => extractEvents(input(makeDoc('d', text, published), ACTORS, FORMS, dates, PLACES));

describe('happenings pass', () => {
  it('records the rules that made the event: trigger, participants, place, date', () => {
    const [e] = run('Anna Alder met Boris Birch in Avalon on Tuesday.', { 'on Tuesday': { value: '2025-02-18' } });
    expect(e.type).toBe('meeting');
    expect(e.rules).toEqual(
      expect.arrayContaining([
        { stage: 'trigger', rule: 'meeting-met' },
        { stage: 'participants', rule: 'subject-object' },
        { stage: 'place', rule: 'locative' },
        { stage: 'date', rule: 'relative-to-publication' },
      ]),
    );
  });

  it('records a participant rule other than subject/object when it decides ("with whom")', () => {
    const evs = run('Boris Birch, with whom she held talks in Avalon, praised Anna Alder.');
    const m = evs.find((e) => e.type === 'meeting');
    expect(m?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(m?.rules).toContainEqual({ stage: 'participants', rule: 'with-whom' });
  });

  it('one call each with two people named after "spoke to" (participants one-each)', () => {
    const calls = run('Anna Alder spoke to Boris Birch and Dana Dogwood on Saturday.', { 'on Saturday': { value: '2025-02-15' } }).filter((e) => e.type === 'call');
    expect(calls.map((c) => c.participants.sort().join('+')).sort()).toEqual(['anna-alder+boris-birch', 'anna-alder+dana-dogwood']);
    expect(calls[0].rules).toContainEqual({ stage: 'participants', rule: 'one-each' });
  });

  it('one call each with the people named before "separately" (separately-after)', () => {
    const calls = run('On Saturday, Anna Alder had called Boris Birch and Dana Dogwood separately, urging both to talk.', { 'On Saturday': { value: '2025-02-15' } }).filter((e) => e.type === 'call');
    expect(calls.map((c) => c.participants.sort().join('+')).sort()).toEqual(['anna-alder+boris-birch', 'anna-alder+dana-dogwood']);
  });

  it('a leader is never a visitor at home (home-is-no-visit), a guest is', () => {
    expect(run('Anna Alder arrived in Avalon on Monday.', { 'on Monday': { value: '2025-02-17' } }).filter((e) => e.type === 'visit')).toEqual([]);
    const away = run('Boris Birch arrived in Avalon on Monday.', { 'on Monday': { value: '2025-02-17' } }).filter((e) => e.type === 'visit');
    expect(away.map((e) => e.participants)).toEqual([['boris-birch']]);
  });
  it('finds a coordinated subject the clause rules miss by part-of-speech tags (pos-subject-object)', () => {
    const [m] = run('In Avalon, Anna Alder, Boris Birch and Dana Dogwood, after weeks of preparation, held talks.').filter((e) => e.type === 'meeting');
    expect(m.participants.sort()).toEqual(['anna-alder', 'boris-birch', 'dana-dogwood']);
    expect(m.rules).toContainEqual({ stage: 'participants', rule: 'pos-subject-object' });
  });
  it('a programme’s own exchanges are never calls (programme-subject, programme-object)', () => {
    expect(run('We spoke by phone with Anna Alder earlier today.').filter((e) => e.type === 'call')).toEqual([]);
    expect(run('Anna Alder spoke by phone with our correspondent in Avalon.').filter((e) => e.type === 'call')).toEqual([]);
    expect(run('Anna Alder spoke by phone with Boris Birch, our correspondent reports.').filter((e) => e.type === 'call')).toHaveLength(1);
  });
});
