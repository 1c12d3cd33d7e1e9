import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { input, makeDoc, type DateSpec } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from './fixtures';

const run = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-06'), ACTORS, FORMS, dates, PLACES));

describe('dates after clustering', () => {
  it('an agreement told right after a dated meeting of its people is on its day (agreement-at-its-talks)', () => {
    const evs = run('On Monday, Anna Alder and Boris Birch met in Avalon. They signed a declaration on trade.', { 'On Monday': { value: '2025-03-03' } });
    const a = evs.find((e) => e.type === 'agreement')!;
    expect(a.date).toBe('2025-03-03');
    expect(a.rules).toContainEqual({ stage: 'date', rule: 'agreement-at-its-talks' });
  });
  it('a trip told right after a dated meeting is on its day (day-of-the-narrative)', () => {
    const evs = run('On Monday, Anna Alder and Boris Birch met in Avalon. Carla Cedar travelled to Nordvik.', { 'On Monday': { value: '2025-03-03' } });
    const v = evs.find((e) => e.type === 'visit')!;
    expect(v.date).toBe('2025-03-03');
    expect(v.rules).toContainEqual({ stage: 'date', rule: 'day-of-the-narrative' });
  });
  it('an agreement dated by a later reference to it ("the agreement, reached on Monday")', () => {
    const [a] = run('Anna Alder and Boris Birch agreed to a truce. The agreement, reached on Monday, takes effect today.', { 'on Monday': { value: '2025-03-03' }, today: { value: '2025-03-06' } });
    expect(a.type).toBe('agreement');
    expect(a.date).toBe('2025-03-03');
  });
});

describe('remarks without a day of their own', () => {
  const dates = { 'On Saturday': { value: '2025-03-08' }, 'On Thursday': { value: '2025-03-06' } };
  const runAt = (text: string) => extractEvents(input(makeDoc('d', text, '2025-03-10'), ACTORS, FORMS, dates, PLACES));
  it('a remark made at a moment of a happening is on its day (remark-at-moment-of-happening)', () => {
    const evs = runAt('On Saturday, Anna Alder and Boris Birch held talks in Avalon.\n\nOn Thursday, Dana Dogwood called Birch.\n\nCarla Cedar said a declaration was adopted at the start of the talks.');
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-08');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'remark-at-moment-of-happening' });
  });
  it('a remark opening a paragraph does not take a day the happening before it only inherited', () => {
    const evs = runAt('On Saturday, Anna Alder met Boris Birch in Avalon. The hall was cold. The hall was loud.\n\nAlder called Dana Dogwood.\n\nCarla Cedar said the truce was fragile.');
    expect(evs.find((e) => e.type === 'call')!.date).toBe('2025-03-08');
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.rules).not.toContainEqual({ stage: 'date', rule: 'day-of-the-narrative' });
    // not the paragraph's day: the article's lead day (its first happening, on Saturday)
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'document-lead-day' });
    expect(s.date).toBe('2025-03-08');
  });
  it('a remark does not take the day of an earlier paragraph\'s happening its speaker took no part in (narrative-day-not-the-speakers)', () => {
    const evs = extractEvents(
      input(makeDoc('d', 'Dana Dogwood denied the claim on Saturday.\n\nOn Thursday, Anna Alder met Boris Birch in Avalon.\n\nCarla Cedar said the claim was false.', '2025-03-10'), ACTORS, FORMS, { ...dates, 'on Saturday': { value: '2025-03-08' } }, PLACES),
    );
    const s = evs.find((e) => e.type === 'statement' && e.participants.includes('carla-cedar'))!;
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'narrative-day-not-the-speakers' });
    expect(s.date).not.toBe('2025-03-06');
  });
  it('the speaker\'s own happening of the paragraph before still gives the day', () => {
    const evs = runAt('Dana Dogwood denied the claim on Saturday.\n\nOn Thursday, Anna Alder met Boris Birch in Avalon.\n\nAlder said the talks were useful.');
    const s = evs.find((e) => e.type === 'statement' && e.participants.includes('anna-alder'))!;
    expect(s.date).toBe('2025-03-06');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'day-of-the-narrative' });
  });
});

