import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';
import { modalityOf } from './modality';
import { addDays, estimateDay, choiceFromExpr, datesCompatible, findAnchors } from './anchors';
import { assignIds, baseId } from './ids';
import { placeBook, placesCompatible, placeLabel } from './places';
import { confidenceOf } from './confidence';
import { eventTitle } from './titles';
import { splitClauses } from './clauses';
import { TEST_PLACES } from './test-helpers';

describe('triggers', () => {
  it('finds plain and paraphrased phrasings of the five types', () => {
    const types = (s: string) => findTriggers(s).map((h) => h.type);
    expect(types('They spoke over the phone last week')).toContain('call');
    expect(types('following a telephone name final week')).toContain('call');
    expect(types('Birch is assembly with Cedar')).toContain('meeting');
    expect(types('Alder arrived in the capital')).toContain('visit');
    expect(types('The two sides reached a deal on Friday')).toContain('agreement');
    expect(types('Elm warned that the plan would fail')).toContain('statement');
    expect(types('the United States wants peace')).not.toContain('statement');
    expect(types('Alder hosted Birch in the capital')).toContain('meeting');
    expect(types('Alder wrote on social media that Birch was wrong')).toContain('statement');
    expect(types('Elm called the exchange a disgrace')).toContain('statement');
    expect(types('Birch did not travel to Avalon')).toContain('visit');
    expect(types('Alder will host Birch in the capital')).toContain('meeting');
    expect(types('Alder told television host Birch that')).not.toContain('meeting');
    expect(findTriggers('Elm called the Freedonian president on Monday').some((h) => h.type === 'statement')).toBe(false);
  });
});

describe('modality', () => {
  it('separates plans, cancellations, denials and hypotheticals from what happened', () => {
    expect(modalityOf('alder ', 'met', ' birch')).toBe('happened');
    // a coordinated clause about something else does not colour the happening
    expect(modalityOf('alder and birch ', 'berated', ' cedar on friday, and the signing of a deal was called off')).toBe('happened');
    expect(modalityOf('alder will ', 'meet', ' birch')).toBe('planned');
    expect(modalityOf('an eventual ', 'meeting', ' between them')).toBe('planned');
    expect(modalityOf('alder decided to ', 'skip the event', '')).toBe('cancelled');
    expect(modalityOf('alder did not ', 'meet', ' birch')).toBe('denied');
    expect(modalityOf('they would not accept a deal ', 'agreed upon', ' without them')).toBe('hypothetical');
    expect(modalityOf('birch is ', 'meeting', ' cedar today')).toBe('ongoing');
  });
});

describe('anchors', () => {
  it('does UTC day arithmetic and turns a week range into its estimated day, a longer span into its month', () => {
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    const c = choiceFromExpr({ docId: 'd', sentence: 0, start: 0, end: 9, text: 'last week', value: null, precision: null, reference: 'published 2025-02-18', range: { from: '2025-02-10', to: '2025-02-16' } });
    expect(c.value).toBe('2025-02-12'); // the Wednesday of that Monday–Sunday week
    expect(c.source).toBe('range');
    expect(c.range).toEqual({ from: '2025-02-10', to: '2025-02-16' });
    expect(estimateDay({ from: '2025-02-15', to: '2025-02-16' })).toBe('2025-02-16'); // a weekend: the later day
    const month = choiceFromExpr({ docId: 'd', sentence: 0, start: 0, end: 9, text: 'earlier this month', value: null, precision: null, reference: 'published 2025-02-18', range: { from: '2025-02-01', to: '2025-02-17' } });
    expect(month.value).toBe('2025-02');
    expect(datesCompatible({ value: '2025-02' }, { value: '2025-02-12' })).toBe(true);
    expect(datesCompatible({ value: '2025-02-12' }, { value: '2025-03-12' })).toBe(false);
  });
  it('finds anchored expressions', () => {
    const [a] = findAnchors('spoke three days before the talks took place', 'd', 0, 0);
    expect(a.anchor).toEqual({ offsetDays: -3, ref: 'the talks' });
    const [b] = findAnchors('A day earlier, leaders met', 'd', 0, 0);
    expect(b.anchor).toEqual({ offsetDays: -1, ref: null });
  });
});

