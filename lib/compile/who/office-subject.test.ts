import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { makeDoc, person } from './test-helpers';
import { OFFICE_SUBJECT_RULE } from './office-subject';

const actors: ActorEntry[] = [
  person('mara-quist', 'Mara Quist', { affiliation: 'NO', aliases: ['Quist'] }),
  person('tomas-vell', 'Tomas Vell', { affiliation: 'SE', aliases: ['Vell'] }),
  person('ivo-lind', 'Ivo Lind', { affiliation: 'SE', aliases: ['Lind'], role: 'President of Sylvania' }),
];
const lexicon: Lexicon = { outlets: [], notPeople: [] };
const roles = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], actors, [], lexicon)
    .mentions.filter((m) => m.via === 'role')
    .map((m) => [m.sentence, m.surface, m.actorId]);

describe(OFFICE_SUBJECT_RULE.id, () => {
  it('reads the office the document titled one person with (the example)', () => {
    const got = roles(['Chancellor Mara Quist opened the session in Nordvik.', 'Later the Chancellor said the budget would pass; the centrist chancellor added that taxes stay.']);
    expect(got).toEqual([
      [1, 'the Chancellor', 'mara-quist'],
      [1, 'the centrist chancellor', 'mara-quist'],
    ]);
  });

  it('reads a capitalised office from the role too', () => {
    expect(roles(['Ivo Lind arrived in Nordvik.', 'The President met the mayor.'])).toEqual([[1, 'The President', 'ivo-lind']]);
  });

  it('leaves an office as an object, a title, a place and two holders alone', () => {
    expect(roles(['Chancellor Mara Quist opened the session.', 'Vell went to brief the Chancellor on the talks.'])).toEqual([]);
    expect(roles(['Chancellor Mara Quist opened the session.', 'The Chancellor of Avalon met her.'])).toEqual([]);
    expect(roles(['Chancellor Mara Quist opened the session.', "The Chancellor's Office said nothing."])).toEqual([]);
    expect(roles(['President Tomas Vell met President Ivo Lind.', 'The President said the talks went well.'])).toEqual([]);
    // a remark recalled in passing
    expect(roles(['President Ivo Lind arrived.', 'The session, as the President has said, remained the first.'])).toEqual([]);
    // "the former president" is someone else
    expect(roles(['President Ivo Lind arrived.', 'The former president said the talks went well.'])).toEqual([]);
  });
});