describe('the day of the article\'s lead (document-lead-day)', () => {
  const dates = { 'on Wednesday': { value: '2025-03-05' }, 'Mar 7,2025': { value: '2025-03-07' }, 'on Feb. 3': { value: '2025-02-03' } };
  const runAs = (text: string, kind: 'article' | 'transcript' = 'article') => extractEvents(input(makeDoc('d', text, '2025-03-07', kind), ACTORS, FORMS, dates, PLACES));
  const body = 'Anna Alder and Boris Birch held talks in Avalon on Wednesday. The hall was cold. The hall was loud. The hall was old.\n\nThe hall was new.\n\nCarla Cedar told a news conference that the plan was useful.';
  it('a remark with no day of its own takes the day of the happening the lead tells', () => {
    const s = runAs(body).find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-05');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'document-lead-day' });
  });
  it('a byline stamp tells no happening: the lead day is the happening\'s, not the stamp\'s', () => {
    const s = runAs(`By Outlet - Mar 7,2025\n${body}`).find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-05');
  });
  it('a transcript keeps its own estimate; a lead day more than a week old is not the news of the day', () => {
    expect(runAs(body, 'transcript').find((e) => e.type === 'statement')!.rules).not.toContainEqual({ stage: 'date', rule: 'document-lead-day' });
    const old = runAs(body.replace('on Wednesday', 'on Feb. 3')).find((e) => e.type === 'statement')!;
    expect(old.rules).not.toContainEqual({ stage: 'date', rule: 'document-lead-day' });
    expect(old.date).toBe('2025-03-07');
    expect(old.rules).toContainEqual({ stage: 'date', rule: 'reference-day-estimated' });
  });
});

describe('the day of a remark and the speaker\'s own words', () => {
  it('"earlier today" inside the quote does not date the remark (quoted-day-not-remark-day)', () => {
    const evs = extractEvents(
      input(makeDoc('d', '“I saw his remarks earlier today, and they are not appreciated,” Anna Alder said.', '2025-03-10'), ACTORS, FORMS, { 'earlier today': { value: '2025-03-10' } }, PLACES),
    );
    const s = evs.find((e) => e.type === 'statement')!;
    // not the quote's "today" as a day of the text: the remark is estimated on the reference day, with the day before in its span
    expect(s.date).toBe('2025-03-10');
    expect(s.dateInfo.range).toEqual({ from: '2025-03-09', to: '2025-03-10' });
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'quoted-day-not-remark-day' });
  });
  it('a day inside a relative clause dates that clause, not the remark (relative-clause-day-not-remark-day)', () => {
    const evs = extractEvents(
      input(makeDoc('d', 'Boris Birch, who visited Avalon earlier this month, wrote on social media on Saturday that the talks had been useful.', '2025-03-10'), ACTORS, FORMS, { 'earlier this month': { value: null, range: { from: '2025-03-01', to: '2025-03-09' } }, 'on Saturday': { value: '2025-03-08' } }, PLACES),
    );
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-08');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'relative-clause-day-not-remark-day' });
  });
  it('an attribution with its own day after the content: the content\'s day does not date the remark (attribution-after-content)', () => {
    const evs = extractEvents(
      input(makeDoc('d', 'The sides accepted the plan at their meeting in Avalon on Feb. 27, Anna Alder told a news conference late on Saturday.', '2025-03-10'), ACTORS, FORMS, { 'on Feb. 27': { value: '2025-02-27' }, 'late on Saturday': { value: '2025-03-08' } }, PLACES),
    );
    const s = evs.find((e) => e.type === 'statement')!;
    // here the clause split alone already keeps Feb. 27 out; the row decides where the clause runs over the comma (its example is checked in en-dates.test.ts)
    expect(s.date).toBe('2025-03-08');
  });
  it('a day outside the quote still dates it', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder said on Saturday: “The talks went well.”', '2025-03-10'), ACTORS, FORMS, { 'on Saturday': { value: '2025-03-08' } }, PLACES));
    expect(evs.find((e) => e.type === 'statement')!.date).toBe('2025-03-08');
  });
});

