/**
 * A surname that is also a month or a place ("Ana May", "Anna Carlisle" where Carlisle is a town): after a given
 * name, as the second and last word of a name the sentence marks as a person's, it is the person's surname.
 */
import { DAY_MONTH, isCap, isFirstNameWord, isPlaceWord, nationCode } from './text';

export const SURNAME_WORD_RULE = {
  id: 'surname-also-a-word',
  pattern:
    'a name of two words, a given name then a capitalised word that is also a month or a place (no weekday, no nation, not followed by another capitalised word), with a person cue (a title before it, a person verb or an apposition after it)',
  effect: 'a person: the month or place word is the surname',
  example: 'Defence adviser Anna Carlisle said; Maria May, the Nordvik prime minister, arrived',
};

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** SURNAME_WORD_RULE for the name's words (and the text right after the last one). */
export function surnameAlsoAWord(words: string[], afterText: string): boolean {
  if (words.length !== 2) return false;
  const [given, last] = words;
  if (!isFirstNameWord(given) || !isCap(last) || nationCode(last)) return false;
  const low = last.toLowerCase();
  if (WEEKDAYS.has(low)) return false;
  if (!DAY_MONTH.has(low) && !isPlaceWord(last)) return false;
  // "Anna May Cedar", "John Bolderton Street": the name runs on
  return !/^\s+\p{Lu}/u.test(afterText);
}