describe('ids', () => {
  it('builds readable ids from the event itself and suffixes collisions by earliest evidence', () => {
    expect(baseId({ type: 'call', date: '2025-02-12', main: ['boris-birch', 'anna-alder'], location: null, firstQuote: 'x' })).toBe('call-2025-02-12-anna-alder-boris-birch');
    expect(baseId({ type: 'statement', date: null, main: ['anna-alder'], location: null, firstQuote: 'We will win.' })).toMatch(/^statement-undated-anna-alder-[0-9a-f]{6}$/);
    const e = { type: 'meeting' as const, date: '2025-02-18', main: ['a', 'b'], location: null };
    const ids = assignIds([
      { ...e, firstQuote: 'later', rank: '2025-02-19|x|000000001' },
      { ...e, firstQuote: 'first', rank: '2025-02-18|y|000000001' },
    ]);
    expect(ids[1]).toBe('meeting-2025-02-18-a-b');
    expect(ids[0]).toMatch(/^meeting-2025-02-18-a-b-[0-9a-f]{6}$/);
  });
});

describe('places', () => {
  it('labels venues with their city and knows what lies within what', () => {
    const book = placeBook(TEST_PLACES);
    expect(placeLabel(book, 'Glass Palace')).toBe('Glass Palace, Avalon');
    expect(placesCompatible(book, 'Glass Palace, Avalon', 'Avalon')).toBe(true);
    expect(placesCompatible(book, 'Avalon', 'Freedonia')).toBe(true);
    expect(placesCompatible(book, 'Avalon', 'Nordvik')).toBe(false);
  });
});

describe('confidence, titles, clauses', () => {
  it('grows with independent outlets and shrinks for transcripts and vague dates', () => {
    const one = confidenceOf([{ outlet: 'A', kind: 'article', triggerStrength: 0.9, participantCertainty: 1 }], 'explicit');
    const two = confidenceOf(
      [
        { outlet: 'A', kind: 'article', triggerStrength: 0.9, participantCertainty: 1 },
        { outlet: 'B', kind: 'article', triggerStrength: 0.9, participantCertainty: 1 },
      ],
      'explicit',
    );
    const tr = confidenceOf([{ outlet: 'A', kind: 'transcript', triggerStrength: 0.9, participantCertainty: 1 }], 'none');
    expect(two).toBeGreaterThan(one);
    expect(tr).toBeLessThan(one);
    expect(Math.round(one * 100) / 100).toBe(one);
  });
  it('writes short titles and splits clauses without breaking lists', () => {
    expect(eventTitle({ type: 'call', status: 'happened', names: ['Anna Alder', 'Boris Birch'], location: null })).toBe('Anna Alder and Boris Birch speak by phone');
    expect(eventTitle({ type: 'meeting', status: 'planned', names: ['Anna Alder', 'Boris Birch'], location: 'Avalon' })).toBe('Planned: Anna Alder meets Boris Birch in Avalon');
    expect(splitClauses('A, B, and C met in Avalon following a call between D and E')).toHaveLength(2);
  });
});

describe('statement-spoke-about beside call-spoke-when-with', () => {
  it('"spoke on Monday with B" is a conversation (a call), not a remark; "spoke on Monday about" is a remark', () => {
    const ids = (t: string) => findTriggers(t).map((h) => h.rule.id);
    expect(ids('Mara Quist spoke on Monday with Tomas Vell about the border')).not.toContain('statement-spoke-about');
    expect(ids('Mara Quist spoke on Monday with Tomas Vell about the border')).toContain('call-spoke-when-with');
    expect(ids('Mara Quist spoke on Monday about the border')).toContain('statement-spoke-about');
    expect(ids('Mara Quist spoke on condition of anonymity')).toContain('statement-spoke-about');
  });
});