describe('whom a remark answers', () => {
  it('"said …, and thanked Birch for …" answers Birch (thanked-for)', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder said aid would follow, and thanked Boris Birch for lifting the sanctions.', '2025-03-10'), ACTORS, FORMS, {}, PLACES));
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.respondsTo).toEqual(['boris-birch']);
    expect(s.rules).toContainEqual({ stage: 'respondsTo', rule: 'thanked-for' });
  });
  it('thanks with nothing thanked for is no answer', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder said aid would follow, and thanked Boris Birch.', '2025-03-10'), ACTORS, FORMS, {}, PLACES));
    expect(evs.find((e) => e.type === 'statement')!.respondsTo).toEqual([]);
  });
});

describe('remarks with no day: the document\'s reference day (reference-day-estimated, updated-page-day-before)', () => {
  const runDoc = (text: string, published: string, dates: Record<string, { value: string }> = {}) => extractEvents(input(makeDoc('d', text, published), ACTORS, FORMS, dates, PLACES));
  it('a remark an article tells without any day is estimated on its publication day, the day before in its span', () => {
    const s = runDoc('Anna Alder said the harvest was good.', '2025-03-10').find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-10');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'reference-day-estimated' });
  });
  it('on a wire copy republished the next morning, the dateline\'s day', () => {
    const s = runDoc('NORDVIK, March 9 (Wire) - Anna Alder said the harvest was good.', '2025-03-10').find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-09');
    expect(s.dateInfo.reference).toMatch(/wire-dateline 2025-03-09/);
  });
  it('on a page stamped only "Updated", the day before; its "today" does not become the day of its other remarks', () => {
    const text = 'Updated 10 March 2025\n\nAVALON: Anna Alder and Boris Birch signed a treaty today. The hall was cold. The hall was loud. The hall was old.\n\nThe hall was new.\n\nCarla Cedar said the treaty was historic.';
    const evs = runDoc(text, '2025-03-10', { today: { value: '2025-03-10' } });
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.rules).not.toContainEqual({ stage: 'date', rule: 'document-lead-day' });
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'updated-page-day-before' });
    expect(s.date).toBe('2025-03-09');
  });
  it('with a stamp of first publication the same page keeps its lead day', () => {
    const text = 'Published 10 March 2025\n\nAVALON: Anna Alder and Boris Birch signed a treaty today. The hall was cold. The hall was loud. The hall was old.\n\nThe hall was new.\n\nCarla Cedar said the treaty was historic.';
    const s = runDoc(text, '2025-03-10', { today: { value: '2025-03-10' } }).find((e) => e.type === 'statement')!;
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'document-lead-day' });
    expect(s.date).toBe('2025-03-10');
  });
});

describe('a remark dated by the sentence after it (day-told-in-next-sentence)', () => {
  const runDoc = (text: string) => extractEvents(input(makeDoc('d', text, '2025-03-12'), ACTORS, FORMS, { 'on Tuesday': { value: '2025-03-11' } }, PLACES));
  it('the remark, and the agreement it reports, take the day the next sentence gives the remark', () => {
    const evs = runDoc('Anna Alder says Avalon and Nordvik have agreed on a ceasefire.\n\nAlder made the announcement in Cedarville on Tuesday.');
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-11');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'day-told-in-next-sentence' });
  });
  it('not when the next sentence names another speaker (the remark answers that one)', () => {
    const evs = runDoc('Anna Alder said Boris Birch was wrong.\n\nBirch made the remarks on Tuesday.');
    const s = evs.find((e) => e.type === 'statement' && e.participants[0] === 'anna-alder')!;
    expect(s.rules).not.toContainEqual({ stage: 'date', rule: 'day-told-in-next-sentence' });
  });
});

