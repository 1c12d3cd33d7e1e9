/**
 * A month's name that is a person's name: a surname after a given name or an honorific ("Anna March", "Mrs March",
 * "Lord June"), or a given name between a title and a surname ("Prime Minister Jan Cedar"). Read so only inside a
 * name run where no date can be meant: never next to a number, never after a date's preposition. Rules as rows.
 */
import type { Token } from './text';
import { isCap, isCommonWord, isFirstNameWord } from './text';
import { MONTH_NUMBERS } from '../text/months';

/** month names and their abbreviations (weekdays and "today" are never names here) */
const MONTHS = new Set(Object.keys(MONTH_NUMBERS));

/** honorifics after which a month's name can only be a surname */
const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'lord', 'lady', 'sir', 'dame', 'dr']);

export const MONTH_SURNAME = {
  id: 'month-word-surname',
  pattern: 'a two-word run "<given name> <Month>" or "<Mr|Mrs|Ms|Lord|Lady|Sir|Dame|Dr> <Month>", no number or date preposition next to it',
  effect: 'the month\'s name is the surname of a discovered person ("Anna March", "Mrs March")',
  example: 'Prime Minister Anna March met the envoys; Mrs March said the talks went well.',
};

export const MONTH_GIVEN_NAME = {
  id: 'month-word-given-name',
  pattern: 'a title, then a month\'s name written as a word and one surname that is no ordinary word ("Minister Jan Cedarholm")',
  effect: 'the month\'s name is the given name of a discovered person (the title leaves no date reading)',
  example: 'Foreign Minister Jan Cedarholm spoke with reporters after the meeting.',
};

export const isMonthWord = (t: Token) => MONTHS.has(t.low.replace(/\.$/, ''));

/** no date reading around the run: no number right after, no date preposition right before */
function noDateAround(before: string, after: string): boolean {
  return !/^\s*,?\s*\d/.test(after) && !/\b(?:in|of|on|by|since|until|till|from|to|through|early|late|mid|last|next|this|each|every|during|before|after|between|and)\s+$/i.test(before) && !/\d\s*$/.test(before);
}

/** MONTH_SURNAME: run ends in "<given name|honorific> <Month>" (the run is those two words, or the honorific with its title) */
export function monthSurname(run: Token[], before: string, after: string): Token | null {
  if (run.length < 2) return null;
  const t = run[run.length - 1];
  const prev = run[run.length - 2];
  if (!isMonthWord(t) || t.text.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !noDateAround(before, after)) return null;
  const given = run.length === 2 && isFirstNameWord(prev.text) && !isMonthWord(prev) && isCap(prev.text);
  const honorific = SURNAME_HONORIFICS.has(prev.low.replace(/\.$/, ''));
  return given || honorific ? t : null;
}

/** MONTH_GIVEN_NAME: t, right after a title, is a month's name and next is a surname that is no ordinary word */
export function monthGivenName(t: Token, next: Token | undefined, before: string): boolean {
  if (!next || !isMonthWord(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !noDateAround(before, '')) return false;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(next.text) && !isCommonWord(next.text) && !isMonthWord(next);
}
