import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { clean } from './clean';
import { clauseTenseOfDay, findDates, RULES, yearNearTurn } from './dates';
import { load } from './load';
import { splitSentences } from './sentences';
import { makeDoc } from './text/test-doc';
import { randomTexts, realLines } from './text/fuzz-texts';
import type { DateExpr } from './types';

/** published Tuesday 2025-02-18 unless told */
function dates(body: string, published = '2025-02-18', kind: 'article' | 'transcript' = 'article'): DateExpr[] {
  return findDates(splitSentences(clean(makeDoc(body, { published, kind }))));
}
function one(body: string, published = '2025-02-18'): DateExpr {
  const ds = dates(body, published);
  expect(ds, `one date in ${JSON.stringify(body)}`).toHaveLength(1);
  return ds[0];
}

describe('findDates: calendar dates', () => {
  it.each([
    ['The ministers met on Feb. 17 in the capital.', 'on Feb. 17', '2025-02-17'],
    ['The ministers met on February 17 in the capital.', 'on February 17', '2025-02-17'],
    ['The ministers met on 17 February in the capital.', 'on 17 February', '2025-02-17'],
    ['He spoke during a Feb. 15 speech at the conference.', 'Feb. 15', '2025-02-15'],
    ['The ministers met on Tuesday 18 February in the capital.', 'on Tuesday 18 February', '2025-02-18'],
    ['The ministers met on Tuesday, Feb. 18, in the capital.', 'on Tuesday, Feb. 18', '2025-02-18'],
    ['The treaty was signed on March 3, 2022 in the city.', 'on March 3, 2022', '2022-03-03'],
    ['The summit on 2024-11-05 was postponed.', '2024-11-05', '2024-11-05'],
    ['The ministers met on 3/8/2025 in the capital.', '3/8/2025', '2025-03-08'],
  ])('%j → %j = %s', (body, text, value) => {
    const d = one(body);
    expect(d.text).toBe(text);
    expect(d.value).toBe(value);
    expect(d.precision).toBe('day');
    expect(d.reference).toBe('published 2025-02-18');
  });

  it.each([
    ['Alder will be in Nordvik from 3 to 5 March, aides said.', 'from 3 to 5 March', '2025-03-03'],
    ['Alder will visit Nordvik on 3-5 March.', '3-5 March', '2025-03-03'],
    ['The talks will be held between the 4th and 6th of March in Nordvik.', 'between the 4th and 6th of March', '2025-03-04'],
    ['Alder visited Nordvik 12–14 January 2025.', '12–14 January 2025', '2025-01-12'],
  ])('a span of days written day first is dated by its first day (day-span-first-day): %j', (body, text, value) => {
    const d = one(body);
    expect(d.text).toBe(text);
    expect(d.value).toBe(value);
  });

  it('reads a backwards "span" as the one day it names', () => {
    expect(one('Alder will arrive from 5 to 3 March.').value).toBe('2025-03-03');
  });

  it('puts a past-tense date clearly after publication in the previous year', () => {
    expect(one('The two leaders met on Dec. 28 in the capital.', '2025-01-05').value).toBe('2024-12-28');
  });

  it('keeps the publication year for an upcoming date and marks it future', () => {
    const d = one('The Feb. 20 meeting in the capital will decide the matter.', '2025-02-18');
    expect(d.value).toBe('2025-02-20');
    expect(d.future).toBe(true);
  });

  it('does not mark a past date as future', () => {
    expect(one('The ministers met on Feb. 17 in the capital.').future).toBeUndefined();
  });
});