describe('a remark right after a sentence that names its speaker on a day (day-of-speaker-in-previous-sentence)', () => {
  const runDoc = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-12'), ACTORS, FORMS, dates, PLACES));
  it('takes that day', () => {
    const evs = runDoc('That was the message delivered in Nordvik on Tuesday by Anna Alder. Alder said the plan was useful.', { 'on Tuesday': { value: '2025-03-11' } });
    const s = evs.find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-11');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'day-of-speaker-in-previous-sentence' });
  });
  it('not when the sentence before names someone else', () => {
    const evs = runDoc('That was the message delivered in Nordvik on Tuesday by Boris Birch. Anna Alder said the plan was useful.', { 'on Tuesday': { value: '2025-03-11' } });
    expect(evs.find((e) => e.type === 'statement' && e.participants[0] === 'anna-alder')!.rules).not.toContainEqual({ stage: 'date', rule: 'day-of-speaker-in-previous-sentence' });
  });
});

describe('a happening told as just done (just-happened-on-reference-day)', () => {
  it('"… just spoke with …" in a transcript is of its day', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder just spoke with Boris Birch by phone, and the fighting will end.', '2025-03-12', 'transcript'), ACTORS, FORMS, {}, PLACES));
    const c = evs.find((e) => e.type === 'call');
    expect(c?.date).toBe('2025-03-12');
    expect(c?.rules).toContainEqual({ stage: 'date', rule: 'just-happened-on-reference-day' });
  });
  it('without "just" the call stays undated', () => {
    const evs = extractEvents(input(makeDoc('d', 'Anna Alder spoke with Boris Birch by phone, and the fighting will end.', '2025-03-12', 'transcript'), ACTORS, FORMS, {}, PLACES));
    expect(evs.find((e) => e.type === 'call')?.rules ?? []).not.toContainEqual({ stage: 'date', rule: 'just-happened-on-reference-day' });
  });
});

describe('an anchor to the day just told (anchored-to-day-told-before)', () => {
  const earlier = { 'earlier in the day': { anchor: { offsetDays: 0, ref: null } } };
  const runDoc = (text: string, dates: Record<string, DateSpec>) => extractEvents(input(makeDoc('d', text, '2025-03-08'), ACTORS, FORMS, { ...earlier, ...dates }, PLACES));
  it('"arrived … earlier in the day" with no dated happening before it counts from the day the text stated', () => {
    const evs = runDoc('The ministry announced Saturday that the first round had gone well. The delegation, led by Boris Birch, arrived in Nordvik earlier in the day.', { Saturday: { value: '2025-03-08' } });
    const v = evs.find((e) => e.type === 'visit')!;
    expect(v.date).toBe('2025-03-08');
    expect(v.rules).toContainEqual({ stage: 'date', rule: 'anchored-to-day-told-before' });
  });
  it('an anchor in years ("came three years after Birch said …") is not counted from the day just told', () => {
    const text = 'Anna Alder greeted Boris Birch with a fist bump in Avalon. On arrival at the palace on Saturday, Birch stood ready. The meeting came three years after Birch said he would shun Alder.';
    const evs = runDoc(text, { 'on Saturday': { value: '2025-03-08' }, 'three years after': { anchor: { offsetDays: -1095, ref: null } } });
    const m = evs.find((e) => e.type === 'meeting')!;
    expect(m.date ?? '').not.toMatch(/^2022/);
    expect(m.rules).not.toContainEqual({ stage: 'date', rule: 'anchored-to-day-told-before' });
  });
  it('no day told before: the anchor stays unresolved', () => {
    const v = runDoc('The first round had gone well. The delegation, led by Boris Birch, arrived in Nordvik earlier in the day.', {}).find((e) => e.type === 'visit')!;
    expect(v.date).toBeNull();
  });
});

