import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { mergeEvents } from '../merge';
import { actorMap, input, makeDoc, TEST_PLACES, type DateSpec } from '../what/test-helpers';
import type { SentencedDoc } from '../types';
import { BROADCAST_SUMMARY_DAY, broadcastSummaryDay, LEAD_DAY_REMARK, leadDayBorrowed, leadDayRemark, toldInPluperfect, ONE_ARTICLE_SPEAKER_DAY, oneArticleSpeakerDay, sameOccasion, sentencePairSim, SENTENCE_PAIR_SIM, SPEAKER_DAY_ARTICLES, speakerDayArticles, statementMergeRules } from './score';

const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
]);
const FORMS = { 'Anna Alder': 'anna-alder', Alder: 'anna-alder', 'Boris Birch': 'boris-birch', Birch: 'boris-birch', Freedonia: 'freedonia' };
type Run = { doc: SentencedDoc; dates?: Record<string, DateSpec> };
function statements(docs: Run[]) {
  const docEvents = docs.flatMap(({ doc, dates }) => extractEvents(input(doc, ACTORS, FORMS, dates ?? {}, {})));
  return mergeEvents(docEvents, docs.map((d) => d.doc), { actors: ACTORS, places: TEST_PLACES }).events.filter((e) => e.type === 'statement');
}

describe('same-occasion: one speaker, one occasion, two documents in other words', () => {
  const dated = (occasion: string) =>
    makeDoc('o-one', `Anna Alder said ${occasion} issued late on Wednesday that the accord with Eastland was monumental for the region.`, '2025-02-20');
  const later = (occasion: string) => makeDoc('o-two', `Anna Alder thanked Boris Birch and the mediators, saying ${occasion} her government would carry out the deal.`, '2025-02-21');
  const when = { 'late on Wednesday': { value: '2025-02-19' } };
  it('a written statement told by two outlets is one statement, recorded with its occasion', () => {
    const s = statements([{ doc: dated('in a statement'), dates: when }, { doc: later('in a statement') }]);
    expect(s).toHaveLength(1);
    expect(s[0].date).toBe('2025-02-19');
    expect(s[0].rules).toContainEqual({ stage: 'occasion', rule: 'occasion-written' });
  });
  it('the same two reports with no occasion named stay two (the words alone do not join them)', () => {
    expect(statements([{ doc: dated('in Avalon'), dates: when }, { doc: later('that') }])).toHaveLength(2);
  });
  it('a written statement and a post are not joined by occasion', () => {
    expect(statements([{ doc: dated('in a statement'), dates: when }, { doc: later('in a post on X that') }])).toHaveLength(2);
  });
  it('sameOccasion: true when one is shared, false when both name others, null when one names none', () => {
    expect(sameOccasion({ occasions: ['occasion-press', 'occasion-written'] }, { occasions: ['occasion-written'] })).toBe(true);
    expect(sameOccasion({ occasions: ['occasion-post'] }, { occasions: ['occasion-written'] })).toBe(false);
    expect(sameOccasion({ occasions: [] }, { occasions: ['occasion-written'] })).toBe(null);
  });
});

