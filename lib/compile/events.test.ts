import { describe, expect, it } from 'vitest';
import { extractEvents } from './events';
import { actorMap, input, makeDoc } from './what/test-helpers';

const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['dan-dogwood', 'Dan Dogwood', 'person', 'EL'],
  ['eva-elm', 'Eva Elm', 'person', 'FD'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
]);
const FORMS = {
  'Anna Alder': 'anna-alder',
  Alder: 'anna-alder',
  'Boris Birch': 'boris-birch',
  Birch: 'boris-birch',
  'Carla Cedar': 'carla-cedar',
  Cedar: 'carla-cedar',
  'Dan Dogwood': 'dan-dogwood',
  Dogwood: 'dan-dogwood',
  'Eva Elm': 'eva-elm',
  Freedonia: 'freedonia',
  Eastland: 'eastland',
};

describe('extractEvents', () => {
  it('keeps a call and a meeting told in one sentence apart, each with its own participants', () => {
    const doc = makeDoc('d1', 'Minister Anna Alder is meeting Boris Birch in Avalon following a telephone call last week between Presidents Carla Cedar and Dan Dogwood.', '2025-02-17');
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'last week': { range: { from: '2025-02-10', to: '2025-02-16' } } }, { Avalon: { place: 'Avalon', kind: 'city' } }),
    );
    const call = events.find((e) => e.type === 'call');
    const meeting = events.find((e) => e.type === 'meeting');
    expect(call?.participants.sort()).toEqual(['carla-cedar', 'dan-dogwood']);
    expect(call?.date).toBe('2025-02-12');
    expect(call?.dateInfo).toMatchObject({ precision: 'week', range: { from: '2025-02-10', to: '2025-02-16' } });
    expect(call?.dateInfo.expression).toBe('last week');
    expect(meeting?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(meeting?.location).toBe('Avalon');
    expect(meeting?.status).toBe('happened');
    expect(meeting?.date).toBe('2025-02-17'); // reported as going on on the day of publication
  });

  it('resolves "three days before the talks" against the talks of the document', () => {
    const doc = makeDoc(
      'd2',
      'Anna Alder had already spoken to Boris Birch over the phone three days before the talks took place. She said after Tuesday’s meeting that progress was made.',
    );
    const events = extractEvents(
      input(doc, ACTORS, FORMS, {
        'three days before the talks': { anchor: { offsetDays: -3, ref: 'the talks' } },
        Tuesday: { value: '2025-02-18' },
      }),
    );
    const call = events.find((e) => e.type === 'call');
    expect(call?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(call?.date).toBe('2025-02-15');
    expect(call?.dateInfo.expression).toBe('three days before the talks');
  });

  it('gathers delegation lists into the one meeting they refer to', () => {
    const doc = makeDoc(
      'd3',
      'Anna Alder, Carla Cedar, and Eva Elm represented Freedonia in the meeting, while Eastland was represented by Boris Birch and Dan Dogwood. No one else was present at the meeting on Tuesday at Glass Palace in Avalon.',
    );
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'on Tuesday': { value: '2025-02-18' } }, { 'Glass Palace': { place: 'Glass Palace', kind: 'venue' }, Avalon: { place: 'Avalon', kind: 'city' } }),
    );
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].participants.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar', 'dan-dogwood', 'eva-elm']);
    expect(meetings[0].date).toBe('2025-02-18');
    expect(meetings[0].location).toBe('Glass Palace, Avalon');
    expect(meetings[0].evidence).toHaveLength(2);
  });

  it('tells planned, cancelled and denied happenings from what happened', () => {
    const doc = makeDoc(
      'd4',
      'Anna Alder will meet Boris Birch next week in Avalon. A meeting between Carla Cedar and Dan Dogwood, scheduled for Friday, has been postponed indefinitely. Eva Elm did not meet Boris Birch during the summit.',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'next week': { range: { from: '2025-02-24', to: '2025-03-02' }, future: true } }));
    const byPair = (a: string, b: string) => events.find((e) => e.type === 'meeting' && e.participants.includes(a) && e.participants.includes(b));
    expect(byPair('anna-alder', 'boris-birch')?.status).toBe('planned');
    expect(byPair('carla-cedar', 'dan-dogwood')?.status).toBe('cancelled');
    expect(byPair('eva-elm', 'boris-birch')?.status).toBe('denied');
  });

  it('requires a speaker for a statement and records whom it answers', () => {
    const doc = makeDoc(
      'd5',
      'It was said that the plan would fail. Eva Elm warned on Wednesday that Carla Cedar risked losing everything. “We will not give in,” Cedar said.',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Wednesday': { value: '2025-02-19' } }));
    const statements = events.filter((e) => e.type === 'statement');
    expect(statements.every((s) => s.participants.length === 1)).toBe(true);
    const elm = statements.find((s) => s.participants[0] === 'eva-elm');
    expect(elm?.respondsTo).toEqual(['carla-cedar']);
    expect(elm?.date).toBe('2025-02-19');
    expect(statements.find((s) => s.participants[0] === 'carla-cedar')).toBeDefined();
    expect(statements).toHaveLength(2);
  });

  it('cites whole sentences of the document as evidence', () => {
    const doc = makeDoc('d6', 'Anna Alder met Boris Birch in Avalon on Monday. They agreed to meet again.', '2025-02-18');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Monday': { value: '2025-02-17' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      for (const ev of e.evidence) {
        const s = doc.sentences.find((x) => x.start === ev.start);
        expect(s?.end).toBe(ev.end);
        expect(doc.body.slice(ev.start, ev.end)).toBe(s?.text);
      }
    const meeting = events.find((e) => e.type === 'meeting' && e.status === 'happened');
    expect(meeting?.title).toBe('Anna Alder meets Boris Birch in Avalon');
  });
});
