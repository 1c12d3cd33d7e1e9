import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { makeDoc, person } from './test-helpers';
import { GENDER_RULES, givenNameGender } from './gender';
import { PRONOUN_GENDER_AGREES } from './coref';

const actors: ActorEntry[] = [
  person('mara-quist', 'Mara Quist', { affiliation: 'NO', aliases: ['Quist'] }),
  person('tomas-vell', 'Tomas Vell', { affiliation: 'SE', aliases: ['Vell'] }),
  person('ilsa-birch', 'Ilsa Birch', { affiliation: 'FI', aliases: ['Birch'] }),
  person('kim-cedar', 'Kim Cedar', { affiliation: 'KR', aliases: ['Kim'] }),
  person('jan-alder', 'Jan Alder', { affiliation: 'DK', aliases: ['Alder'] }),
];
const lexicon: Lexicon = { outlets: [], notPeople: [] };
const pronounsOf = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], actors, [], lexicon)
    .mentions.filter((m) => m.via === 'pronoun')
    .map((m) => [m.sentence, m.surface, m.actorId]);

describe(PRONOUN_GENDER_AGREES.id, () => {
  it('gives "she" to the woman named before, not to the man who spoke last (the example)', () => {
    // Mrs: a title before the name; Tomas: a male given name of the lexicon
    const got = pronounsOf(['Mrs Quist met Tomas Vell in Nordvik.', 'Vell praised the talks.', '"We are neighbours," she said.']);
    expect(got).toEqual([[2, 'she', 'mara-quist']]);
  });

  it('leaves the antecedent alone when it agrees or its gender is unknown', () => {
    expect(pronounsOf(['Tomas Vell met Mara Quist in Nordvik.', 'Vell praised the talks.', 'He said they were useful.'])).toEqual([[2, 'He', 'tomas-vell']]);
    // "Jan" is no gendered name of the lexicon, and nothing else tells: as before
    expect(pronounsOf(['Jan Alder arrived in Nordvik.', 'She said the talks were useful.'])).toEqual([[1, 'She', 'jan-alder']]);
  });

  it('gives no antecedent when two people of that gender are named, or none', () => {
    expect(pronounsOf(['Mrs Quist and Ms Birch met Tomas Vell.', 'Vell praised the talks.', 'She said they were useful.'])).toEqual([]);
    expect(pronounsOf(['Tomas Vell arrived in Nordvik.', 'She said the talks were useful.'])).toEqual([]);
  });

  it('reads gender from the document\'s own pronouns', () => {
    // "her" after Ilsa Birch (one person named): a woman, though no title is written
    const got = pronounsOf(['Ilsa Birch thanked her hosts in Nordvik.', 'Tomas Vell met Birch on Monday.', 'Vell praised the talks.', 'She said they were useful.']);
    expect(got).toContainEqual([3, 'She', 'ilsa-birch']);
    // "Ilsa" is no given name of the lexicon: without "her" nothing tells she is a woman, and Vell is a man — no one
    expect(pronounsOf(['Tomas Vell met Ilsa Birch on Monday.', 'Vell praised the talks.', 'She said they were useful.'])).toEqual([]);
  });

  it('reads no given name from a family name written first ("Kim Cedar", called "Kim")', () => {
    expect(givenNameGender('Kim')).toBe('f'); // the lexicon knows Kim as a woman's given name …
    // … but the person is called "Kim" alone: a family name, no vote — "he" stays with Kim Cedar
    expect(pronounsOf(['Kim Cedar met Tomas Vell in Nordvik.', 'Kim praised the talks.', 'He said they were useful.'])).toEqual([[2, 'He', 'kim-cedar']]);
  });

  it('waits for an office no mention resolves opening the sentence', () => {
    // "The president" is nobody named: the "he" after it gets no one rather than the man named before ("she" is Quist)
    expect(pronounsOf(['Mrs Quist met Tomas Vell.', 'The president has criticised Quist often; he wrote that she was wrong.'])).toEqual([[1, 'she', 'mara-quist']]);
  });

  it('has a row for every kind of evidence, each with an example', () => {
    expect(GENDER_RULES.map((r) => r.id)).toEqual(['gender-title', 'gender-role', 'gender-own-pronoun', 'gender-given-name']);
    for (const r of GENDER_RULES) expect(r.example.length).toBeGreaterThan(5);
  });
});