describe('sentence-pair: one remark told in one sentence by each of two documents on one stated day', () => {
  it('joins when the closest sentences share enough words, though the reports as wholes share few', () => {
    const one = makeDoc(
      'p-one',
      'Anna Alder said on Saturday that she had told both neighbours to stop fighting. Alder later said both sides agreed to meet to negotiate a ceasefire. Alder also said the harvest, the railway tariffs and the fishing quotas would be reviewed by experts in the spring. Alder added that the museum, the opera house and the northern airport would reopen after repairs to their roofs, windows and heating systems. Alder noted that teachers, nurses, bakers and farmers deserved higher wages, cheaper housing, better schools and faster trains across every province.',
      '2025-02-23',
    );
    const two = makeDoc('p-two', 'Alder confirmed on Saturday that both governments agreed to discuss a ceasefire.', '2025-02-23');
    const sat = { 'on Saturday': { value: '2025-02-22' } };
    const s = statements([{ doc: one, dates: sat }, { doc: two, dates: sat }]);
    expect(s).toHaveLength(1);
  });
  it('sentencePairSim leaves the speaker’s name words out and takes the best pair of sentences', () => {
    const w = (t: string) => new Set(t.split(' '));
    const a = { sentenceWords: [w('anna alder harvest railway'), w('anna alder both sides agreed ceasefire')] };
    const b = { sentenceWords: [w('anna alder both governments agreed discuss ceasefire')] };
    expect(sentencePairSim(a, b, w('anna alder'))).toBeCloseTo(3 / 6);
    expect(sentencePairSim({ sentenceWords: [w('anna alder harvest')] }, { sentenceWords: [w('anna alder tariffs')] }, w('anna alder'))).toBe(0);
    expect(SENTENCE_PAIR_SIM).toBeGreaterThan(0);
  });
});

describe('statementMergeRules (for the merge reasons)', () => {
  const w = (t: string) => new Set(t.split(' '));
  const it_ = (docId: string, occasions: string[], words: string) => ({ e: { docId } as never, occasions, sentenceWords: [w(words)] });
  it('names same-occasion and sentence-pair once each, across documents only', () => {
    expect(statementMergeRules([it_('a', ['occasion-post'], 'ceasefire agreed both'), it_('b', ['occasion-post'], 'ceasefire agreed both sides')], w('alder'))).toEqual(['same-occasion', 'sentence-pair']);
    expect(statementMergeRules([it_('a', ['occasion-post'], 'harvest'), it_('a', ['occasion-post'], 'harvest')], w('alder'))).toEqual([]);
    expect(statementMergeRules([it_('a', [], 'harvest rail'), it_('b', ['occasion-post'], 'tariffs fish')], w('alder'))).toEqual([]);
  });
});

describe(SPEAKER_DAY_ARTICLES.id, () => {
  const one = makeDoc('a-one', '“We must live in peace,” Anna Alder stated on Thursday.', '2025-02-21');
  const two = makeDoc('a-two', 'Anna Alder told a joint press conference on Thursday there was no problem that could not be solved.', '2025-02-21');
  const thursday = { 'on Thursday': { value: '2025-02-20' } };
  it('two articles telling one speaker’s remark of one day in other words are one statement, recorded with the rule', () => {
    const s = statements([{ doc: one, dates: thursday }, { doc: two, dates: thursday }]);
    expect(s).toHaveLength(1);
    expect(s[0].rules).toContainEqual({ stage: 'merge', rule: SPEAKER_DAY_ARTICLES.id });
  });
  it('never for a broadcast transcript, another day, or occasions told apart', () => {
    const item = (docId: string, date: string, kind: 'article' | 'transcript', occasions: string[] = []) =>
      ({ e: { docId, date } as never, kind, occasions, published: '2025-02-21' }) as Parameters<typeof speakerDayArticles>[0];
    expect(speakerDayArticles(item('a', '2025-02-20', 'article'), item('b', '2025-02-20', 'article'))).toBe(true);
    expect(speakerDayArticles(item('a', '2025-02-20', 'article'), item('b', '2025-02-20', 'transcript'))).toBe(false);
    expect(speakerDayArticles(item('a', '2025-02-20', 'article'), item('b', '2025-02-19', 'article'))).toBe(false);
    expect(speakerDayArticles(item('a', '2025-02-20', 'article', ['occasion-post']), item('b', '2025-02-20', 'article', ['occasion-press']))).toBe(false);
    expect(speakerDayArticles(item('a', '2025-02-20', 'article'), item('a', '2025-02-20', 'article'))).toBe(false);
  });
});