describe('the lead names the people of an undated call (lead-day-of-its-people)', () => {
  const runDoc = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-07'), ACTORS, FORMS, dates, PLACES));
  const dates = { Wednesday: { value: '2025-03-05' } };
  it('"… after Alder and Birch spoke Wednesday. Alder and Birch spoke on the phone …": the call is on Wednesday', () => {
    const c = runDoc('The envoy will return to Avalon after Anna Alder and Boris Birch spoke Wednesday. Alder and Birch spoke on the phone at Alder\'s request.', dates).find((e) => e.type === 'call')!;
    expect(c.date).toBe('2025-03-05');
    expect(c.rules).toContainEqual({ stage: 'date', rule: 'lead-day-of-its-people' });
  });
  it('a lead naming only one of its people gives no day', () => {
    const c = runDoc('The envoy will return to Avalon after Anna Alder spoke Wednesday. Alder and Birch spoke on the phone at Alder\'s request.', dates).find((e) => e.type === 'call')!;
    // not the lead's Wednesday (the article's own day, estimated, is all that is left: happening-on-reference-day)
    expect(c.date).not.toBe('2025-03-05');
    expect(c.rules).not.toContainEqual({ stage: 'date', rule: 'lead-day-of-its-people' });
  });
  it('a lead whose day is a planned happening\'s ("plans for Birch to meet Alder on Wednesday were scrapped") gives none', () => {
    const evs = runDoc('Plans for Boris Birch to meet Anna Alder in Nordvik Wednesday were scrapped. Alder and Birch spoke on the phone at Alder\'s request.', dates);
    expect(evs.find((e) => e.type === 'call')!.date).not.toBe('2025-03-05');
    expect(evs.find((e) => e.type === 'call')!.rules).not.toContainEqual({ stage: 'date', rule: 'lead-day-of-its-people' });
  });
});

describe('the lead states the day, no happening of it is dated (document-lead-stated-day)', () => {
  const runDoc = (text: string, dates: Record<string, DateSpec>) => extractEvents(input(makeDoc('d', text, '2025-03-07'), ACTORS, FORMS, dates, PLACES));
  const body = 'Avalon and its allies have restored full ties with Nordvik, officials said on Tuesday after a landmark meeting. The hall was cold. The hall was loud. The hall was old.\n\nThe hall was new.\n\n“What happened today is a new page,” Carla Cedar said after the summit.';
  it('a remark with no day of its own takes the day the lead states, not the quoted "today"', () => {
    const s = runDoc(body, { 'on Tuesday': { value: '2025-03-04' }, today: { value: '2025-03-07' } }).find((e) => e.type === 'statement')!;
    expect(s.date).toBe('2025-03-04');
    expect(s.rules).toContainEqual({ stage: 'date', rule: 'document-lead-stated-day' });
  });
  it('a day of a meeting the lead tells as called off ("cancelled Tuesday\'s planned meeting") is not the news day: the reference day', () => {
    const text = 'Anna Alder mocked Boris Birch in parliament. The row began when Birch cancelled Tuesday\'s planned meeting with Carla Cedar. The hall was cold. The hall was loud.\n\nThe hall was new.\n\nAlder said the sculptures were stolen.';
    const evs = runDoc(text, { 'Tuesday’s': { value: '2025-03-04' }, "Tuesday's": { value: '2025-03-04' } });
    for (const s of evs.filter((e) => e.type === 'statement')) {
      expect(s.rules).not.toContainEqual({ stage: 'date', rule: 'document-lead-stated-day' });
      expect(s.date).toBe('2025-03-07');
    }
  });
  it('a lead whose stated day is more than a week old gives none: the reference day', () => {
    const s = runDoc(body, { 'on Tuesday': { value: '2025-02-18' }, today: { value: '2025-03-07' } }).find((e) => e.type === 'statement')!;
    expect(s.rules).not.toContainEqual({ stage: 'date', rule: 'document-lead-stated-day' });
  });
});

