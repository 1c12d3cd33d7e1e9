/**
 * A name found by discovery that is only the first piece of a word split at an apostrophe ("Ze'ev", "Ha'aretz":
 * the tokens stop at the apostrophe) is no name: the word goes on after it in lower case, which no possessive
 * ('s) or contraction does.
 */
export const WORD_PIECE_RULE = {
  id: 'name-piece-before-apostrophe',
  pattern: 'a discovered name followed at once by an apostrophe and two lower-case letters or more that are no possessive "s"',
  effect: 'not discovered (a piece of a longer word)',
  example: 'Housing Minister Ka\'ari Lund: "Ka" is no person',
};

/** Whether the discovered span [start, end) of `text` is the piece of a word before an apostrophe. */
export function isWordPiece(text: string, end: number): boolean {
  return /^['’](?!s\b)\p{Ll}{2,}/u.test(text.slice(end, end + 12));
}