describe(LEAD_DAY_REMARK.id, () => {
  // one article's remark with no day of its own, dated by the happening its lead tells (events/context-days.ts)
  const leadDay = (docId: string, body: string, published: string, day: string) =>
    extractEvents(input(makeDoc(docId, body, published), ACTORS, FORMS, {}, {})).map((e) =>
      e.type === 'statement' ? { ...e, date: day, dateSource: 'anchored' as const, dateRange: null, rules: [...(e.rules ?? []), { stage: 'date', rule: 'document-lead-day' }] } : e,
    );
  const own = makeDoc('l-two', 'Anna Alder told reporters on Tuesday that the talks with Boris Birch had been useful.', '2025-03-05');
  const run = (lead: ReturnType<typeof leadDay>) => {
    const docs = [makeDoc('l-one', 'Anna Alder said the border would reopen in the spring.', '2025-03-05'), own];
    const evs = [...lead, ...extractEvents(input(own, ACTORS, FORMS, { 'on Tuesday': { value: '2025-03-04' } }, {}))];
    return mergeEvents(evs, docs, { actors: ACTORS, places: TEST_PLACES }).events.filter((e) => e.type === 'statement');
  };
  it('a remark dated by its article’s lead a day from another document’s day for it is one statement, on the remark’s own day', () => {
    const s = run(leadDay('l-one', 'Anna Alder said the border would reopen in the spring.', '2025-03-05', '2025-03-05'));
    expect(s).toHaveLength(1);
    expect(s[0].date).toBe('2025-03-04');
    expect(s[0].rules).toContainEqual({ stage: 'merge', rule: LEAD_DAY_REMARK.id });
  });
  it('the same reports with the first day told of the remark itself stay two', () => {
    const told = leadDay('l-one', 'Anna Alder said the border would reopen in the spring.', '2025-03-05', '2025-03-05').map((e) => ({ ...e, rules: (e.rules ?? []).filter((r) => r.rule !== 'document-lead-day') }));
    expect(run(told)).toHaveLength(2);
  });
  const item = (docId: string, date: string, opts: { lead?: boolean; occasions?: string[]; published?: string; estimate?: { from: string; to: string } } = {}) =>
    ({
      e: {
        docId,
        date,
        dateSource: opts.lead ? 'anchored' : opts.estimate ? 'published' : 'explicit',
        dateRange: opts.estimate ?? null,
        rules: opts.lead ? [{ stage: 'date', rule: 'document-lead-day' }] : [],
      } as never,
      occasions: opts.occasions ?? [],
      published: opts.published ?? '2025-03-05',
    }) as Parameters<typeof leadDayRemark>[0];
  it('only one day apart, across documents published within two days, no occasion told apart', () => {
    expect(leadDayRemark(item('a', '2025-03-05', { lead: true }), item('b', '2025-03-04'))).toBe(true);
    expect(leadDayRemark(item('a', '2025-03-05'), item('b', '2025-03-04'))).toBe(false);
    expect(leadDayRemark(item('a', '2025-03-05', { lead: true }), item('b', '2025-03-05'))).toBe(false);
    expect(leadDayRemark(item('a', '2025-03-06', { lead: true }), item('b', '2025-03-04'))).toBe(false);
    expect(leadDayRemark(item('a', '2025-03-05', { lead: true }), item('a', '2025-03-04'))).toBe(false);
    expect(leadDayRemark(item('a', '2025-03-05', { lead: true, published: '2025-03-09' }), item('b', '2025-03-04'))).toBe(false);
    expect(leadDayRemark(item('a', '2025-03-05', { lead: true, occasions: ['occasion-post'] }), item('b', '2025-03-04', { occasions: ['occasion-press'] }))).toBe(false);
  });
  it('beside a day the other document only estimates from its publication, the lead’s day must lie in that span', () => {
    expect(leadDayRemark(item('a', '2025-03-04', { lead: true }), item('b', '2025-03-05', { estimate: { from: '2025-03-04', to: '2025-03-05' } }))).toBe(true);
    expect(leadDayRemark(item('a', '2025-03-05', { lead: true }), item('b', '2025-03-04', { estimate: { from: '2025-03-03', to: '2025-03-04' } }))).toBe(false);
  });
  it('leadDayBorrowed: an anchored day given by the lead rule only', () => {
    expect(leadDayBorrowed({ dateSource: 'anchored', rules: [{ stage: 'date', rule: 'document-lead-day' }] } as never)).toBe(true);
    expect(leadDayBorrowed({ dateSource: 'anchored', rules: [{ stage: 'date', rule: 'document-lead-stated-day' }] } as never)).toBe(false);
    expect(leadDayBorrowed({ dateSource: 'explicit', rules: [{ stage: 'date', rule: 'document-lead-day' }] } as never)).toBe(false);
  });
});