describe('findDates: weekdays (published Tuesday 2025-02-18)', () => {
  it.each([
    ['The ministers met on Tuesday in the capital.', 'on Tuesday', '2025-02-18'],
    ["He said after Tuesday's meeting that he was convinced.", 'Tuesday', '2025-02-18'],
    ["Tuesday's meeting is a precursor for an eventual summit.", 'Tuesday', '2025-02-18'],
    ['Zelensky also met with the vice president at the conference on Friday.', 'on Friday', '2025-02-14'],
    ['The president said Sunday on a television programme that he disagreed.', 'Sunday', '2025-02-16'],
    ['Senior diplomats agreed Tuesday to initial steps.', 'Tuesday', '2025-02-18'],
    ['He met the envoy last Tuesday in the capital.', 'last Tuesday', '2025-02-11'],
  ])('%j → %s', (body, text, value) => {
    const d = one(body);
    expect(d.text.startsWith(text)).toBe(true);
    expect(d.value).toBe(value);
    expect(d.precision).toBe('day');
    expect(d.future).toBeUndefined();
  });

  it.each([
    ['The two presidents will meet on Friday in the capital.', '2025-02-21'],
    ['The envoy is expected to travel on Thursday to the region.', '2025-02-20'],
    ['The ministers will meet again on Tuesday.', '2025-02-25'],
    ['They meet next Monday in the capital.', '2025-02-24'],
    // same-weekday-ahead-is-today: published on a Tuesday, a bare "on Tuesday" ahead is later that day
    ['The envoy will meet the president on Tuesday in the capital, an official said.', '2025-02-18'],
  ])('future: %j → %s', (body, value) => {
    const d = one(body);
    expect(d.value).toBe(value);
    expect(d.future).toBe(true);
  });

  it('ignores weekdays that are names, not dates', () => {
    expect(dates('The Sunday Times reported the story on its front page.')).toEqual([]);
    expect(dates('Good Friday agreement talks were mentioned in passing.')).toEqual([]);
  });
});

describe('findDates: weekdays (published Thursday 2025-04-24)', () => {
  it.each([
    ['Rubio made the remarks on Wednesday in an interview.', '2025-04-23'],
    ['On Tuesday, the president rejected any discussion of it.', '2025-04-22'],
    ['Trump warned on Wednesday that the country risked losing everything.', '2025-04-23'],
    ['Rubio was expected at a meeting in London on Wednesday with diplomats.', '2025-04-23'],
    ['The ministers met on Thursday in the capital.', '2025-04-24'],
  ])('%j → %s', (body, value) => {
    expect(one(body, '2025-04-24').value).toBe(value);
  });
});

describe('findDates: relative days, weeks and weekends', () => {
  it('today / yesterday / tomorrow', () => {
    const ds = dates('The envoy arrived yesterday and is meeting the minister today. A second round follows tomorrow.');
    expect(ds.map((d) => [d.text, d.value, d.precision, d.future ?? false])).toEqual([
      ['yesterday', '2025-02-17', 'day', false],
      ['today', '2025-02-18', 'day', false],
      ['tomorrow', '2025-02-19', 'day', true],
    ]);
  });

  it('"last night" is the day before publication', () => {
    const ds = dates("The president said last night that talks were possible. He attended last night's dinner.");
    expect(ds.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['last night', '2025-02-17', 'day'],
      ["last night's", '2025-02-17', 'day'],
    ]);
  });

  it.each([
    ['They spoke over the phone last week.', 'last week', '2025-02-10', '2025-02-16'],
    ["Concerns grew since last week's call.", "last week's", '2025-02-10', '2025-02-16'],
    ['Talks took place this week in the capital.', 'this week', '2025-02-17', '2025-02-23'],
    ['The ministers met earlier this week.', 'earlier this week', '2025-02-17', '2025-02-17'],
    ['He suggested at the weekend that aid should be repaid.', 'at the weekend', '2025-02-15', '2025-02-16'],
    ['The two sides spoke over the weekend.', 'over the weekend', '2025-02-15', '2025-02-16'],
    ['He spoke at an event earlier this month.', 'earlier this month', '2025-02-01', '2025-02-17'],
    ['He spoke at an event earlier in the month.', 'earlier in the month', '2025-02-01', '2025-02-17'],
    ['Events have moved fast in the past week.', 'in the past week', '2025-02-11', '2025-02-18'],
  ])('%j → range %s', (body, text, from, to) => {
    const d = one(body);
    expect(d.text).toBe(text);
    expect(d.value).toBeNull();
    expect(d.precision).toBeNull();
    expect(d.range).toEqual({ from, to });
  });

  it('"last week" published on a Thursday is the previous Monday–Sunday', () => {
    expect(one('They spoke last week.', '2025-04-24').range).toEqual({ from: '2025-04-14', to: '2025-04-20' });
  });

  it('"next week" is a future range', () => {
    const d = one('It is unlikely that it will take place next week.');
    expect(d.range).toEqual({ from: '2025-02-24', to: '2025-03-02' });
    expect(d.future).toBe(true);
  });

  it('"by the end of the week" is a future range ending on Sunday', () => {
    const d = one('The president is to speak with his counterpart by the end of the week.', '2025-03-13');
    expect(d.range).toEqual({ from: '2025-03-13', to: '2025-03-16' });
    expect(d.future).toBe(true);
  });

  it('"in recent months" is a low-value range', () => {
    const d = one('The two sides have held several rounds of talks in recent months.', '2025-04-24');
    expect(d.range?.to).toBe('2025-04-24');
    expect(d.range!.from < '2025-02-01').toBe(true);
  });
});

