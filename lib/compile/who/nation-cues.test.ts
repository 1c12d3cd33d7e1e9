import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { NATION_COMMA_NOT_AFTER } from './discover';
import { NATION_AFTER_NAME, NATION_BEFORE_TITLE, TITLE_OF_NATION, nationOfName } from './nation-cues';
import { makeDoc } from './test-helpers';
import { tokenize } from './text';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
/** discovered people and the government the compile gives them */
const govs = (sentences: string[]) =>
  Object.fromEntries(findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => [a.name, a.affiliation ?? null]));
/** the cue alone, for a name in one sentence */
const cue = (text: string, name: string, title = name) => {
  const start = text.indexOf(name);
  return nationOfName({ text, tokens: tokenize(text) } as never, text.indexOf(title), start, start + name.length);
};

describe(NATION_BEFORE_TITLE.id, () => {
  it('reads a country written before the title (its example), a possessive, a name, an abbreviation, a two-word demonym', () => {
    expect(govs([NATION_BEFORE_TITLE.example])).toMatchObject({ 'Tomas Vell': 'NO', 'Mara Quist': 'SE' });
    expect(cue("Norway's Tomas Vell went further.", 'Tomas Vell')).toMatchObject({ code: 'NO', rule: NATION_BEFORE_TITLE.id });
    expect(cue('U.S. President Tomas Vell spoke.', 'Tomas Vell', 'President')?.code).toBe('US');
    expect(cue('Birch and United Kingdom Prime Minister Tomas Vell spoke.', 'Tomas Vell', 'Prime')?.code).toBe('GB');
    expect(cue('An invitation by Sri Lankan President Tomas Vell.', 'Tomas Vell', 'Sri')?.code).toBe('LK');
    expect(cue('United States Secretary of State Mara Quist will meet.', 'Mara Quist', 'Secretary')?.code).toBe('US');
    expect(cue('"Fine," Japan\'s Foreign Ministry spokesman Tomas Vell said.', 'Tomas Vell', 'spokesman')?.code).toBe('JP');
  });
  it('reads the sender of a posting, not its place', () => {
    expect(cue("That note by Norway's Ambassador to Sweden, Tomas Vell, set the tone.", 'Tomas Vell', 'Tomas Vell')?.code).toBe('NO');
  });
  it('gives nothing for a place before the title, or for words that are no title between', () => {
    expect(cue('After talks in Norway Prime Minister Tomas Vell said more.', 'Tomas Vell', 'Prime')).toBeNull();
    expect(cue('Norway Visit Front Page President Tomas Vell and Mrs. Vell stand.', 'Tomas Vell', 'Visit')).toBeNull();
    expect(cue('Secretary of State Mara Quist arrived.', 'Mara Quist', 'Secretary')).toBeNull();
    expect(cue("In Ethiopia, the country's prime minister Tomas Vell met them.", 'Tomas Vell', 'prime')).toBeNull();
  });
});

describe(TITLE_OF_NATION.id, () => {
  it('reads "<role> of <country>" right before the name, courtesy words and a comma between (its example)', () => {
    expect(govs([TITLE_OF_NATION.example])).toMatchObject({ 'Tomas Vell': 'IS' });
    expect(cue('He then saw the Prime Minister of Norway, Tomas Vell, and advised him.', 'Tomas Vell')).toMatchObject({ code: 'NO', rule: TITLE_OF_NATION.id });
    expect(cue('Then Prime Minister of Iceland, Honourable Dr. Tomas Vell; and more.', 'Tomas Vell')?.code).toBe('IS');
  });
  it('needs a role word before "of": a portfolio or a place is none', () => {
    expect(cue('Minister of Foreign Affairs Mara Quist arrived.', 'Mara Quist')).toBeNull();
    expect(cue('The north of Norway, Tomas Vell said, is cold.', 'Tomas Vell')).toBeNull();
  });
});

describe(NATION_AFTER_NAME.id, () => {
  it('reads "of <country>", a title of a country, a bracket, a possessive title, a nation word and a role after the name', () => {
    expect(govs([NATION_AFTER_NAME.example])).toMatchObject({ 'Mara Quist': 'NO', 'Tomas Vell': 'FI', 'Anna Kovac': 'SE' });
    expect(cue("Tomas Vell, Norway's envoy to the talks, arrived.", 'Tomas Vell')?.code).toBe('NO');
    expect(cue('Tomas Vell, the Swedish foreign minister, arrived.', 'Tomas Vell')?.code).toBe('SE');
    expect(cue('He called Ambassador Vell, U.S. Ambassador to the region.', 'Vell')?.code).toBe('US');
  });
  it('leaves a title written before the next name to that name', () => {
    expect(cue('Invited by Ms. Mara Quist, the Chancellor of the Republic of Finland, Mr. Tomas Vell, is here.', 'Mara Quist')).toBeNull();
    expect(cue('He met with Tomas Vell, Monday, at noon.', 'Tomas Vell')).toBeNull();
    expect(cue('He met with Tomas Vell (AFP) at noon.', 'Tomas Vell')).toBeNull();
  });
});

describe(NATION_COMMA_NOT_AFTER.id, () => {
  it('gives each name of a list its own country, never the one before (its example)', () => {
    expect(govs([NATION_COMMA_NOT_AFTER.example])).toMatchObject({ 'Tomas Vell': 'SE', 'Anna Kovac': 'FI' });
    expect(govs(['The presidents of Norway and Sweden, Tomas Vell and Mara Quist, met.'])['Tomas Vell']).toBeNull();
  });
  it('still reads "a Croatian, X"', () => {
    expect(govs(['The talks were led by a Norwegian, Tomas Vell, and others.'])).toMatchObject({ 'Tomas Vell': 'NO' });
  });
});

describe('a title beside another name is that name\'s', () => {
  it('gives no country across a comma between two titles, nor a title of a country that another name follows', () => {
    expect(cue("She went to meet Norway's Deputy Prime Minister, Trade Minister Tomas Vell said.", 'Tomas Vell', 'Trade')).toBeNull();
    expect(cue('Present were Mara Quist, Foreign Minister of Sweden Dr Tomas Vell and others.', 'Mara Quist')).toBeNull();
    expect(cue('Present were Mara Quist, Swedish Foreign Minister Tomas Vell and others.', 'Mara Quist')).toBeNull();
    expect(cue('Present were Mara Quist, Foreign Minister of Sweden, and others.', 'Mara Quist')?.code).toBe('SE');
    expect(cue('Tomas Vell, the Swedish foreign minister, arrived.', 'Tomas Vell')?.code).toBe('SE');
    expect(cue("That note by Norway's Ambassador to Sweden, Tomas Vell, set the tone.", 'Tomas Vell', 'Tomas Vell')?.code).toBe('NO');
  });
});

describe('compound titles', () => {
  it('reads a country before two titles joined by "and", and over a portfolio after "of"', () => {
    expect(cue("Norway's Deputy Prime Minister and Trade Minister Sheikh Tomas Vell spoke.", 'Tomas Vell', 'Deputy')?.code).toBe('NO');
    expect(cue('The Norwegian Acting Minister of Culture and Minister of Higher Learning Dr Tomas Vell spoke.', 'Tomas Vell', 'Dr')?.code).toBe('NO');
    expect(cue('Minister of Foreign Affairs Mara Quist arrived.', 'Mara Quist')).toBeNull();
    expect(cue('Talks with Norway and Trade Minister Tomas Vell went on.', 'Tomas Vell', 'Trade')).toBeNull();
  });
});