describe('a happening an article tells as done with no day anywhere (happening-on-reference-day)', () => {
  const runDoc = (text: string, kind: 'article' | 'transcript' = 'article') => extractEvents(input(makeDoc('d', text, '2025-03-12', kind), ACTORS, FORMS, {}, PLACES));
  const RULE = { stage: 'date', rule: 'happening-on-reference-day' };
  it('a meeting told by its verb is estimated on the reference day, the day before in its span', () => {
    const m = runDoc('Anna Alder greeted Boris Birch with a long handshake in Avalon.').find((e) => e.type === 'meeting');
    expect(m?.date).toBe('2025-03-12');
    expect(m?.dateInfo.range).toEqual({ from: '2025-03-11', to: '2025-03-12' });
    expect(m?.rules).toContainEqual(RULE);
  });
  it('a visit told in the present perfect ("has arrived in") too', () => {
    const v = runDoc('Anna Alder has arrived in Nordvik on a three-day state visit.').find((e) => e.type === 'visit');
    expect(v?.date).toBe('2025-03-12');
    expect(v?.rules).toContainEqual(RULE);
  });
  it('a happening only named (a reference: "the meeting between …") stays undated', () => {
    const evs = runDoc('The meeting between Anna Alder and Boris Birch set the tone for the year.');
    for (const e of evs.filter((x) => x.type === 'meeting')) expect(e.rules ?? []).not.toContainEqual(RULE);
  });
  it('a pluperfect or a framing clause ("had met", "When … visited") is told before the story: undated', () => {
    for (const text of ['Anna Alder had met Boris Birch in Avalon.', 'When Anna Alder visited Nordvik, Boris Birch told her he liked the food.'])
      for (const e of runDoc(text).filter((x) => x.type !== 'statement')) expect(e.rules ?? []).not.toContainEqual(RULE);
  });
  it('a visit named as the one under way by a present copula ("This is …\'s first visit") too (told-as-the-current-happening)', () => {
    const v = runDoc('Anna Alder praised her hosts. This is Alder\'s first visit to Nordvik in a decade.').find((e) => e.type === 'visit');
    expect(v?.date).toBe('2025-03-12');
    expect(v?.rules).toContainEqual(RULE);
    const past = runDoc('Anna Alder praised her hosts. That was Alder\'s first visit to Nordvik in a decade.').find((e) => e.type === 'visit');
    expect(past?.rules ?? []).not.toContainEqual(RULE);
  });
  it('a transcript keeps its own rules', () => {
    const m = runDoc('Anna Alder greeted Boris Birch with a long handshake in Avalon.', 'transcript').find((e) => e.type === 'meeting');
    expect(m?.rules ?? []).not.toContainEqual(RULE);
  });
});

describe('a visit told by its end (visit-told-by-its-end)', () => {
  const runAt = (text: string, dates: Record<string, { value: string }>) => extractEvents(input(makeDoc('d', text, '2025-03-10'), ACTORS, FORMS, dates, PLACES));
  it('a day told of the end of an N-day visit moves back to its first day', () => {
    const [v] = runAt('Anna Alder on Saturday concluded a three-day visit to Nordvik.', { 'on Saturday': { value: '2025-03-08' } }).filter((e) => e.type === 'visit');
    expect(v.date).toBe('2025-03-06');
    expect(v.rules).toContainEqual({ stage: 'date', rule: 'visit-told-by-its-end' });
  });
  it('the count of days may come from elsewhere in the document', () => {
    const [v] = runAt('Anna Alder is in Nordvik for a four-day state visit.\n\nAt the end of her visit to Nordvik, Alder spoke to students on Sunday.', { 'on Sunday': { value: '2025-03-09' } }).filter((e) => e.type === 'visit' && e.date === '2025-03-06');
    expect(v).toBeDefined();
  });
  it('a visit told by its start, or an end without a count of days, keeps its day', () => {
    const [a] = runAt('Anna Alder on Saturday began a three-day visit to Nordvik.', { 'on Saturday': { value: '2025-03-08' } }).filter((e) => e.type === 'visit');
    expect(a.date).toBe('2025-03-08');
    const [b] = runAt('Anna Alder on Saturday concluded her visit to Nordvik.', { 'on Saturday': { value: '2025-03-08' } }).filter((e) => e.type === 'visit');
    expect(b.date).toBe('2025-03-08');
  });
});