describe('findDates: anchored expressions', () => {
  it.each([
    ['A day earlier, European leaders held an emergency summit.', 'A day earlier', -1, null],
    ['The foreign ministers met the day before.', 'the day before', -1, null],
    ['A day later, the ministers flew home.', 'A day later', 1, null],
    ['Two days later the ministers spoke again.', 'Two days later', 2, null],
    ['He had spoken to his counterpart three days before the talks took place.', 'three days before the talks', -3, 'the talks'],
    ['The envoy flew home a week after the meeting in the capital.', 'a week after the meeting', 7, 'the meeting'],
    ['The ministers met again the next day.', 'the next day', 1, null],
  ])('%j → %i days from %s', (body, text, offsetDays, ref) => {
    const d = one(body);
    expect(d.text).toBe(text);
    expect(d.value).toBeNull();
    expect(d.anchor).toEqual({ offsetDays, ref });
  });
});

describe('findDates: lower-case transcripts, datelines, clause anchors', () => {
  it('reads lower-case weekday names in a transcript (published Friday 2025-03-14)', () => {
    const ds = dates('our top story tonight,, the envoy met the president late on thursday,, the kremlin said.. the call took place on monday.. she said on wednesday that it was over..', '2025-03-14', 'transcript');
    expect(ds.map((d) => [d.text, d.value])).toEqual([
      ['tonight', '2025-03-14'],
      ['on thursday', '2025-03-13'],
      ['on monday', '2025-03-10'],
      ['on wednesday', '2025-03-12'],
    ]);
  });

  it('leaves lower-case "may" alone', () => {
    expect(dates('we may see them meet again, the minister said..', '2025-03-14', 'transcript')).toEqual([]);
  });

  it('skips a wire dateline but keeps the dates of the story', () => {
    const ds = dates('ANKARA, June 11 (Reuters) - The foreign minister arrived in Ankara on Tuesday for talks.', '2025-06-11');
    expect(ds.map((d) => [d.text, d.value])).toEqual([['on Tuesday', '2025-06-10']]);
  });

  it('skips a dateline naming two cities ("OSLO/NEW BERN, June 19 -")', () => {
    const ds = dates('OSLO/NEW BERN, June 19 - The president hosted the army chief for lunch on Wednesday.', '2025-06-19');
    expect(ds.map((d) => [d.text, d.value])).toEqual([['on Wednesday', '2025-06-18']]);
  });

  it('"a day after <clause>" dates the clause a day before the date just given', () => {
    const ds = dates('The minister arrived in the capital on Tuesday for talks, a day after she spoke by telephone with her counterpart.', '2025-06-11');
    expect(ds.map((d) => [d.text, d.value, d.anchor])).toEqual([
      ['on Tuesday', '2025-06-10', undefined],
      // resolved at once from the day just given (day-before-the-day-just-given)
      ['a day after', '2025-06-09', undefined],
    ]);
  });

  it('"two days after the summit" keeps the noun phrase as the anchor', () => {
    expect(one('Two days after the summit, the ministers met again.').anchor).toEqual({ offsetDays: 2, ref: 'the summit' });
  });
});

