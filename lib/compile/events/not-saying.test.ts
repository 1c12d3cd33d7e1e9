import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { notSaying } from './not-saying';
import { EN } from '../lang/en';

const cast = [person('mara-quist', 'Mara Quist'), person('tomas-vell', 'Tomas Vell'), { id: 'nordvik-pact', name: 'Nordvik Pact', kind: 'organization' as const, aliases: [], titles: [] }];
const at = (text: string, word: string) => [text, text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('a trigger word that is no verb of saying where it stands', () => {
  it(`${EN.sayingWordAsNoun.id}: "states" after a preposition, a determiner or a number, or before a verb`, () => {
    expect(notSaying(...at(`The Nordvik Pact backs ${EN.sayingWordAsNoun.example}.`, 'states'))).toBe(true);
    expect(notSaying(...at('The two head of states are due to open the forum.', 'states'))).toBe(true);
    expect(notSaying(...at('The member states agreed on the plan.', 'states'))).toBe(true);
    expect(notSaying(...at('The minister states that the border is closed.', 'states'))).toBe(false);
    expect(notSaying(...at('Mara Quist states the obvious.', 'states'))).toBe(false);
  });
  it(`${EN.claimedLives.id}: "claimed" with lives as its object`, () => {
    expect(notSaying(...at('a flood that has claimed hundreds of civilian lives', 'claimed'))).toBe(true);
    expect(notSaying(...at('Mara Quist claimed the talks had failed', 'claimed'))).toBe(false);
  });
  it('no statement of the body named before the noun; the verb still speaks', () => {
    expect(compiledStatements('Mara Quist signed the accord. It is vital that Nordvik ratifies the Nordvik Pact treaty on the rights of states.', cast)).toEqual([]);
    expect(compiledStatements('Tomas Vell states that the border stays closed.', cast).map((s) => s.speaker)).toEqual(['tomas-vell']);
  });
});
