import { describe, expect, it } from 'vitest';
import { extractEvents } from './events';
import { modalityOf } from './what/modality';
import { actorMap, input, makeDoc, TEST_PLACES } from './what/test-helpers';

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

  it('makes a meeting of a host and a guest, and of a scene at a named place', () => {
    const doc = makeDoc('d7', 'Anna Alder hosted Boris Birch in Avalon on Monday. Carla Cedar berated Dan Dogwood in the Glass Palace on Monday. Eva Elm berated Boris Birch.', '2025-02-18');
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'on Monday': { value: '2025-02-17' } }, { Avalon: { place: 'Avalon', kind: 'city' }, 'Glass Palace': { place: 'Glass Palace', kind: 'venue' } }),
    );
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings.map((m) => [...m.participants].sort())).toEqual(
      expect.arrayContaining([
        ['anna-alder', 'boris-birch'],
        ['carla-cedar', 'dan-dogwood'],
      ]),
    );
    // no place named: harsh words are not a meeting
    expect(meetings.some((m) => m.participants.includes('eva-elm'))).toBe(false);
  });

  it('splits "spoke by phone with both A and B" into one call each, dated in the past', () => {
    const doc = makeDoc('d8', 'Anna Alder spoke by phone with both Boris Birch and Dan Dogwood on Friday evening and will host Birch in Avalon on Sunday.', '2025-03-01');
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'on Friday evening': { value: '2025-03-07', future: true }, 'on Sunday': { value: '2025-03-02', future: true } }, { Avalon: { place: 'Avalon', kind: 'city' } }),
    );
    const calls = events.filter((e) => e.type === 'call');
    expect(calls.map((c) => [...c.participants].sort())).toEqual(
      expect.arrayContaining([
        ['anna-alder', 'boris-birch'],
        ['anna-alder', 'dan-dogwood'],
      ]),
    );
    expect(calls).toHaveLength(2);
    for (const c of calls) {
      expect(c.status).toBe('happened');
      expect(c.date).toBe('2025-02-28');
    }
    const visit = events.find((e) => e.type === 'meeting' && e.status === 'planned');
    expect(visit?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
  });

  it('takes the subject of a verb after a relative clause from the name it hangs on', () => {
    const doc = makeDoc('d9', 'Boris Birch, who had been challenged by Anna Alder to come, did not travel to Avalon. Carla Cedar, who hosted the talks, said progress was made.', '2025-02-18');
    const events = extractEvents(input(doc, ACTORS, FORMS, {}, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const visit = events.find((e) => e.type === 'visit');
    expect(visit?.participants).toEqual(['boris-birch']);
    expect(visit?.status).toBe('denied');
    expect(events.find((e) => e.type === 'statement')?.participants).toEqual(['carla-cedar']);
  });

  it('dates an undated remark by the day the paragraph tells of', () => {
    const doc = makeDoc('d10', 'Anna Alder met Boris Birch in Avalon on Friday. Carla Cedar accused Birch of lying.\n\nDan Dogwood said talks must go on.', '2025-03-01');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Friday': { value: '2025-02-28' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const cedar = events.find((e) => e.type === 'statement' && e.participants[0] === 'carla-cedar');
    expect(cedar?.date).toBe('2025-02-28');
    expect(cedar?.speaker).toBe('carla-cedar');
  });

  it('gives an agreement its parties: national delegations, or the other side of the call it came out of', () => {
    const actors = new Map([...ACTORS, ...actorMap([['france', 'France', 'country', 'FR'], ['denmark', 'Denmark', 'country', 'DK']])]);
    const a = makeDoc('d11', 'The French and Danish delegations agreed on Friday to exchange prisoners.', '2025-03-01');
    const first = extractEvents(input(a, actors, FORMS, { 'on Friday': { value: '2025-02-28' } })).find((e) => e.type === 'agreement');
    expect(first?.participants.sort()).toEqual(['denmark', 'france']);
    expect(first?.date).toBe('2025-02-28');
    const b = makeDoc('d11b', 'Anna Alder held a call with Boris Birch on Monday. Birch agreed to a pause on strikes.', '2025-03-01');
    const second = extractEvents(input(b, actors, FORMS, { 'on Monday': { value: '2025-02-24' } })).find((e) => e.type === 'agreement');
    expect(second?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
  });

  it('does not date a happening by a day inside a reported clause', () => {
    const doc = makeDoc('d12', 'Anna Alder phoned Boris Birch on Friday. Birch said after the call that he would travel to Avalon on Monday.', '2025-03-01');
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'on Friday': { value: '2025-02-28' }, 'on Monday': { value: '2025-03-03', future: true } }, { Avalon: { place: 'Avalon', kind: 'city' } }),
    );
    const call = events.find((e) => e.type === 'call');
    expect(call?.date).toBe('2025-02-28');
  });

  it('reads a host meeting from an -ing clause, its late joiners and a call made by breaking off', () => {
    const doc = makeDoc(
      'd13',
      'Anna Alder said on Monday she had begun arranging a meeting between Boris Birch and Dan Dogwood, after hosting Carla Cedar at the Glass Palace for talks. Alder broke off her meeting with the guests to call Birch, and said afterwards that a meeting between Birch and Dogwood would be followed by a summit. Joining them later in the hall were Eva Elm and Dan Dogwood.',
      '2025-08-19',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Monday': { value: '2025-08-18' } }, { 'Glass Palace': { place: 'Glass Palace', kind: 'venue' } }));
    const hosted = events.find((e) => e.type === 'meeting' && e.status === 'happened');
    expect(hosted?.participants).toEqual(expect.arrayContaining(['anna-alder', 'carla-cedar', 'eva-elm']));
    expect(hosted?.date).toBe('2025-08-18');
    const call = events.find((e) => e.type === 'call');
    expect(call?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(call?.status).toBe('happened');
    expect(call?.date).toBe('2025-08-18');
    const plan = events.find((e) => e.type === 'meeting' && e.participants.includes('boris-birch') && e.participants.includes('dan-dogwood'));
    expect(plan?.status).toBe('planned');
    expect(events.find((e) => e.type === 'statement')?.participants).toEqual(['anna-alder']);
  });

  it('never dates a past happening after publication', () => {
    const doc = makeDoc('d14', 'Anna Alder met Boris Birch in Avalon on Monday. Birch arrived in Avalon six months after his visit in February.', '2025-08-19');
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'on Monday': { value: '2025-08-18' }, 'six months after': { anchor: { offsetDays: 180, ref: null } }, 'in February': { value: '2026-02' } }, { Avalon: { place: 'Avalon', kind: 'city' } }),
    );
    for (const e of events) if (e.date) expect(e.date <= '2025-08-19').toBe(true);
  });

  it('reads "X, with whom he held talks, …" as a meeting of X and the sentence subject', () => {
    const doc = makeDoc('d15', 'Speaking in Avalon alongside Boris Birch, with whom he held talks earlier in the day, Anna Alder said on Monday that peace was near.', '2025-08-19');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Monday': { value: '2025-08-18' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const meeting = events.find((e) => e.type === 'meeting');
    expect(meeting?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(meeting?.date).toBe('2025-08-18');
  });

  it('denies a meeting told inside a denied report', () => {
    const doc = makeDoc('d16', 'The ministry denied a newspaper report that Boris Birch had met Anna Alder in Avalon last week.', '2025-08-19');
    const events = extractEvents(input(doc, ACTORS, FORMS, {}, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect(events.find((e) => e.type === 'meeting')?.status).toBe('denied');
  });

  it('keeps a coordinated verb with its subject, not with the nearest name', () => {
    const doc = makeDoc('d17', 'Anna Alder accused Boris Birch of stalling and said talks were over. Carla Cedar is meeting Dan Dogwood today, and he told reporters he was hopeful.', '2025-08-19');
    const events = extractEvents(input(doc, ACTORS, FORMS, { today: { value: '2025-08-19' } }));
    const speakers = events.filter((e) => e.type === 'statement').map((e) => e.participants[0]);
    expect(speakers).toContain('anna-alder');
    expect(speakers).not.toContain('boris-birch');
    expect(speakers).not.toContain('dan-dogwood');
  });

  it('splits "spoke by phone with A and then with others, including B" and dates a paragraph-opening call by the story so far', () => {
    const doc = makeDoc(
      'd18',
      'Anna Alder met Boris Birch in Avalon on Friday. Alder said it went well.\n\nOn the flight back, Alder spoke by phone with Carla Cedar and then with other leaders, including Eva Elm, her office said.',
      '2025-08-16',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Friday': { value: '2025-08-15' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const calls = events.filter((e) => e.type === 'call');
    expect(calls.map((c) => [...c.participants].sort())).toEqual(
      expect.arrayContaining([
        ['anna-alder', 'carla-cedar'],
        ['anna-alder', 'eva-elm'],
      ]),
    );
    for (const c of calls) expect(c.date).toBe('2025-08-15');
  });

  it('finds the speaker of a relative-clause remark, a denial and a pronoun-led written post', () => {
    const doc = makeDoc(
      'd19',
      'Boris Birch, who called the talks "the best yet" after seeing Anna Alder, told reporters he was ready. Carla Cedar denied on Thursday that Alder had agreed to attend.\n\nDan Dogwood spoke at length about the plan on Friday. On Saturday he thanked the voters in a post and wrote that the plan was sound.',
      '2025-08-19',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Thursday': { value: '2025-08-14' }, 'on Friday': { value: '2025-08-15' }, 'On Saturday': { value: '2025-08-16' } }));
    const speakers = events.filter((e) => e.type === 'statement').map((e) => e.participants[0]);
    expect(speakers).toEqual(expect.arrayContaining(['boris-birch', 'carla-cedar', 'dan-dogwood']));
    expect(speakers).not.toContain('anna-alder');
    const post = events.find((e) => e.type === 'statement' && e.participants[0] === 'dan-dogwood' && e.date === '2025-08-16');
    expect(post).toBeDefined();
  });

  it('plans a meeting of national teams and cancels a signing between the two countries of a meeting', () => {
    const actors = new Map([...ACTORS, ...actorMap([['france', 'France', 'country', 'FR'], ['denmark', 'Denmark', 'country', 'DK']])]);
    const a = makeDoc('d20', 'Dan Dogwood says French and Danish technical teams will meet in Avalon on Monday.', '2025-03-20');
    const plan = extractEvents(input(a, actors, FORMS, { 'on Monday': { value: '2025-03-24', future: true } }, { Avalon: { place: 'Avalon', kind: 'city' } })).find((e) => e.type === 'meeting');
    expect(plan?.participants.sort()).toEqual(['denmark', 'france']);
    expect(plan?.status).toBe('planned');
    const b = makeDoc('d21', 'Anna Alder berated Boris Birch in the Glass Palace on Friday, and the signing of a trade deal between the two countries was called off after the meeting collapsed.', '2025-03-01');
    const events = extractEvents(input(b, actors, FORMS, { 'on Friday': { value: '2025-02-28' } }, { 'Glass Palace': { place: 'Glass Palace', kind: 'venue' } }));
    const deal = events.find((e) => e.type === 'agreement');
    expect(deal?.status).toBe('cancelled');
    expect(deal?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(events.find((e) => e.type === 'meeting')?.status).toBe('happened');
  });

  it('reads a gapped second join ("A was joined by B; C by D and E") into the same meeting', () => {
    const doc = makeDoc('d22', 'Anna Alder met Boris Birch in Avalon on Friday. Alder was joined by Carla Cedar; Birch by Dan Dogwood and Eva Elm.', '2025-08-16');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'on Friday': { value: '2025-08-15' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].participants.sort()).toEqual(['anna-alder', 'boris-birch', 'carla-cedar', 'dan-dogwood', 'eva-elm']);
  });
});

describe('participants attached to the happening, references and evidence', () => {
  const quotes = (doc: ReturnType<typeof makeDoc>, e: { evidence: { start: number; end: number }[] }) => e.evidence.map((s) => doc.body.slice(s.start, s.end));
  const PLACES = { Avalon: { place: 'Avalon', kind: 'city' as const }, Nordvik: { place: 'Nordvik', kind: 'city' as const } };

  it('takes the parties named on the noun, not the authors of other things listed with it (fillers included)', () => {
    const doc = makeDoc(
      't1',
      'what we have seen recently from statements by Eva Elm the speech by Carla Cedar the phone conversation um by Anna Alder with Boris Birch um the two sides seem ready to make concessions.',
      '2025-02-18',
      'transcript',
    );
    const call = extractEvents(input(doc, ACTORS, FORMS)).find((e) => e.type === 'call');
    expect(call?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
  });

  it.each([
    ['Dan Dogwood welcomed Anna Alder’s call with Boris Birch.', 'call'],
    ['Dan Dogwood criticised the Alder–Birch call.', 'call'],
    ['Dan Dogwood praised a call between Anna Alder and Boris Birch.', 'call'],
    ['Dan Dogwood hailed the talks between Anna Alder and Boris Birch as a turning point.', 'meeting'],
    ['Dan Dogwood recalled the meeting of Anna Alder and Boris Birch.', 'meeting'],
    ['Dan Dogwood described the call uh between Anna Alder and uh Boris Birch.', 'call'],
  ])('reads "%s" as a %s of exactly the two named on it', (text, type) => {
    const doc = makeDoc('t2', text);
    const e = extractEvents(input(doc, ACTORS, FORMS)).find((x) => x.type === type);
    expect(e?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
  });

  it('attaches "the talks" to the talks told of before, never to talks introduced later; a speaker after them is no participant', () => {
    const doc = makeDoc(
      't3',
      'Anna Alder had spoken to Boris Birch by phone three days before the talks took place. She said after Tuesday’s meeting that progress was made. Carla Cedar spoke after the talks of pushing for a lasting truce. Dan Dogwood was sent to Nordvik only last week for talks with Eva Elm.',
    );
    const events = extractEvents(
      input(
        doc,
        ACTORS,
        FORMS,
        { 'three days before the talks': { anchor: { offsetDays: -3, ref: 'the talks' } }, Tuesday: { value: '2025-02-18' }, 'last week': { range: { from: '2025-02-10', to: '2025-02-16' } } },
        PLACES,
      ),
    );
    const nordvik = events.find((e) => e.type === 'meeting' && e.location === 'Nordvik');
    expect(nordvik?.participants.sort()).toEqual(['dan-dogwood', 'eva-elm']);
    expect(quotes(doc, nordvik!).some((q) => q.includes('Cedar'))).toBe(false);
    const tuesday = events.find((e) => e.type === 'meeting' && e.date === '2025-02-18');
    expect(tuesday?.participants).not.toContain('carla-cedar');
    expect(events.filter((e) => e.type === 'meeting' && e.participants.includes('carla-cedar'))).toEqual([]);
    expect(events.find((e) => e.type === 'call')?.date).toBe('2025-02-15');
  });

  it('keeps a speaker after the talks who is known to take part, or said to', () => {
    const doc = makeDoc(
      't4',
      'Anna Alder met Boris Birch in Avalon on Tuesday. Birch said after the talks that more rounds would follow. Eva Elm, the head of the Freedonian delegation, told reporters after the talks that the mood was good.',
    );
    const m = extractEvents(input(doc, ACTORS, FORMS, { 'on Tuesday': { value: '2025-02-18' } }, PLACES)).find((e) => e.type === 'meeting');
    expect(m?.participants.sort()).toEqual(['anna-alder', 'boris-birch', 'eva-elm']);
    expect(quotes(doc, m!)).toHaveLength(3);
  });

  it('keeps the speaker of an adjunct that is the first word of the happening', () => {
    const doc = makeDoc('t7', 'Eva Elm told reporters after the meeting at the Glass Palace that prisoners would be swapped. Anna Alder met Boris Birch in Avalon on Friday.', '2025-02-22');
    const events = extractEvents(
      input(doc, ACTORS, FORMS, { 'on Friday': { value: '2025-02-21' } }, { ...PLACES, 'Glass Palace': { place: 'Glass Palace', kind: 'venue' } }),
    );
    const m = events.filter((e) => e.type === 'meeting');
    expect(m).toHaveLength(1);
    expect(m[0].participants.sort()).toEqual(['anna-alder', 'boris-birch', 'eva-elm']);
  });

  it('does not take "talks on <topic>" without their parties for the talks of the document', () => {
    const doc = makeDoc('t5', 'Dan Dogwood was sent to Nordvik last week for talks with Eva Elm. He was part of talks on forging a truce between two militias.');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'last week': { range: { from: '2025-02-10', to: '2025-02-16' } } }, PLACES));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].participants.sort()).toEqual(['dan-dogwood', 'eva-elm']);
    expect(quotes(doc, meetings[0])).toHaveLength(1);
  });

  it('cites the sentences that report the happening, not every passing mention of it', () => {
    const doc = makeDoc(
      't6',
      'Anna Alder is meeting Boris Birch today in Avalon. So can the talks be taken seriously? Critics say the talks are a distraction. The talks ended without a joint statement. Birch said after the talks that more rounds would follow.',
      '2025-02-18',
      'transcript',
    );
    const m = extractEvents(input(doc, ACTORS, FORMS, { today: { value: '2025-02-18' } }, PLACES)).find((e) => e.type === 'meeting');
    expect(m?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(m?.date).toBe('2025-02-18');
    expect(quotes(doc, m!)).toEqual([
      'Anna Alder is meeting Boris Birch today in Avalon.',
      'The talks ended without a joint statement.',
      'Birch said after the talks that more rounds would follow.',
    ]);
  });

  it('tells three calls of one day apart: "after a call with X", "straight afterwards he spoke to Y", "then the two of them held a call with …"', () => {
    const doc = makeDoc(
      'seq1',
      'Anna Alder says talks will start soon, after a phone call with Boris Birch that lasted two hours on Monday. Straight afterwards she spoke to Carla Cedar, and then the two of them held a joint call with several leaders, among them Dan Dogwood and Eva Elm.',
      '2025-02-18',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { Monday: { value: '2025-02-17' } }));
    const calls = events.filter((e) => e.type === 'call').map((e) => [...e.participants].sort().join(','));
    expect(calls.sort()).toEqual(['anna-alder,boris-birch', 'anna-alder,carla-cedar', 'anna-alder,carla-cedar,dan-dogwood,eva-elm']);
    for (const e of events.filter((x) => x.type === 'call')) expect(e.date).toBe('2025-02-17');
  });

  it('takes the person an apposition describes as the speaker of "described … as"', () => {
    const doc = makeDoc('app1', 'Anna Alder, the Freedonian aide, described the conversation as “useful”.');
    const events = extractEvents(input(doc, ACTORS, FORMS));
    expect(events.filter((e) => e.type === 'statement').map((e) => e.participants[0])).toEqual(['anna-alder']);
  });

  it('reports nothing from a line cut off mid-phrase', () => {
    const doc = makeDoc('trunc1', 'Anna Alder to visit Avalon later this year after talks with Birch, Outl…', '2025-02-18');
    const events = extractEvents(input(doc, ACTORS, FORMS, {}, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect(events).toEqual([]);
  });

  it('makes "Birch, who held talks with Cedar on Tuesday" a meeting of its own, apart from a meeting of another pair', () => {
    const doc = makeDoc('rel1', 'Anna Alder and Boris Birch met for an hour. Birch, who held talks with Carla Cedar on Tuesday, attended the dinner.', '2025-02-19');
    const events = extractEvents(input(doc, ACTORS, FORMS, { Tuesday: { value: '2025-02-18' } }));
    const meetings = events.filter((e) => e.type === 'meeting').map((e) => [...e.participants].sort().join(','));
    expect(meetings.sort()).toEqual(['anna-alder,boris-birch', 'boris-birch,carla-cedar']);
  });

  it('gives "their planned meeting … was cancelled" the two people just told of, apart from their meeting that happened', () => {
    const doc = makeDoc('canc1', 'Anna Alder and Boris Birch met for an hour on the sidelines. Their planned meeting at the forum last week was cancelled.', '2025-02-19');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'last week': { range: { from: '2025-02-10', to: '2025-02-16' } } }));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.status).sort()).toEqual(['cancelled', 'happened']);
    expect([...meetings.find((e) => e.status === 'cancelled')!.participants].sort()).toEqual(['anna-alder', 'boris-birch']);
  });

  it('dates what a live blog reports without a day on its publication day', () => {
    const doc = makeDoc('live1', '14:10 CEST\nAnna Alder and Boris Birch met on the sidelines.\n\n12:30 CEST\nCarla Cedar said the talks went well.', '2025-02-19');
    const events = extractEvents(input(doc, ACTORS, FORMS));
    expect(events.find((e) => e.type === 'meeting')?.date).toBe('2025-02-19');
    expect(events.find((e) => e.type === 'statement')?.date).toBe('2025-02-19');
  });

  it('reads no agreement into an order signed alone, nor into agreeing to hold a meeting', () => {
    const doc = makeDoc('agr1', 'Anna Alder signed an order imposing tariffs on Eastland. Freedonia and Eastland have agreed in principle to hold a meeting between Alder and Birch.');
    const events = extractEvents(input(doc, ACTORS, FORMS));
    expect(events.filter((e) => e.type === 'agreement')).toEqual([]);
  });

  it('denies a meeting "not being prepared" and one in reports rejected, and makes no met edge of them', () => {
    const doc = makeDoc('den1', 'He said a meeting between Alder and Birch was not being prepared, rejecting reports in local media that the two leaders could meet in Avalon in May.', '2025-04-12');
    const events = extractEvents(input(doc, ACTORS, FORMS, { May: { value: '2025-05' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.status).toBe('denied');
  });

  it('makes "a second meeting … pencilled in … never took place" a cancelled meeting of the same two people', () => {
    const doc = makeDoc(
      'canc2',
      'The conversation between Anna Alder and Boris Birch on Saturday lasted 15 minutes in the Glass Palace. A second meeting that both sides had pencilled in for after the ceremony never took place.',
      '2025-04-27',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { Saturday: { value: '2025-04-26' } }, { 'Glass Palace': { place: 'Glass Palace', kind: 'venue' } }));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.status).sort()).toEqual(['cancelled', 'happened']);
    for (const m of meetings) expect([...m.participants].sort()).toEqual(['anna-alder', 'boris-birch']);
  });

  it('makes no happening of a meeting named only as a yardstick ("since the palace meeting of May 2")', () => {
    const doc = makeDoc('pass1', 'It was their first encounter since the Avalon meeting of February 28th, which ended badly.', '2025-04-27');
    const events = extractEvents(input(doc, ACTORS, FORMS, { 'February 28th': { value: '2025-02-28' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect(events.filter((e) => e.type === 'meeting')).toEqual([]);
  });

  it('reads "received envoy Birch in Avalon" as a meeting with the host and a visit by the guest', () => {
    const doc = makeDoc('recv1', 'Anna Alder received envoy Boris Birch in Avalon on Wednesday.', '2025-08-07');
    const events = extractEvents(input(doc, ACTORS, FORMS, { Wednesday: { value: '2025-08-06' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect([...(events.find((e) => e.type === 'meeting')?.participants ?? [])].sort()).toEqual(['anna-alder', 'boris-birch']);
    const visit = events.find((e) => e.type === 'visit');
    expect(visit?.participants).toEqual(['boris-birch']);
    expect(visit?.location).toBe('Avalon');
  });

  // nation words are general vocabulary: real ones, tied here to invented people
  const NATION_ACTORS = actorMap([
    ['anna-alder', 'Anna Alder', 'person', 'FR'],
    ['boris-birch', 'Boris Birch', 'person', 'DE'],
    ['carla-cedar', 'Carla Cedar', 'person', 'TR'],
    ['eva-elm', 'Eva Elm', 'person', 'FR'],
    ['france', 'France', 'country', 'FR'],
    ['germany', 'Germany', 'country', 'DE'],
  ]);

  it('gives talks of two delegations their heads and members, and "the delegations agreed to …" the parties and day of those talks', () => {
    const doc = makeDoc(
      'del1',
      'french and german delegations met in avalon on monday for a second round of talks. the french team was again led by anna alder and the german side by boris birch. carla cedar opened the session. the two sides exchanged papers. he said the delegations agreed to exchange prisoners. nothing else was said. the french delegation also included eva elm.',
      '2025-06-03',
      'transcript',
    );
    const forms = { ...FORMS, 'anna alder': 'anna-alder', 'boris birch': 'boris-birch', 'carla cedar': 'carla-cedar', 'eva elm': 'eva-elm' };
    const events = extractEvents(input(doc, NATION_ACTORS, forms, { monday: { value: '2025-06-02' } }, { avalon: { place: 'Avalon', kind: 'city' } }));
    const meetings = events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect([...meetings[0].participants].sort()).toEqual(['anna-alder', 'boris-birch', 'eva-elm']);
    const agreement = events.find((e) => e.type === 'agreement');
    expect([...(agreement?.participants ?? [])].sort()).toEqual(['france', 'germany']);
    expect(agreement?.date).toBe('2025-06-02');
  });

  it('keeps the country of "officials" in a denied meeting with one named person', () => {
    const doc = makeDoc('den2', 'Cedar denied a report that Alder had met German officials privately on Sunday evening.', '2025-06-03');
    const events = extractEvents(input(doc, NATION_ACTORS, FORMS, { 'Sunday evening': { value: '2025-06-01' } }));
    const m = events.find((e) => e.type === 'meeting');
    expect(m?.status).toBe('denied');
    expect([...(m?.participants ?? [])].sort()).toEqual(['anna-alder', 'germany']);
  });

  it('reads "leaders adopted a declaration committing allies to … by 2035" as an agreement of the body, dated by the report, not the deadline', () => {
    const actors = actorMap([['concord', 'Concord', 'organization'], ['carla-cedar', 'Carla Cedar', 'person', 'FD']]);
    const doc = makeDoc('adopt1', '14:10 CEST\nConcord leaders adopted a short declaration committing allies to spend more by 2035.\n\n12:30 CEST\nCarla Cedar urged allies to do more.', '2025-06-25');
    const events = extractEvents(input(doc, actors, { Concord: 'concord', 'Carla Cedar': 'carla-cedar' }, { 'by 2035': { value: '2035', future: true } }));
    const agreement = events.find((e) => e.type === 'agreement');
    expect(agreement?.participants).toEqual(['concord']);
    expect(agreement?.status).toBe('happened');
    expect(agreement?.date).toBe('2025-06-25');
    expect(events.find((e) => e.type === 'statement')?.participants).toEqual(['carla-cedar']);
  });

  it('keeps two remarks of one speaker in two live-blog entries apart', () => {
    const doc = makeDoc('live2', '16:20 CEST\nAnna Alder said the talks went well.\n\n15:05 CEST\nAlder said Eastland would pay more.', '2025-06-25');
    const events = extractEvents(input(doc, ACTORS, FORMS));
    expect(events.filter((e) => e.type === 'statement')).toHaveLength(2);
  });

  it('keeps an undated written post or verdict in a later paragraph apart from what the speaker said before', () => {
    const doc = makeDoc(
      'manner1',
      'In an interview published on Friday, Anna Alder said the border would stay.\n\nYet hours later, Alder wrote on social media that there was “no reason” for the strikes.\n\nBoris Birch said on Thursday that talks would follow.\n\nThe talks lasted three hours. Birch described them as “useful”.',
      '2025-04-27',
    );
    const events = extractEvents(input(doc, ACTORS, FORMS, { Friday: { value: '2025-04-25' }, Thursday: { value: '2025-04-24' } }));
    const st = events.filter((e) => e.type === 'statement');
    expect(st.filter((e) => e.participants[0] === 'anna-alder')).toHaveLength(2);
    expect(st.filter((e) => e.participants[0] === 'boris-birch')).toHaveLength(2);
  });

  it('gives "X and Y officials held what one participant described as difficult talks" the two countries', () => {
    const doc = makeDoc('nat2', 'In Avalon, French and German officials held what one participant described as difficult talks on Friday.', '2025-04-12');
    const events = extractEvents(input(doc, NATION_ACTORS, FORMS, { Friday: { value: '2025-04-11' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect([...(events.find((e) => e.type === 'meeting')?.participants ?? [])].sort()).toEqual(['france', 'germany']);
  });

  it('reads "greeted Birch at the airport on arrival" as Birch visiting where the story is', () => {
    const doc = makeDoc('arr1', 'Anna Alder met Boris Birch in Avalon on Friday. Carla Cedar had greeted Birch at the airport on arrival.', '2025-04-12');
    const events = extractEvents(input(doc, ACTORS, FORMS, { Friday: { value: '2025-04-11' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    const visit = events.find((e) => e.type === 'visit');
    expect(visit?.participants).toEqual(['boris-birch']);
    expect(visit?.location).toBe('Avalon');
    expect(visit?.date).toBe('2025-04-11');
  });

  it('dates a reaction by the day opening the sentence before it', () => {
    const doc = makeDoc('react1', 'Also on Wednesday, Anna Alder signed an order imposing tariffs. Boris Birch called the move “unfair”.', '2025-08-07');
    const events = extractEvents(input(doc, ACTORS, FORMS, { Wednesday: { value: '2025-08-06' } }));
    expect(events.find((e) => e.type === 'statement' && e.participants[0] === 'boris-birch')?.date).toBe('2025-08-06');
  });

  it('makes the host and the speaker of "speaking in Avalon at a summit … hosted by X, Y said" meet there', () => {
    const doc = makeDoc('host2', 'speaking in avalon at a summit of northern leaders hosted by anna alder boris birch said the war must end.', '2025-06-03', 'transcript');
    const forms = { ...FORMS, 'anna alder': 'anna-alder', 'boris birch': 'boris-birch' };
    const events = extractEvents(input(doc, ACTORS, forms, {}, { avalon: { place: 'Avalon', kind: 'city' } }));
    const m = events.find((e) => e.type === 'meeting');
    expect([...(m?.participants ?? [])].sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(m?.location).toBe('Avalon');
  });

  it('does not date a meeting by a year it is counted in ("his fourth meeting with X this year")', () => {
    const doc = makeDoc('count1', 'On Friday, Anna Alder held talks with Boris Birch in Avalon, his fourth meeting with the leader this year.', '2025-04-27');
    const events = extractEvents(input(doc, ACTORS, FORMS, { Friday: { value: '2025-04-25' }, 'this year': { value: '2025', precision: 'year' } }, { Avalon: { place: 'Avalon', kind: 'city' } }));
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.date)).toEqual(['2025-04-25']);
  });

  it('makes no statement of a person who "had not been told" something', () => {
    const doc = makeDoc('pass2', 'in avalon a news site reported that anna alder had not been told in advance about the strikes.', '2025-06-02', 'transcript');
    const events = extractEvents(input(doc, ACTORS, { ...FORMS, 'anna alder': 'anna-alder' }));
    expect(events.filter((e) => e.type === 'statement' && e.participants.includes('anna-alder'))).toEqual([]);
  });

  it('follows "he" through a story about one person rather than the name told last, and keeps a lead "says" one with the post it sums up', () => {
    const doc = makeDoc(
      'chain1',
      'Anna Alder says talks will start, after a phone call with Boris Birch on Monday.\n\nWhat is the mood? Yes, he posted shortly after the call that it had gone well. Straight afterwards he spoke to Carla Cedar, and then the two of them held a joint call with several leaders, among them Dan Dogwood and Eva Elm. He also wrote that the forum would host talks.',
      '2025-05-20',
      'transcript',
    );
    const forms = { ...FORMS };
    const events = extractEvents(input(doc, ACTORS, forms, { Monday: { value: '2025-05-19' } }));
    const st = events.filter((e) => e.type === 'statement');
    expect(st.map((e) => e.participants[0])).toEqual(['anna-alder']);
  });

  it('makes the country of "officials in <city> say" the other party of "the agreement with X could be signed"', () => {
    const doc = makeDoc('agr2', 'Officials in Avalon say the long-delayed agreement with Eastland could finally be signed this week.', '2025-04-27');
    const events = extractEvents({ ...input(doc, ACTORS, FORMS, { 'this week': { value: '2025-04-30', future: true } }, { Avalon: { place: 'Avalon', kind: 'city' } }), placeEntries: TEST_PLACES });
    const agreement = events.find((e) => e.type === 'agreement');
    expect(agreement?.status).toBe('planned');
    expect([...(agreement?.participants ?? [])].sort()).toEqual(['eastland', 'freedonia']);
  });

  it('reads "Birch is in Avalon today" as a visit only when Avalon is not home', () => {
    const doc = makeDoc('stay1', 'Boris Birch is in Avalon today. Anna Alder is in Avalon today.', '2025-03-19');
    const events = extractEvents({ ...input(doc, ACTORS, FORMS, { today: { value: '2025-03-19' } }, { Avalon: { place: 'Avalon', kind: 'city' } }), placeEntries: TEST_PLACES });
    expect(events.filter((e) => e.type === 'visit').map((e) => e.participants)).toEqual([['boris-birch']]);
  });

  it('keeps the speaker out of a meeting told inside a quotation that names its two people', () => {
    const doc = makeDoc('quote1', '“My envoy Boris Birch just had a highly productive meeting with Carla Cedar,” Anna Alder wrote on social media.', '2025-08-07');
    const events = extractEvents(input(doc, ACTORS, FORMS));
    expect([...(events.find((e) => e.type === 'meeting')?.participants ?? [])].sort()).toEqual(['boris-birch', 'carla-cedar']);
  });
  it('splits "A spoke to B and C on Saturday" into a call with each', () => {
    const doc = makeDoc('r1', 'Anna Alder spoke to Boris Birch and Dan Dogwood on Saturday morning, according to her ministry.', '2025-02-17');
    const calls = extractEvents(input(doc, ACTORS, FORMS, { Saturday: { value: '2025-02-15' } })).filter((e) => e.type === 'call');
    expect(calls.map((c) => [...c.participants].sort())).toEqual(
      expect.arrayContaining([
        ['anna-alder', 'boris-birch'],
        ['anna-alder', 'dan-dogwood'],
      ]),
    );
    expect(calls.every((c) => c.participants.length === 2)).toBe(true);
  });

  it('gives "a day after he spoke to C" to the main clause subject, not the guest', () => {
    const doc = makeDoc('r2', 'Anna Alder hosted Boris Birch for lunch on Wednesday, a day after he spoke to Dan Dogwood by phone for about 35 minutes.', '2025-02-20');
    const call = extractEvents(input(doc, ACTORS, FORMS, { Wednesday: { value: '2025-02-19' } })).find((e) => e.type === 'call');
    expect(call?.participants.sort()).toEqual(['anna-alder', 'dan-dogwood']);
  });

  it('reads "No date has been set for X\'s trip to Y" as a planned visit', () => {
    const doc = makeDoc('r3', 'No date has been set for Birch\'s trip to Avalon.', '2025-02-17');
    const visit = extractEvents(input(doc, ACTORS, FORMS, {}, { Avalon: { place: 'Avalon', kind: 'city' } })).find((e) => e.type === 'visit');
    expect(visit?.status).toBe('planned');
  });

  it('does not read "the two agreed to meet soon" as an agreement', () => {
    const doc = makeDoc('r4', 'Anna Alder and Boris Birch agreed to meet soon.', '2025-02-17');
    expect(extractEvents(input(doc, ACTORS, FORMS)).some((e) => e.type === 'agreement')).toBe(false);
  });

  it('gives "the two countries\' commanders agreed over their hotline" to the two countries named', () => {
    const doc = makeDoc('r5', 'A truce between Freedonia and Eastland held on Sunday, a day after the two countries\' commanders agreed over their hotline to stop all firing.', '2025-02-17');
    const agreement = extractEvents(input(doc, ACTORS, FORMS)).find((e) => e.type === 'agreement');
    expect(agreement?.participants.sort()).toEqual(['eastland', 'freedonia']);
  });

  it('reads a meeting that a call "replaced" as called off', () => {
    expect(modalityOf('the call on tuesday replaced a bilateral ', 'meeting', ' the two leaders had planned')).toBe('cancelled');
    expect(modalityOf('no date has been set for birch\'s ', 'trip to', ' avalon')).toBe('planned');
  });
  it('reads "A invited B to <place>" as a planned visit by B', () => {
    const doc = makeDoc('r7', 'The two agreed to meet soon, and Alder invited Birch to Avalon for the next summit.', '2025-02-17');
    const visit = extractEvents(input(doc, ACTORS, FORMS, {}, { Avalon: { place: 'Avalon', kind: 'city' } })).find((e) => e.type === 'visit');
    expect(visit?.participants).toEqual(['boris-birch']);
    expect(visit?.status).toBe('planned');
    expect(visit?.location).toBe('Avalon');
  });

  it('does not make a visit of an invitation to no place', () => {
    const doc = makeDoc('r8', 'Alder invited Birch to join the talks.', '2025-02-17');
    expect(extractEvents(input(doc, ACTORS, FORMS)).some((e) => e.type === 'visit')).toBe(false);
  });

  it('keeps speech reported inside a statement as that statement ("A said that B told C …")', () => {
    const doc = makeDoc('r9', 'Carla Cedar said late on Tuesday that Alder told Birch there had been no talks on trade.', '2025-02-19');
    const statements = extractEvents(input(doc, ACTORS, FORMS, { Tuesday: { value: '2025-02-18' } })).filter((e) => e.type === 'statement');
    expect(statements.map((e) => e.participants[0])).toEqual(['carla-cedar']);
  });

  it('does not give an unnamed official\'s remark to the person named after "said"', () => {
    const doc = makeDoc('r10', 'Alder told reporters on Tuesday that no date was set, while an Eastland official said Birch expected to see Cedar again soon.', '2025-02-19');
    const statements = extractEvents(input(doc, ACTORS, FORMS, { Tuesday: { value: '2025-02-18' } })).filter((e) => e.type === 'statement');
    expect(statements.some((e) => e.participants.includes('boris-birch'))).toBe(false);
  });

  it('answers the one named after "response to" in a statement', () => {
    const doc = makeDoc('r11', 'Birch said Eastland had given a firm response to Freedonia\'s aggression.', '2025-02-19');
    const statement = extractEvents(input(doc, ACTORS, FORMS)).find((e) => e.type === 'statement');
    expect(statement?.respondsTo).toEqual(['freedonia']);
  });
  it('reads "the two officers are due to speak again on Monday" as a planned call of the pair just told', () => {
    const doc = makeDoc('r12', 'Alder had called Birch on Saturday. The two officers are due to speak again on Monday.', '2025-02-16');
    const calls = extractEvents(input(doc, ACTORS, FORMS, { Saturday: { value: '2025-02-15' }, Monday: { value: '2025-02-17', future: true } })).filter((e) => e.type === 'call');
    const planned = calls.find((e) => e.status === 'planned');
    expect(planned?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(planned?.date).toBe('2025-02-17');
  });

  it('does not make a call of one person speaking again', () => {
    const doc = makeDoc('r13', 'Alder will speak again on Monday.', '2025-02-16');
    expect(extractEvents(input(doc, ACTORS, FORMS, { Monday: { value: '2025-02-17', future: true } })).some((e) => e.type === 'call')).toBe(false);
  });
  it('does not report "a statement is expected" as a statement made', () => {
    const doc = makeDoc('r14', 'Birch has not yet commented; his office says a statement is expected later this morning.', '2025-02-16');
    expect(extractEvents(input(doc, ACTORS, FORMS)).some((e) => e.type === 'statement')).toBe(false);
  });
  it('gives "a meeting the two leaders had planned", replaced by their call, to the pair of that call, called off', () => {
    const doc = makeDoc('r15', 'Alder spoke to Birch by phone on Tuesday. The call replaced a bilateral meeting the two leaders had planned in Avalon.', '2025-02-19');
    const meeting = extractEvents(input(doc, ACTORS, FORMS, { Tuesday: { value: '2025-02-18' } }, { Avalon: { place: 'Avalon', kind: 'city' } })).find((e) => e.type === 'meeting');
    expect(meeting?.participants.sort()).toEqual(['anna-alder', 'boris-birch']);
    expect(meeting?.status).toBe('cancelled');
  });
});