describe('findDates: months and years', () => {
  it.each([
    ['He voted against the aid package in 2024.', 'in 2024', '2024', 'year'],
    ['Tensions have grown since 2014 in the region.', 'since 2014', '2014', 'year'],
    ['Ties collapsed following the 2022 escalation of the conflict.', '2022', '2022', 'year'],
    ['The ministers met in February in the capital.', 'in February', '2025-02', 'month'],
    ['Since returning to office in January, the president has changed course.', 'in January', '2025-01', 'month'],
    ['The ministers met in December in the capital.', 'in December', '2024-12', 'month'],
    ['The ministers met in March 2022 in the capital.', 'in March 2022', '2022-03', 'month'],
    ["It's the first meeting since the start of the invasion three years ago.", 'three years ago', '2022', 'year'],
    ['The invasion began almost three years in the past.', 'almost three years in the past', '2022', 'year'],
    ['The embassy closed last year.', 'last year', '2024', 'year'],
    ['The ministers met last month.', 'last month', '2025-01', 'month'],
    ['In mid-February, the two sides held talks.', 'mid-February', '2025-02', 'month'],
  ])('%j → %s = %s (%s)', (body, text, value, precision) => {
    const d = one(body);
    expect(d.text).toBe(text);
    expect(d.value).toBe(value);
    expect(d.precision).toBe(precision);
  });

  it('"the end of" the publication month is still to come: a future range', () => {
    const d = one('The envoy said they had proposed holding the next round before the end of February.');
    expect(d.text).toBe('before the end of February');
    expect(d.value).toBeNull();
    expect(d.range).toEqual({ from: '2025-02-19', to: '2025-02-28' });
    expect(d.future).toBe(true);
  });

  it('a target date after a past verb stays ahead of publication ("a truce for March 8th")', () => {
    const ds = dates('On Monday the ministry announced a unilateral truce for March 8th to 10th.');
    expect(ds.map((d) => [d.text, d.value])).toEqual([
      ['On Monday', '2025-02-17'],
      ['March 8th', '2025-03-08'],
    ]);
    expect(one('The ministers met on March 8th in the capital.').value).toBe('2024-03-08');
  });

  it('"the end of" a past month is that month', () => {
    const d = one('The talks collapsed at the end of January.');
    expect(d.value).toBe('2025-01');
    expect(d.precision).toBe('month');
  });

  it('a future month after publication stays in the publication year', () => {
    const d = one('The leaders will meet in March in the capital.');
    expect(d.value).toBe('2025-03');
    expect(d.future).toBe(true);
  });
});

describe('findDates: not dates', () => {
  it.each([
    'These were the first official talks between the two for almost two years.',
    'They engaged after three years of diplomatic refusal.',
    'He voted against a $6bn military aid package.',
    'On a march, 2,000 people gathered at the embassy.',
    'Browse latest articles among 1085 stories here.',
    'It was the biggest war in Europe since World War II.',
    'The two sides agreed to four points.',
    'About 2000 troops were sent to the border.',
    'May we ask what the minister will do?',
  ])('%j has no date', (body) => {
    expect(dates(body)).toEqual([]);
  });
});

describe('findDates: sample documents', () => {
  const inputs = load(fileURLToPath(new URL('../../data', import.meta.url)), fileURLToPath(new URL('../..', import.meta.url)));
  const docs = inputs.documents.map((d) => splitSentences(clean(d)));
  const all = docs.map((d) => ({ id: d.id, body: d.body, dates: findDates(d) }));
  const get = (id: string) => all.find((x) => x.id === id)!.dates.map((d) => `${d.text}=${d.value ?? d.range?.from ?? d.anchor?.offsetDays}`);

  it('every expression is verbatim body text inside its sentence, sorted', () => {
    for (const { body, dates: ds } of all) {
      for (const d of ds) expect(d.text).toBe(body.slice(d.start, d.end));
      for (let i = 1; i < ds.length; i++) expect(ds[i].start).toBeGreaterThanOrEqual(ds[i - 1].end);
    }
  });

  it('washington examiner (published Tuesday 2025-02-18)', () => {
    expect(get('washington-examiner-riyadh')).toEqual(
      expect.arrayContaining(['Tuesday=2025-02-18', 'on Tuesday=2025-02-18', 'last week=2025-02-10', 'Sunday=2025-02-16', 'on Friday=2025-02-14', 'next week=2025-02-24']),
    );
  });

  it('bbc: three days before the talks, Tuesday, the weekend, last week, 2024', () => {
    expect(get('bbc-negotiators')).toEqual(['three days before the talks=-3', 'Tuesday\u2019s=2025-02-18', 'in 2024=2024', 'at the weekend=2025-02-15', 'last week=2025-02-10']);
  });

  it('rt (published Thursday 2025-04-24)', () => {
    expect(get('rt-rubio-better-understanding')).toEqual(expect.arrayContaining(['on Wednesday=2025-04-23', 'On Tuesday=2025-04-22', 'in January=2025-01', 'before 2014=2014']));
  });

  it('is deterministic', () => {
    const again = docs.map((d) => findDates(d));
    expect(JSON.stringify(again)).toBe(JSON.stringify(all.map((x) => x.dates)));
  });
});