describe(ONE_ARTICLE_SPEAKER_DAY.id, () => {
  // two reports of one article that the document's own pass left apart (as it does for remarks far apart, other speakers between)
  const first = 'Anna Alder said on Tuesday that the border crossings would reopen in the spring.';
  const second = 'Taxes on imported grain, Alder said on Tuesday, must fall before the harvest.';
  const tuesday = { 'on Tuesday': { value: '2025-03-04' } };
  const oneArticle = (kind: 'article' | 'transcript') => {
    const a = makeDoc('t-one', first, '2025-03-05');
    const b = makeDoc('t-one', second, '2025-03-05');
    const whole = makeDoc('t-one', `${first} ${second}`, '2025-03-05');
    whole.meta.kind = kind;
    const shift = first.length + 1;
    const evs = [
      ...extractEvents(input(a, ACTORS, FORMS, tuesday, {})),
      ...extractEvents(input(b, ACTORS, FORMS, tuesday, {})).map((e) => ({ ...e, evidence: e.evidence.map((x) => ({ ...x, start: x.start + shift, end: x.end + shift })) })),
    ].map((e) => ({ ...e, docKind: kind }));
    return mergeEvents(evs, [whole], { actors: ACTORS, places: TEST_PLACES }).events.filter((e) => e.type === 'statement');
  };
  it('one speaker quoted in two places of one article on one day, in other words, is one statement', () => {
    expect(oneArticle('article')).toHaveLength(1);
    expect(oneArticle('transcript')).toHaveLength(2);
  });
  const item = (date: string, kind: 'article' | 'transcript', occasions: string[] = [], rules: { stage: string; rule: string }[] = [], docId = 'a') =>
    ({ e: { docId, date, rules } as never, kind, occasions }) as Parameters<typeof oneArticleSpeakerDay>[0];
  it('never across documents, in a transcript, on other days, or for occasions told apart', () => {
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article'), item('2025-03-04', 'article'))).toBe(true);
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article', ['occasion-press']), item('2025-03-04', 'article', ['occasion-press']))).toBe(true);
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article'), item('2025-03-04', 'article', [], [], 'b'))).toBe(false);
    expect(oneArticleSpeakerDay(item('2025-03-04', 'transcript'), item('2025-03-04', 'transcript'))).toBe(false);
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article'), item('2025-03-03', 'article'))).toBe(false);
    // "wrote on social media" beside a remark of no named occasion; a post and a press conference
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article', ['occasion-post']), item('2025-03-04', 'article'))).toBe(false);
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article', ['occasion-post']), item('2025-03-04', 'article', ['occasion-press']))).toBe(false);
  });
  it('never for a remark told as another moment of the day ("hours later") or a live blog\'s', () => {
    const later = [{ stage: 'date', rule: 'anchored-to-previous-day' }];
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article'), item('2025-03-04', 'article', [], later))).toBe(false);
    expect(oneArticleSpeakerDay(item('2025-03-04', 'article', [], [{ stage: 'date', rule: 'live-blog-day' }]), item('2025-03-04', 'article'))).toBe(false);
  });
});

