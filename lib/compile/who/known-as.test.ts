import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { KNOWN_AS_RULE, REAL_NAME_RULE } from './known-as';
import { makeDoc, person } from './test-helpers';

const actors: ActorEntry[] = [person('mara-quist', 'Mara Quist', { affiliation: 'FI' }), person('tomas-vell', 'Tomas Vell', { affiliation: 'SE' })];
const lexicon: Lexicon = { outlets: [], notPeople: [] };
const run = (sentences: string[]) => findMentions([makeDoc(sentences)], actors, [], lexicon).mentions;
const named = (ms: ReturnType<typeof run>, surface: string) => ms.filter((m) => m.surface === surface).map((m) => [m.sentence, m.actorId]);

describe(KNOWN_AS_RULE.id, () => {
  it('links the other name given right after the person, in quotes or not', () => {
    const ms = run(['Mara Quist, popularly known as "Marq", arrived in Nordvik on Monday.', 'Marq said the talks went well.']);
    expect(named(ms, 'Marq')).toEqual([
      [0, 'mara-quist'],
      [1, 'mara-quist'],
    ]);
  });

  it('leaves a common word and a phrase with an article alone', () => {
    const ms = run(['Mara Quist, known as the Iron Lady, arrived on Monday.', 'Tomas Vell, known as Chair, left.', 'The Chair said so.']);
    expect(ms.some((m) => m.surface === 'Iron Lady' || m.surface === 'Chair')).toBe(false);
  });

  it('gives a name two people are "known as" to no one', () => {
    const ms = run(['Mara Quist, known as Birch, arrived.', 'Tomas Vell, also known as Birch, left.', 'Birch spoke on Monday.']);
    expect(named(ms, 'Birch')).toEqual([]);
  });
});

describe(REAL_NAME_RULE.id, () => {
  it('links the name before "whose real name is" to the person after it', () => {
    const ms = run(['"We keep our word," said Marq, whose real name is Mara Quist.', 'Marq spoke again on Tuesday.']);
    expect(named(ms, 'Marq')).toEqual([
      [0, 'mara-quist'],
      [1, 'mara-quist'],
    ]);
  });
});