describe('findDates: weekdays in reported speech and clauses (published Saturday 2025-08-16)', () => {
  const sat = '2025-08-16';
  it.each([
    ['Kovač said after the call that he would travel to the capital on Monday to meet Horvat.', 'on Monday', '2025-08-18', true],
    ['Kovač said he was due to arrive in the capital on Monday.', 'on Monday', '2025-08-18', true],
    ['The envoy is set to fly to the capital on Tuesday.', 'on Tuesday', '2025-08-19', true],
    ['Horvat plans to visit the capital on Wednesday, aides said.', 'on Wednesday', '2025-08-20', true],
    ['On the flight back to the capital on Friday evening, Horvat spoke by phone with Kovač.', 'on Friday evening', '2025-08-15', undefined],
    ['The envoy landed in the capital on Thursday and was expected to see the president in the evening.', 'on Thursday', '2025-08-14', undefined],
    ['Kovač said on Thursday that he would not attend.', 'on Thursday', '2025-08-14', undefined],
    ['Horvat told reporters on Friday that his envoy would travel to the capital next week.', 'on Friday', '2025-08-15', undefined],
  ])('%j → %j = %s', (body, text, value, future) => {
    const d = dates(body, sat).find((x) => x.text === text);
    expect(d?.value).toBe(value);
    expect(d?.future).toBe(future);
  });

  it('does not read a conditional perfect ("would have met") as future', () => {
    expect(dates('Horvat said they would have met on Friday but for the storm.', sat)[0].value).toBe('2025-08-15');
  });
});

describe('findDates: the coming days and weeks (published Tuesday 2025-02-18)', () => {
  it.each([
    ['He said he would speak with his counterpart in the coming days.', 'in the coming days', '2025-02-19', '2025-02-25'],
    ['The sides will meet again over the next few weeks.', 'over the next few weeks', '2025-02-19', '2025-03-18'],
    ['More talks are planned in the months ahead.', 'in the months ahead', '2025-02-19', '2025-05-20'],
  ])('%j → %j', (body, text, from, to) => {
    const d = one(body);
    expect(d.text).toBe(text);
    expect(d.range).toEqual({ from, to });
    expect(d.future).toBe(true);
  });
});

describe('findDates: the same day as the date before', () => {
  it.each(['Earlier in the day, the aide told television the plan was bad.', 'Later that day, the envoy flew home.', 'Later that evening the two spoke again.'])('%j', (body) => {
    const d = one(body);
    expect(d.value).toBeNull();
    expect(d.anchor).toEqual({ offsetDays: 0, ref: null });
  });
});

describe('a clause dated from the day just given', () => {
  it('"holding on Sunday, a day after the two sides agreed": the day before Sunday (day-before-the-day-just-given)', () => {
    const doc = splitSentences(clean(makeDoc('The truce appeared to be holding on Sunday, a day after the two sides agreed to stop firing.', { published: '2025-05-12' })));
    const ds = findDates(doc);
    expect(ds.map((d) => [d.text, d.value])).toEqual([
      ['on Sunday', '2025-05-11'],
      ['a day after', '2025-05-10'],
    ]);
  });
});

