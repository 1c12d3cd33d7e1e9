import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { OTHER_GIVEN_NAME_RULE } from './fuzzy';
import { makeDoc, person } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const kovani = person('tomas-kovani', 'Tomas Kovani', { aliases: ['Kovani'] });
const run = (sentences: string[], actors = [kovani]) => findMentions([makeDoc(sentences)], actors, [], lexicon);
const who = (r: ReturnType<typeof run>, surface: string) => r.mentions.filter((m) => m.surface === surface).map((m) => m.actorId);

describe(OTHER_GIVEN_NAME_RULE.id, () => {
  it('a spouse with the known person\'s surname and another given name is another person (the example)', () => {
    const r = run([OTHER_GIVEN_NAME_RULE.example]);
    expect(who(r, 'Tomas Kovani')).toEqual(['tomas-kovani']);
    expect(who(r, 'Kovani')).toEqual([]);
    expect(r.actors.filter((a) => a.discovered).map((a) => a.name)).toEqual(['Ilsa Kovani']);
  });
  it('after a courtesy title too ("first lady Ilsa Kovani"), and with a given name of the lexicon ("Hillary Kovani said")', () => {
    const r = run(['Tomas Kovani and first lady Melka Kovani arrived.', 'Hillary Kovani said she was pleased.']);
    expect(r.actors.filter((a) => a.discovered).map((a) => a.name).sort()).toEqual(['Hillary Kovani', 'Melka Kovani']);
  });
  it('keeps the person under a given or middle name of theirs, a spelling of it, or a title', () => {
    const p = person('recep-kovani', 'Recep Tayyip Kovani', { aliases: ['Kovani'] });
    const r = run(['Tayyip Kovani spoke.', 'Recep Kovani left.', 'President Kovani smiled.', 'Then Kovani spoke.'], [p]);
    expect(r.mentions.filter((m) => m.actorId === 'recep-kovani').length).toBe(4);
    const s = run(['Sergey Lavrok spoke.'], [person('sergei-lavrok', 'Sergei Lavrok', { aliases: ['Lavrok'] })]);
    expect(who(s, 'Sergey Lavrok').concat(who(s, 'Lavrok'))).toEqual(['sergei-lavrok']);
  });
  it('a capitalised word that is no given name (a place, a common word) leaves the surname to the known person', () => {
    const r = run(['In Nordvik Kovani spoke.', 'Monday Kovani spoke.', 'Border Kovani talks.']);
    expect(r.mentions.filter((m) => m.actorId === 'tomas-kovani').length).toBe(3);
  });
});
