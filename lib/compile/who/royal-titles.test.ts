import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { makeDoc } from './test-helpers';
import { ROYAL_TITLE_JOIN, ROYAL_TITLE_NAME, royalTitleJoins } from './royal-titles';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(ROYAL_TITLE_NAME.id, () => {
  it('finds the person of its example, title included', () => {
    expect(names([ROYAL_TITLE_NAME.example])).toEqual(['Queen Mara']);
    expect(names(['Vell accepted Queen Mara\'s invitation to Nordvik.'])).toEqual(['Queen Mara']);
    expect(names(['Pope Tomas is meeting Patriarch Oren in Avalon.']).sort()).toEqual(['Patriarch Oren', 'Pope Tomas']);
    expect(names(['The talks with Sheikh Tomas ended on Monday.'])).toEqual(['Sheikh Tomas']);
  });
  it('leaves a longer name, a crown prince, a common word and a street to the other cues', () => {
    expect(names(['Prince Tomas bin Vell came to Avalon.'])).not.toContain('Prince Tomas');
    expect(names(['Foreign Minister Prince Tomas al-Vell met them in Avalon.'])).not.toContain('Prince Tomas');
    expect(names(['He met Crown Prince Tomas in Avalon.'])).toEqual([]);
    expect(names(['They walked down King Street in Avalon.'])).toEqual([]);
    expect(names(['The King Asks For Calm'])).toEqual([]);
  });
  it('leaves the given name the document also writes in full ("Mara II")', () => {
    expect(names(['Queen Mara II arrived in Avalon.', 'Queen Mara thanked the envoys.'])).not.toContain('Queen Mara');
  });
});

describe(ROYAL_TITLE_JOIN.id, () => {
  it('joins the royal name and the one full name of that given name, a regnal one first', () => {
    const people = [
      { id: 'king-alder', name: 'King Alder' },
      { id: 'alder-iii', name: 'Alder III' },
      { id: 'alder-de-birch', name: 'Alder de Birch' },
    ];
    expect([...royalTitleJoins(people)]).toEqual([['king-alder', 'alder-iii']]);
  });
  it('joins the other way when a one-word discovery of the given name will have joined the royal name', () => {
    const people = [
      { id: 'king-tomas', name: 'King Tomas' },
      { id: 'tomas-bin-vell', name: 'Tomas bin Vell' },
    ];
    expect([...royalTitleJoins(people, [...people, { id: 'tomas', name: 'Tomas' }])]).toEqual([['tomas-bin-vell', 'king-tomas']]);
  });
  it('with no full name opening on the word, joins the one whose last name it is', () => {
    expect([...royalTitleJoins([{ id: 'king-vell', name: 'King Vell' }, { id: 'tomas-vell', name: 'Tomas Vell' }])]).toEqual([['king-vell', 'tomas-vell']]);
    expect(royalTitleJoins([{ id: 'king-vell', name: 'King Vell' }, { id: 'tomas-vell', name: 'Tomas Vell' }, { id: 'mara-vell', name: 'Mara Vell' }]).size).toBe(0);
  });
  it('joins nothing when two full names share the given name', () => {
    expect(royalTitleJoins([{ id: 'queen-mara', name: 'Queen Mara' }, { id: 'mara-quist', name: 'Mara Quist' }, { id: 'mara-vell', name: 'Mara Vell' }]).size).toBe(0);
  });
});