describe('"this weekend" in a paper of Wednesday to Friday', () => {
  it('is the weekend ahead (this-weekend-ahead)', () => {
    const [d] = dates('The minister objected to boycotting the summit in the capital this weekend.', '2025-11-21');
    expect(d.text).toBe('this weekend');
    expect(d.range).toEqual({ from: '2025-11-22', to: '2025-11-23' });
    expect(d.future).toBe(true);
  });
  it('is still the weekend gone in a Monday paper told in the past', () => {
    const [d] = dates('The two sides met this weekend in the capital.', '2025-11-24');
    expect(d.range).toEqual({ from: '2025-11-22', to: '2025-11-23' });
    expect(d.future).toBeUndefined();
  });
});

describe('findDates: future-in-sentence-keeps-year', () => {
  it('a day a week ahead in a sentence that looks ahead is the coming one, not a year before', () => {
    const ds = dates('According to Alder, the truce will be followed by a meeting of the border committee on Aug. 4 to be hosted by Avalon.', '2025-07-28');
    expect(ds.find((d) => d.text.includes('Aug. 4'))?.value).toBe('2025-08-04');
  });
  it('a past day told after publication still goes back a year without such a sentence', () => {
    expect(one('The two leaders met on Dec. 28 in the capital.', '2025-01-05').value).toBe('2024-12-28');
  });
});

describe('findDates: day-near-the-turn-of-the-year, days-share-the-year', () => {
  const at = (ds: DateExpr[], part: string) => ds.find((d) => d.text.includes(part));
  it('two days told with one year take that year ("on Jan. 9 and 10, 2026")', () => {
    const d = at(dates('Birch will meet Alder and Cedar on Jan. 9 and 10, 2026, the spokesman told reporters.', '2025-12-20'), 'Jan. 9');
    expect(d?.value).toBe('2026-01-09');
    expect(d?.text).toBe('on Jan. 9 and 10, 2026');
  });
  it('a day a few weeks ahead is the coming one though an attribution closing the sentence is past', () => {
    expect(at(dates('Birch will meet Alder and Cedar on Jan. 9, the spokesman told reporters.', '2025-12-20'), 'Jan. 9')?.value).toBe('2026-01-09');
    expect(at(dates('The summit was postponed to Jan. 9, the ministry said.', '2025-12-20'), 'Jan. 9')?.value).toBe('2026-01-09');
    expect(at(dates('Birch accepted an invitation to attend the parade on Jan. 9.', '2025-12-20'), 'Jan. 9')?.value).toBe('2026-01-09');
  });
  it('a day its own clause tells as past stays in the last year', () => {
    expect(one('The ministers met on Jan. 9 in the capital.', '2025-12-20').value).toBe('2025-01-09');
    expect(one('The ministers met on March 8th in the capital.', '2025-02-18').value).toBe('2024-03-08');
  });
  it('yearNearTurn: the weekday told picks the year; only near the turn of the year', () => {
    expect(yearNearTurn('2025-12-20', 1, 9, 'future', 'Thursday')).toBe(2025); // 2025-01-09 is a Thursday
    expect(yearNearTurn('2025-12-20', 1, 9, 'past', 'Friday')).toBe(2026); // 2026-01-09 is a Friday
    expect(yearNearTurn('2025-12-20', 1, 9, 'past')).toBe(2025);
    expect(yearNearTurn('2025-12-20', 1, 9, 'neutral')).toBe(2026);
    expect(yearNearTurn('2025-06-01', 12, 9, 'neutral')).toBeNull();
    expect(yearNearTurn('2025-06-01', 6, 1, 'neutral')).toBeNull();
  });
  it('clauseTenseOfDay: a target of a past verb is neutral; a closing attribution is not the clause', () => {
    const s = 'Birch will meet Alder on Jan. 9, the spokesman told reporters.';
    const i = s.indexOf('on Jan. 9');
    expect(clauseTenseOfDay(s, i, i + 9)).toBe('future');
    const t = 'The talks were moved to Jan. 9.';
    expect(clauseTenseOfDay(t, t.indexOf('Jan'), t.indexOf('Jan') + 6)).toBe('neutral');
  });
});

