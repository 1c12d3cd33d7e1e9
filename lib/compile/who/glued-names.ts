/**
 * Page text run together: a link's preview glued to a name ("Tomas VellMara Quist", "… VellJan. 6 …", "Tomas VellMr").
 * A capitalised word with a second capital after three lower-case letters or more is two words, never one name's word,
 * unless its opening is a surname prefix written so ("MacAlder", "VanBirch", "DelCedar"). discover.ts splits such a
 * token into its two parts, each ending or opening a name run of its own.
 */
import type { Token } from './text';
import { fold } from './text';

export const GLUED_NAME = {
  id: 'glued-name-split',
  pattern: /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+\.?)$/u,
  /** surname prefixes written with a capital inside ("MacAlder", "VanBirch", "FitzCedar", "DelBirch", "DesAlder") */
  prefixes: /^(?:mac|van|von|del|della|des|fitz|ten|ter)$/,
  effect: 'a capitalised word glued to the next ("VellMara") is two words: the name before it ends there, the next opens after it',
  example: 'Defense Secretary Tomas VellTomas VellJan. 6 panel meets',
};

/** the two parts of a glued token, or null */
export function gluedParts(t: Token): [Token, Token] | null {
  const m = GLUED_NAME.pattern.exec(t.text);
  if (!m || GLUED_NAME.prefixes.test(fold(m[1]))) return null;
  const cut = t.start + m[1].length;
  return [
    { text: m[1], low: fold(m[1]), start: t.start, end: cut },
    { text: m[2], low: fold(m[2]), start: cut, end: t.end },
  ];
}
