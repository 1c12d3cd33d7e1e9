import { describe, expect, it } from 'vitest';
import { referenceDay } from './reference-day';
import { findDates } from './dates';
import { clean } from './clean';
import { splitSentences } from './sentences';
import { makeDoc } from './text/test-doc';

const ref = (body: string, published = '2025-07-29') => referenceDay({ body, meta: { published } });

describe('referenceDay: the day a document is written from', () => {
  it('is the publication day when the page says nothing else', () => {
    expect(ref('Alder met Birch in Avalon on Monday.')).toEqual({ day: '2025-07-29', source: 'published', text: null, updatedOnly: false });
  });
  it('wire-dateline: a dateline a day before publication (a morning republication) is the reference', () => {
    const r = ref('Headline\n\nNORDVIK, July 28 (Xinhua) -- Alder and Birch agreed to a ceasefire, the host said.');
    expect(r.day).toBe('2025-07-28');
    expect(r.source).toBe('wire-dateline');
    expect(ref('AVALON Jul 28 Voters narrowly rejected the accord.').day).toBe('2025-07-28');
    expect(ref('Cedar, Avalon, Jul 28 (EFE).- The leaders signed.').day).toBe('2025-07-28');
  });
  it('page-stamp: a stamp line near the top, earlier than publication, is the text\'s own day', () => {
    const r = ref('A readout\n\n27 July 2025\nDepartment of State\n\nThe Secretary spoke today with President Alder.');
    expect(r).toMatchObject({ day: '2025-07-27', source: 'page-stamp' });
    expect(ref('Published: 27 Jul 2025 09:02 AM Updated: 28 Jul 2025 09:02 AM\nText.').day).toBe('2025-07-27');
  });
  it('a stamp after publication (a saved page\'s "today" widget) or weeks before is not the document\'s', () => {
    expect(ref('• Thursday, 27 June 2026\nAlder met Birch.').source).toBe('published');
    expect(ref('2 March 2025\nAlder met Birch.').source).toBe('published');
  });
  it('an "Updated" stamp alone says the words may be of the day before; with a first-publication stamp it does not', () => {
    expect(ref('Short Url\nUpdated 29 July 2025\n\nAVALON: The sides signed today.').updatedOnly).toBe(true);
    expect(ref('Published on: Tuesday, July 29, 2025\nUpdated on: Tuesday, July 29, 2025\nText.').updatedOnly).toBe(false);
    expect(ref('Reuters | Updated: 29-07-2025 22:26 IST | Created: 29-07-2025 22:26 IST\nText.').updatedOnly).toBe(false);
  });
  it('relative words of the text count from it: "today" in a republished readout is the readout\'s day', () => {
    const doc = splitSentences(clean(makeDoc('A readout\n\n2 August 2023\nDepartment of State\n\nThe Secretary spoke today with President Alder.', { published: '2023-08-04' })));
    const today = findDates(doc).find((d) => d.text === 'today');
    expect(today?.value).toBe('2023-08-02');
    expect(today?.reference).toBe('page-stamp 2023-08-02 (published 2023-08-04)');
  });
});

describe('referenceDay: stamps that say nothing', () => {
  it('two different dates near the top (a list of other articles) are no stamp', () => {
    expect(ref('Related\n27 July 2025\nAlder visits Avalon\n26 July 2025\nBirch in Nordvik\n\nThe talks went on.').source).toBe('published');
  });
  it('a date line far down the page is no stamp', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Line ${i} of the text goes on.`).join('\n');
    expect(ref(`${filler}\n27 July 2025\nMore text.`).source).toBe('published');
  });
});
