import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { MONTH_GIVEN_NAME, MONTH_SURNAME } from './month-names';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon)
    .actors.filter((a) => a.discovered)
    .map((a) => a.name)
    .sort();

describe(MONTH_SURNAME.id, () => {
  it('reads a month after a given name or an honorific as a surname (the example)', () => {
    expect(names([MONTH_SURNAME.example])).toContain('Anna March');
    expect(names(['Mrs June told the envoys the plan would hold.'])).toEqual(['June']);
  });
  it('keeps a peer\'s title in the name', () => {
    expect(names(['The head of the academy, Lord March, called the text a failure.'])).toEqual(['Lord March']);
  });
  it('never reads a date as a name', () => {
    expect(names(['The talks ended in March and resumed by the end of May.'])).toEqual([]);
    expect(names(['Since June Tomas Vell has led the talks.'])).toEqual(['Tomas Vell']);
    expect(names(['Ilsa Korhonen arrived on Mrs May 5 visit.'])).not.toContain('May');
  });
});

describe(MONTH_GIVEN_NAME.id, () => {
  it('reads a month between a title and a surname as a given name (the example)', () => {
    expect(names([MONTH_GIVEN_NAME.example])).toEqual(['Jan Cedarholm']);
  });
  it('needs the title: a month before a name opens no name', () => {
    expect(names(['In Jan Cedarholm spoke with reporters.'])).not.toContain('Jan Cedarholm');
  });
});