describe(BROADCAST_SUMMARY_DAY.id, () => {
  const article = makeDoc('bc-article', 'Anna Alder said on Tuesday that the border crossings would reopen in the spring.', '2025-03-04');
  const broadcast = (text: string) => {
    const d = makeDoc('bc-radio', text, '2025-03-04');
    d.meta.kind = 'transcript';
    return d;
  };
  const tuesday = { 'on Tuesday': { value: '2025-03-04' } };
  it("a broadcast's undated summary of a remark and an article's report of it on that day are one statement", () => {
    const s = statements([{ doc: article, dates: tuesday }, { doc: broadcast('Alder says grain taxes must fall before the harvest.') }]);
    expect(s).toHaveLength(1);
    expect(s[0].rules).toContainEqual({ stage: 'merge', rule: BROADCAST_SUMMARY_DAY.id });
  });
  const item = (docId: string, kind: 'article' | 'transcript', dateRule: string, occasions: string[] = []) =>
    ({ e: { docId, date: '2025-03-04', rules: [{ stage: 'date', rule: dateRule }] } as never, kind, occasions }) as Parameters<typeof broadcastSummaryDay>[0];
  it('never for two broadcasts, a broadcast that dates the remark itself, or occasions told apart', () => {
    expect(broadcastSummaryDay(item('r', 'transcript', 'publication-day-estimated'), item('a', 'article', 'clause-day'))).toBe(true);
    expect(broadcastSummaryDay(item('r', 'transcript', 'publication-day-estimated'), item('q', 'transcript', 'clause-day'))).toBe(false);
    expect(broadcastSummaryDay(item('r', 'transcript', 'clause-day'), item('a', 'article', 'clause-day'))).toBe(false);
    expect(broadcastSummaryDay(item('r', 'transcript', 'publication-day-estimated', ['occasion-press']), item('a', 'article', 'clause-day'))).toBe(false);
    expect(broadcastSummaryDay(item('a', 'transcript', 'publication-day-estimated'), item('a', 'article', 'clause-day'))).toBe(false);
    expect(broadcastSummaryDay({ ...item('r', 'transcript', 'publication-day-estimated'), pluperfect: true }, item('a', 'article', 'clause-day'))).toBe(false);
  });
  it('an article naming the occasion (a press conference, a speech) does not keep out a summary that names none', () => {
    expect(broadcastSummaryDay(item('r', 'transcript', 'publication-day-estimated'), item('a', 'article', 'clause-day', ['occasion-press']))).toBe(true);
    expect(broadcastSummaryDay(item('a', 'article', 'clause-day', ['occasion-speech']), item('r', 'transcript', 'publication-day-estimated'))).toBe(true);
    // the summary naming an occasion the article does not share stays apart
    expect(broadcastSummaryDay(item('r', 'transcript', 'publication-day-estimated', ['occasion-post']), item('a', 'article', 'clause-day', ['occasion-press']))).toBe(false);
    const pressDay = makeDoc('bc-press', 'Anna Alder told a press conference on Tuesday that the border crossings would reopen in the spring.', '2025-03-04');
    const s = statements([{ doc: pressDay, dates: tuesday }, { doc: broadcast('Alder says grain taxes must fall before the harvest.') }]);
    expect(s).toHaveLength(1);
  });
  it('a remark told in the pluperfect is an earlier one', () => {
    expect(toldInPluperfect('said', ['Alder had said before the trip that she would not apologise.'])).toBe(true);
    expect(toldInPluperfect('told', ["Alder had already told reporters in Cedar that the talks were over."])).toBe(true);
    expect(toldInPluperfect('said', ['Alder said the talks were over.'])).toBe(false);
    expect(toldInPluperfect('said', ['Birch said Alder had left.'])).toBe(false);
    const s = statements([{ doc: article, dates: tuesday }, { doc: broadcast('Alder had said before the trip that grain taxes must fall.') }]);
    expect(s).toHaveLength(2);
  });
});
