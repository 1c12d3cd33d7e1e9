import { describe, expect, it } from 'vitest';
import { extractEvents } from './events';
import { mergeEvents, undatedWithin } from './merge';
import { actorMap, input, makeDoc, TEST_PLACES, type DateSpec } from './what/test-helpers';
import type { SentencedDoc } from './types';

const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
]);
const FORMS = { 'Anna Alder': 'anna-alder', Alder: 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch', 'Carla Cedar': 'carla-cedar', Freedonia: 'freedonia', Eastland: 'eastland' };
const PLACES = { Avalon: { place: 'Avalon', kind: 'city' as const }, Freedonia: { place: 'Freedonia', kind: 'country' as const } };

type Run = { doc: SentencedDoc; dates?: Record<string, DateSpec> };

function run(docs: Run[]) {
  const docEvents = docs.flatMap(({ doc, dates }) => extractEvents(input(doc, ACTORS, FORMS, dates ?? {}, PLACES)));
  return mergeEvents(docEvents, docs.map((d) => d.doc), { actors: ACTORS, places: TEST_PLACES });
}

const A = makeDoc('a-wire', 'Anna Alder met Boris Birch in Avalon on Tuesday.', '2025-02-19');
const B = makeDoc('b-local', 'Boris Birch is meeting Anna Alder today in Freedonia.', '2025-02-18', 'transcript');
const C = makeDoc('c-other', 'Carla Cedar said on Monday that the harvest was good.', '2025-02-18');
const D = makeDoc('d-phone', 'An eventual meeting between Anna Alder and Boris Birch is planned. They spoke over the phone last week.', '2025-02-18');
const E = makeDoc('e-days', 'Anna Alder met Boris Birch in Avalon on Wednesday.', '2025-02-20');

describe('mergeEvents', () => {
  it('makes one event of one happening reported by several documents, keeping every quote', () => {
    const r = run([
      { doc: A, dates: { 'on Tuesday': { value: '2025-02-18' } } },
      { doc: B, dates: { today: { value: '2025-02-18' } } },
    ]);
    const meetings = r.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    const m = meetings[0];
    expect(m.id).toBe('meeting-2025-02-18-anna-alder-boris-birch');
    expect(m.date).toBe('2025-02-18');
    expect(m.location).toBe('Avalon');
    expect(m.evidence.map((e) => e.documentId).sort()).toEqual(['a-wire', 'b-local']);
    for (const ev of m.evidence) {
      const doc = ev.documentId === 'a-wire' ? A : B;
      expect(doc.body.slice(ev.start, ev.end)).toBe(ev.quote);
    }
    expect(r.merges).toEqual([{ eventId: m.id, documentIds: ['a-wire', 'b-local'], reasons: expect.arrayContaining(['same type (meeting)']) }]);
    expect(m.rules?.some((w) => w.stage === 'merge')).toBe(true);
    expect(m.confidence).toBeGreaterThan(0.5);
    expect(m.confidence).toBeLessThanOrEqual(1);
  });

  it('is independent of document order and deterministic', () => {
    const docs: Run[] = [
      { doc: A, dates: { 'on Tuesday': { value: '2025-02-18' } } },
      { doc: B, dates: { today: { value: '2025-02-18' } } },
      { doc: C, dates: { 'on Monday': { value: '2025-02-17' } } },
    ];
    const one = JSON.stringify(run(docs));
    const two = JSON.stringify(run([...docs].reverse()));
    expect(two).toBe(one);
  });

  it('keeps ids when an unrelated document is added', () => {
    const base = run([
      { doc: A, dates: { 'on Tuesday': { value: '2025-02-18' } } },
      { doc: B, dates: { today: { value: '2025-02-18' } } },
    ]);
    const more = run([
      { doc: A, dates: { 'on Tuesday': { value: '2025-02-18' } } },
      { doc: B, dates: { today: { value: '2025-02-18' } } },
      { doc: C, dates: { 'on Monday': { value: '2025-02-17' } } },
    ]);
    const ids = new Set(more.events.map((e) => e.id));
    for (const e of base.events) expect(ids.has(e.id)).toBe(true);
    expect(more.events.some((e) => e.type === 'statement' && /^statement-2025-02-17-carla-cedar-[0-9a-f]{6}$/.test(e.id))).toBe(true);
  });

  it('records a disagreement on the day instead of silently picking', () => {
    const r = run([
      { doc: A, dates: { 'on Tuesday': { value: '2025-02-18' } } },
      { doc: E, dates: { 'on Wednesday': { value: '2025-02-19' } } },
    ]);
    const meetings = r.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].disagreements).toEqual([
      {
        field: 'date',
        values: [
          { value: '2025-02-18', documentIds: ['a-wire'] },
          { value: '2025-02-19', documentIds: ['e-days'] },
        ],
      },
    ]);
  });

  it('takes the month of "last week" and resolves plural pronouns to the people just named', () => {
    const r = run([{ doc: D, dates: { 'last week': { range: { from: '2025-02-10', to: '2025-02-16' } } } }]);
    const calls = r.events.filter((e) => e.type === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0].date).toBe('2025-02-12');
    expect(calls[0].dateInfo.precision).toBe('week');
    expect(calls[0].participants).toEqual(['anna-alder', 'boris-birch']);
  });

  it('on a tie between two reported days, takes the day of the more direct account', () => {
    const host = makeDoc('f-host', 'Anna Alder hosted Boris Birch in Avalon on Tuesday.', '2025-02-20');
    const r = run([
      { doc: E, dates: { 'on Wednesday': { value: '2025-02-19' } } },
      { doc: host, dates: { 'on Tuesday': { value: '2025-02-18' } } },
    ]);
    const meetings = r.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].date).toBe('2025-02-19');
  });

  it('drops a meeting or call whose reports name only one side', () => {
    const lone = makeDoc('g-lone', 'Anna Alder held talks in Avalon on Tuesday.', '2025-02-20');
    const r = run([{ doc: lone, dates: { 'on Tuesday': { value: '2025-02-18' } } }]);
    expect(r.events.filter((e) => e.type === 'meeting' || e.type === 'call')).toHaveLength(0);
  });

  it('keeps talks between different pairs of countries apart', () => {
    const actors = new Map([...ACTORS, ...actorMap([['france', 'France', 'country', 'FR'], ['denmark', 'Denmark', 'country', 'DK'], ['spain', 'Spain', 'country', 'ES']])]);
    const x = makeDoc('h-one', 'French and Danish officials will meet in Avalon on Sunday.', '2025-03-20');
    const y = makeDoc('h-two', 'French and Spanish officials will meet in Avalon on Monday.', '2025-03-20');
    const docEvents = [
      ...extractEvents(input(x, actors, FORMS, { 'on Sunday': { value: '2025-03-23', future: true } }, PLACES)),
      ...extractEvents(input(y, actors, FORMS, { 'on Monday': { value: '2025-03-24', future: true } }, PLACES)),
    ];
    const r = mergeEvents(docEvents, [x, y], { actors, places: TEST_PLACES });
    expect(r.events.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  it('never merges an undated report with one published weeks apart: two rounds of talks stay two (undated-strong-evidence)', () => {
    const first = makeDoc('f-march', 'Anna Alder held talks with Boris Birch in Avalon.', '2025-03-02');
    const later = makeDoc('g-may', 'Anna Alder held talks with Boris Birch in Avalon.', '2025-05-20');
    const r = run([{ doc: first }, { doc: later }]);
    expect(r.events.filter((e) => e.type === 'meeting')).toHaveLength(2);
    expect(r.merges).toEqual([]);
  });

  it('merges undated reports of the same pair and place published within days, and says why', () => {
    const one = makeDoc('h-one', 'Anna Alder held talks with Boris Birch in Avalon.', '2025-03-02', 'transcript');
    const two = makeDoc('i-two', 'Anna Alder held talks with Boris Birch in Avalon.', '2025-03-03', 'transcript');
    const r = run([{ doc: one }, { doc: two }]);
    const meetings = r.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(r.merges[0].reasons).toContain('undated: same participants and publication within days');
    expect(meetings[0].rules).toContainEqual({ stage: 'merge', rule: 'undated-strong-evidence' });
  });
});

describe('remarks of one speaker across documents', () => {
  it('two documents quoting the same words of a speaker report one remark (shared-quotation), and the merge says so', () => {
    const one = makeDoc('q-one', 'Anna Alder said on Monday: "The talks with our neighbours were long but useful for everyone."', '2025-02-18');
    const two = makeDoc(
      'q-two',
      '"The talks with our neighbours were long but useful for everyone," Alder told reporters. Alder also said fishing quotas, railway tariffs and border crossings would be reviewed by experts in spring.',
      '2025-02-19',
    );
    const r = run([{ doc: one, dates: { 'on Monday': { value: '2025-02-17' } } }, { doc: two }]);
    const s = r.events.filter((e) => e.type === 'statement');
    expect(s).toHaveLength(1);
    expect(s[0].rules).toContainEqual({ stage: 'merge', rule: 'shared-quotation' });
    expect(r.merges[0].reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^shared quotation \("[a-z ]+"\)$/)]));
  });
  it('other words quoted on other days stay two remarks', () => {
    const one = makeDoc('q-one', 'Anna Alder said on Monday: "The talks with our neighbours were long but useful for everyone."', '2025-02-18');
    const two = makeDoc('q-two', 'Anna Alder said on Friday: "Fishing quotas and railway tariffs will be reviewed by experts in spring."', '2025-02-22');
    const r = run([
      { doc: one, dates: { 'on Monday': { value: '2025-02-17' } } },
      { doc: two, dates: { 'on Friday': { value: '2025-02-21' } } },
    ]);
    expect(r.events.filter((e) => e.type === 'statement')).toHaveLength(2);
  });
  it('a remark one document dates and another reports next morning without a day is one (speaker-day)', () => {
    const one = makeDoc('d-one', 'Anna Alder said on Monday that the border talks with Eastland had failed over the fishing quotas.', '2025-02-18');
    const two = makeDoc('d-two', 'Anna Alder said the talks had failed because Eastland refused to discuss the quotas and the tariffs on grain.', '2025-02-18');
    const r = run([{ doc: one, dates: { 'on Monday': { value: '2025-02-17' } } }, { doc: two }]);
    const s = r.events.filter((e) => e.type === 'statement');
    expect(s).toHaveLength(1);
    expect(s[0].date).toBe('2025-02-17');
    expect(s[0].rules).toContainEqual({ stage: 'merge', rule: 'speaker-day' });
  });
});

