/**
 * A word of the statement trigger list that is no verb of saying where it stands (rows in lang/en.ts):
 *  - saying-word-as-noun: "states" (and "stresses") read as a noun — after a preposition, a determiner or a number
 *    ("the rights of states", "two states", "head of states"), or as the subject of the verb after it ("member
 *    states agreed", "states are planned to …"); the part-of-speech tags (text/pos.ts) tell those neighbours (the
 *    tagger itself tags "states" a noun even as a verb, so the word's own tag is not read, except for "stresses");
 *  - claimed-lives: "claimed" whose object is lives, victims or casualties ("a flood that has claimed hundreds of lives").
 * The tagger runs only on sentences with such a word.
 */
import { tagSentence } from '../text/pos';
import { EN } from '../lang/en';

/** True when the trigger word at [start, end) of the sentence is no verb of saying. */
export function notSaying(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!word) return false;
  if (/^claimed$/i.test(word)) return EN.claimedLives.pattern.test(text.slice(end));
  if (!EN.sayingWordAsNoun.pattern.test(word)) return false;
  const toks = tagSentence(text);
  const i = toks.findIndex((t) => t.start === start);
  if (i < 0) return false;
  if (/^stresses$/i.test(word)) return toks[i].pos === 'NOUN';
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'NUM' || /^member$/i.test(prev.text))) return true;
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX');
}
