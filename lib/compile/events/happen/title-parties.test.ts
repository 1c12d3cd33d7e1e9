import { describe, expect, it } from 'vitest';
import { actorMap, makeDoc } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';
import { TITLE_ROWS, titleSides } from './title-parties';

const ACTORS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
]);
const FORMS = { 'Anna Alder': 'anna-alder', 'Boris Birch': 'boris-birch', Eastland: 'eastland', Freedonia: 'freedonia' };

describe('title-parties', () => {
  it('the row matches its example', () => {
    expect(TITLE_ROWS.titleTalks.pattern.test(TITLE_ROWS.titleTalks.example)).toBe(true);
  });
  it('titleSides: the speaker before the talks’ noun, the person (else the country) after it', () => {
    const doc = makeDoc('t', 'Thank you.', '2025-02-19', 'transcript');
    doc.meta.title = 'Remarks by President Anna Alder on Her Meetings in Eastland';
    expect(titleSides(doc, ACTORS)).toEqual({ speaker: 'anna-alder', others: ['eastland'] });
    const doc2 = makeDoc('t2', 'Thank you.', '2025-02-19', 'transcript');
    doc2.meta.title = 'Remarks Following a Meeting With President Boris Birch of Eastland and an Exchange With Reporters';
    expect(titleSides(doc2, ACTORS)).toEqual({ speaker: null, others: ['boris-birch'] });
    const article = makeDoc('t3', 'Thank you.', '2025-02-19', 'article');
    article.meta.title = 'Remarks by President Anna Alder on Her Meetings in Eastland';
    expect(titleSides(article, ACTORS).others).toEqual([]);
  });
  it('a first-person deal of a transcript with no talks told is the speaker’s with the title’s other side', () => {
    const t = hitOf(
      trace('Thank you for coming. Second, we concluded a historic deal on the border crossings.', { actors: ACTORS, forms: FORMS, kind: 'transcript', title: 'Remarks by President Anna Alder on Her Meetings in Eastland' }),
      'agreement-reached',
    );
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'eastland']);
    expect(t.rules).toContain('participants:transcript-title-parties');
  });
  it('with no speaker in the title, the person the turn’s "I" stands for', () => {
    const t = hitOf(
      trace('I want to thank everyone. We’ve reached a deal.', { actors: ACTORS, forms: FORMS, kind: 'transcript', title: 'Remarks Following a Meeting With President Boris Birch of Eastland', extra: [{ surface: 'I', actorId: 'anna-alder' }] }),
      'agreement-reached',
    );
    expect(t.d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
  it('not in an article, and not when the body tells the talks (first-person-deal reads them)', () => {
    const inArticle = hitOf(trace('Second, we concluded a historic deal on the border crossings.', { actors: ACTORS, forms: FORMS, title: 'Remarks by President Anna Alder on Her Meetings in Eastland' }), 'agreement-reached');
    expect(inArticle.rules).not.toContain('participants:transcript-title-parties');
    const told = hitOf(
      trace('Anna Alder met Boris Birch in Avalon. We have reached a deal.', { actors: ACTORS, forms: FORMS, kind: 'transcript', title: 'Remarks by President Anna Alder on Her Meetings in Eastland' }),
      'agreement-reached',
    );
    expect(told.rules).toContain('participants:first-person-deal');
    expect(told.rules).not.toContain('participants:transcript-title-parties');
  });
});