describe('undatedWithin (undated-within-cluster)', () => {
  const item = (date: string | null, persons: string[], published = '2025-02-18') => ({ e: { date, participants: persons }, published, persons }) as unknown as Parameters<typeof undatedWithin>[0];
  it('an undated report naming every person of a dated one published within days is no hard conflict', () => {
    expect(undatedWithin(item(null, ['anna-alder', 'boris-birch']), item('2025-02-17', ['boris-birch']))).toBe(true);
  });
  it('not when the dated one names someone else, nor when published weeks apart, nor when both are undated', () => {
    expect(undatedWithin(item(null, ['anna-alder']), item('2025-02-17', ['boris-birch']))).toBe(false);
    expect(undatedWithin(item(null, ['anna-alder', 'boris-birch'], '2025-03-18'), item('2025-02-17', ['boris-birch']))).toBe(false);
    expect(undatedWithin(item(null, ['anna-alder']), item(null, ['anna-alder']))).toBe(false);
  });
});

describe('told-before-its-day', () => {
  it('a meeting reported on its publication day and one a later document dates to the next day are two meetings', () => {
    const fri = makeDoc('fri', 'Anna Alder met Boris Birch in Avalon for the first time on Friday.', '2025-02-14');
    const sat = makeDoc('sat', 'Anna Alder and Boris Birch held talks in Avalon on Saturday.', '2025-02-15');
    const r = run([
      { doc: fri, dates: { 'on Friday': { value: '2025-02-14' } } },
      { doc: sat, dates: { 'on Saturday': { value: '2025-02-15' } } },
    ]);
    expect(r.events.filter((e) => e.type === 'meeting').map((e) => e.date).sort()).toEqual(['2025-02-14', '2025-02-15']);
  });
  it('publication-day-lag: a later document that tells the meeting only as "today" may be a day late: one meeting, the rule in its trace', () => {
    const fri = makeDoc('fri', 'Anna Alder met Boris Birch in Avalon for the first time on Friday.', '2025-02-14');
    const stamped = makeDoc('stamped', 'Anna Alder and Boris Birch met today in Avalon.', '2025-02-15');
    const r = run([
      { doc: fri, dates: { 'on Friday': { value: '2025-02-14' } } },
      { doc: stamped, dates: { today: { value: '2025-02-15' } } },
    ]);
    const meetings = r.events.filter((e) => e.type === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0].date).toBe('2025-02-14');
    expect(meetings[0].rules?.filter((w) => w.stage === 'merge').map((w) => w.rule)).toContain('publication-day-lag');
    expect(r.merges[0].reasons.some((x) => /publication-day lag/.test(x))).toBe(true);
  });
  it('a document dated the day before in another time zone that tells the same day still agrees', () => {
    const early = makeDoc('early', 'Anna Alder is meeting Boris Birch in Avalon on Feb. 18.', '2025-02-17');
    const late = makeDoc('late', 'Anna Alder met Boris Birch in Avalon on Tuesday.', '2025-02-19');
    const r = run([
      { doc: early, dates: { 'on Feb. 18': { value: '2025-02-18' } } },
      { doc: late, dates: { 'on Tuesday': { value: '2025-02-18' } } },
    ]);
    expect(r.events.filter((e) => e.type === 'meeting')).toHaveLength(1);
  });
  describe('body-voice', () => {
    const actors = actorMap([
      ['cedar-house', 'Cedar House', 'organization', 'FD'],
      ['mara-quist', 'Mara Quist', 'person', 'FD'],
      ['anna-alder', 'Anna Alder', 'person', 'FD'],
    ]);
    const forms = { 'Cedar House': 'cedar-house', 'Mara Quist': 'mara-quist', Quist: 'mara-quist', 'Anna Alder': 'anna-alder' };
    const go = (docs: Run[]) =>
      mergeEvents(
        docs.flatMap(({ doc, dates }) => extractEvents(input(doc, actors, forms, dates ?? {}, PLACES))),
        docs.map((d) => d.doc),
        { actors, places: TEST_PLACES },
      );
    const body = makeDoc('body', 'Cedar House said on Monday that the border talks would resume in the spring.', '2025-02-17');
    const voice = makeDoc('voice', 'Cedar House Press Secretary Mara Quist said on Monday that the crossings would reopen after the talks.', '2025-02-18');
    it("a body's statement and its press secretary's of the same day are one statement, the rule in its trace", () => {
      const r = go([
        { doc: body, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: voice, dates: { 'on Monday': { value: '2025-02-17' } } },
      ]);
      const st = r.events.filter((e) => e.type === 'statement');
      expect(st).toHaveLength(1);
      expect([...st[0].participants].sort()).toEqual(['cedar-house', 'mara-quist']);
      expect(st[0].rules?.filter((w) => w.stage === 'merge').map((w) => w.rule)).toContain('body-voice');
      expect(r.merges[0].reasons.some((x) => /body-voice/.test(x))).toBe(true);
    });
    it('stay apart on other days, or when the person is not named as the body\'s voice', () => {
      const other = go([
        { doc: body, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: voice, dates: { 'on Monday': { value: '2025-02-10' } } },
      ]);
      expect(other.events.filter((e) => e.type === 'statement')).toHaveLength(2);
      const plain = makeDoc('plain', 'Mara Quist said on Monday that the crossings would reopen after the talks.', '2025-02-18');
      const apart = go([
        { doc: body, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: plain, dates: { 'on Monday': { value: '2025-02-17' } } },
      ]);
      expect(apart.events.filter((e) => e.type === 'statement')).toHaveLength(2);
    });
    it("a body's readout telling its leader's words and the leader's remark of that day are one statement (readout-tells-leader)", () => {
      const readout = makeDoc('readout', 'The Cedar House said in a statement on Monday that Alder raised concerns about the harbour tariffs.', '2025-02-17');
      const leader = makeDoc('leader', 'Anna Alder stressed on Monday that the ferry routes must stay open.', '2025-02-17');
      const r = go([
        { doc: readout, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: leader, dates: { 'on Monday': { value: '2025-02-17' } } },
      ]);
      const st = r.events.filter((e) => e.type === 'statement');
      expect(st).toHaveLength(1);
      expect(st[0].rules?.filter((w) => w.stage === 'merge').map((w) => w.rule)).toContain('readout-tells-leader');
      expect(r.merges[0].reasons.some((x) => /readout-tells-leader/.test(x))).toBe(true);
      // another day stays apart
      const apart = go([
        { doc: readout, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: leader, dates: { 'on Monday': { value: '2025-02-10' } } },
      ]);
      expect(apart.events.filter((e) => e.type === 'statement')).toHaveLength(2);
    });
    it("a body's spokesperson telling their leader's words and the leader's remark of that day are one statement (readout-tells-leader)", () => {
      const withVell = new Map(actors);
      withVell.set('tomas-vell', { id: 'tomas-vell', name: 'Tomas Vell', kind: 'person', affiliation: null, aliases: [], role: 'spokesman', discovered: true, surfaceForms: [] });
      const formsVell = { ...forms, 'Tomas Vell': 'tomas-vell', Vell: 'tomas-vell' };
      const goVell = (docs: Run[]) =>
        mergeEvents(
          docs.flatMap(({ doc, dates }) => extractEvents(input(doc, withVell, formsVell, dates ?? {}, PLACES))),
          docs.map((d) => d.doc),
          { actors: withVell, places: TEST_PLACES },
        );
      const told = makeDoc('told', 'Cedar House spokesman Tomas Vell said on Monday that Alder had assured the harbour workers of support.', '2025-02-17');
      const leader = makeDoc('leader', 'Anna Alder stressed on Monday that the ferry routes must stay open.', '2025-02-17');
      const r = goVell([
        { doc: told, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: leader, dates: { 'on Monday': { value: '2025-02-17' } } },
      ]);
      const st = r.events.filter((e) => e.type === 'statement');
      expect(st).toHaveLength(1);
      expect(st[0].rules?.filter((w) => w.stage === 'merge').map((w) => w.rule)).toContain('readout-tells-leader');
      // another day stays apart
      const apart = goVell([
        { doc: told, dates: { 'on Monday': { value: '2025-02-17' } } },
        { doc: leader, dates: { 'on Monday': { value: '2025-02-10' } } },
      ]);
      expect(apart.events.filter((e) => e.type === 'statement')).toHaveLength(2);
    });
  });
});