describe('findDates: month-ahead-by-the-days-clause', () => {
  const month = (body: string, published: string) => dates(body, published).find((d) => d.precision === 'month')?.value;
  it('a month ahead of the page in a clause that plans is this year\'s; told as past, last year\'s', () => {
    expect(month('Birch agreed to travel to Avalon for a state visit in June, her office confirmed on Tuesday.', '2025-04-22')).toBe('2025-06');
    expect(month('Both envoys had last sat down together in Avalon in June.', '2025-04-22')).toBe('2024-06');
    expect(month('Birch invited Alder to visit him in "early June."', '2025-04-22')).toBe('2025-06');
  });
  it('"since June" is always a month gone by; a month a few months back in a clause that looks ahead is next year\'s', () => {
    expect(month('No talks have been held since June.', '2025-04-22')).toBe('2024-06');
    expect(month('Birch will visit Avalon in January, the ministry said.', '2025-11-20')).toBe('2026-01');
    expect(month('Birch visited Avalon in January.', '2025-11-20')).toBe('2025-01');
  });
});

describe('findDates: weekday-after-the-page-day', () => {
  // published Tuesday 2025-02-18: "Wednesday" is the day after
  it('the weekday after the page\'s day is the coming one unless its own clause is past', () => {
    expect(one('Birch vowed to sit down on Wednesday with the opposition.').value).toBe('2025-02-19');
    expect(one('The summit, scheduled to begin at noon on Wednesday, was prepared in secret.').value).toBe('2025-02-19');
    expect(one('Birch met Alder in the capital on Wednesday.').value).toBe('2025-02-12');
  });
  it('the day first planned of a postponement is a target, not a day told as past ("delayed from Wednesday to Friday")', () => {
    const ds = dates('The trip has been delayed from Wednesday to Friday, the spokesman said.');
    expect(ds.find((d) => d.text.includes('Wednesday'))?.value).toBe('2025-02-19');
  });
});

describe('the rules\' needs (a sentence holding none of a rule\'s strings is not searched by it)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // the repository's documents line by line, their sentences' normalised text, and random strings of the rules' own
  // words (each also in upper and lower case)
  const words = ['on', 'the', 'of', 'in', 'by', 'end', 'a', 'two', '3', '12', '2024', '1999', '-', '–', ' ', ' ', ', ', "'s", '.', 'Feb.', 'February', 'May', 'Sept.', 'Tue.', 'Tuesday', 'Thurs.', 'days', 'weeks', 'week', 'weekend', 'month', 'year', 'ago', 'back', 'in the past', 'from now', 'hence', 'earlier', 'later', 'before', 'after', 'prior to', 'next', 'same', 'hours', 'minutes', 'following', 'today', 'tonight', 'yesterday', 'last', 'this', 'coming', 'past', 'few', 'ahead', 'the talks', 'morning', 'night', 'K', 'ſ', 'İ'];
  const shapes = ['Two weeks from now, the talks end.', 'a few days hence', 'The 2024-11-05 vote', 'until the End of June', 'by the end of this month', 'over the weekend'];
  const texts = [...shapes, ...realLines(root), ...randomTexts(3000, 12, words, 11)];
  it('every text a rule\'s regex finds a match in holds one of its strings', () => {
    expect(texts.length).toBeGreaterThan(10000);
    for (const rule of RULES) {
      // (a rule that ignores case lists ASCII strings in lower case and is checked against the lower-cased text)
      expect(rule.needs.lower ?? false).toBe(rule.re.flags.includes('i'));
      if (rule.needs.lower) for (const w of rule.needs.any) expect(w).toMatch(/^[a-z ]+$/);
      let matched = 0;
      for (const t of texts) {
        const re = new RegExp(rule.re.source, rule.re.flags.replace('g', ''));
        if (!re.test(t)) continue;
        matched++;
        const text = rule.needs.lower ? t.toLowerCase() : t;
        expect(rule.needs.any.some((w) => text.includes(w)), `${rule.re.source.slice(0, 60)} on ${JSON.stringify(t)}`).toBe(true);
      }
      expect(matched, rule.re.source.slice(0, 60)).toBeGreaterThan(0);
    }
  });
});
