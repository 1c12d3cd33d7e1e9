/**
 * Names of three romanised one-syllable words ("Moon Tae In", "Song Hyo Mu" shape): Korean and Chinese names are
 * written family name first, then a given name of two syllables, and several of those syllables are also English
 * words ("Moon", "Song", "Son", "Won", "In", "So"). Read word by word, such a word looks like a title's common word
 * and the name loses its family name ("Moon Tae In" → "Tae In"). Rules as rows.
 */

/**
 * One romanised syllable: at most three onset consonants ("ch", "gw", "sh"), one to three vowels, a nasal, liquid or
 * stop coda at most ("ng", "n", "m", "k", "l", "p", "t", "r", and "rk": a family name's vowel spelt the English way,
 * "Park"); five letters at most. Shape only, no list of names.
 */
const SYLLABLE = /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r|rk)?$/;

export const SYLLABLE_NAME = {
  id: 'three-syllable-name',
  pattern: SYLLABLE,
  effect:
    'a run of exactly three capitalised words, each one romanised syllable (five letters at most), at least one of them no ordinary English word, is one name: a common word opening it ("Moon", "Song") is the family name, not a title word, and common words inside it ("In", "Won") do not end it',
  example: 'Nordvik President Moon Tae In met Cedar Defence Minister Song Hyo Mu.',
};

/** The shape test of one word as written: capitalised, one syllable, five letters at most. */
export function isSyllableWord(word: string): boolean {
  if (word.length > 5 || !/^\p{Lu}\p{Ll}*$/u.test(word)) return false;
  return SYLLABLE.test(word.toLowerCase());
}

/**
 * True when the words are exactly three one-syllable capitalised words, none excluded by `excluded` (a title, a
 * nation, a day, a place …), and at least one of them not an ordinary English word (`isCommon`).
 */
export function isSyllableName(words: string[], isCommon: (w: string) => boolean, excluded: (w: string) => boolean = () => false): boolean {
  if (words.length !== 3) return false;
  if (!words.every(isSyllableWord) || words.some(excluded)) return false;
  return words.some((w) => !isCommon(w));
}
