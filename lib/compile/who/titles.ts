/**
 * Titles that name a place or a portfolio with "to", "of" or "for" before a person's
 * name: "US Ambassador to Malaysia Edgard Kagan", "Secretary of State Ana Kovač",
 * "Minister for Europe and Foreign Affairs Ivo Marić". The words between the role
 * word and the name are capitalised (a place, a portfolio), "the" or "and".
 */
import type { SentCtx } from './context';
import { ROLE_WORDS, isCap, nationCode, type Token } from './text';

export const ROLE_OF_PLACE_RULE = {
  id: 'role-of-place-title',
  pattern: '<role word> to|of|for <capitalised place or portfolio> <Name>',
  effect: 'the name is a person (discovery cue), the role is the whole title',
  example: 'Also present were US Ambassador to Malaysia Edgard Kagan and Chinese Ambassador to Malaysia Ouyang Yujing',
};

const EXTRA = new Set(['representative', 'speaker', 'commissioner', 'high']);
const isRole = (t: Token) => ROLE_WORDS.has(t.low) || EXTRA.has(t.low) || (t.low.includes('-') && t.low.split('-').some((w) => ROLE_WORDS.has(w)));

/**
 * The title ending right before `first` (a token of sc), read back over the
 * capitalised complement to "to/of/for" and the role word: the role (up to
 * `nameStart`, the name's offset) and the nation, or null.
 */
export function roleOfPlaceTitle(sc: SentCtx, first: Token, nameStart = first.start): { role: string; affiliation: string | null } | null {
  const toks = sc.tokens;
  let j = toks.indexOf(first) - 1;
  let complement = 0;
  const gapOk = (a: Token, b: Token) => /^\s+$/.test(sc.text.slice(a.end, b.start));
  let next = first;
  // the complement: capitalised words, "the", "and" (at most five words)
  while (j >= 0 && complement < 5 && gapOk(toks[j], next) && (isCap(toks[j].text) || toks[j].low === 'the' || toks[j].low === 'and') && !/^(to|of|for)$/.test(toks[j].low)) {
    if (isRole(toks[j]) && !complement) return null; // a title right before the name is read elsewhere
    next = toks[j--];
    complement++;
  }
  if (j < 1 || !/^(to|of|for)$/.test(toks[j].low) || !gapOk(toks[j], next)) return null;
  // "the Minister of High-Tech Industry": the capitalised words are the portfolio, no name follows it
  if (!complement && first.start === nameStart) return null;
  const prep = toks[j];
  const role = toks[j - 1];
  if (!gapOk(role, prep) || !isRole(role)) return null;
  // modifiers and nation before the role word ("US", "Chinese", "Deputy")
  let k = j - 1;
  let nat: string | null = null;
  while (k - 1 >= 0 && gapOk(toks[k - 1], toks[k]) && isCap(toks[k - 1].text) && k > j - 4) {
    const code = nationCode(toks[k - 1].text);
    if (code) nat = code;
    else if (!isRole(toks[k - 1]) && !/^(deputy|vice|special|chief|senior|permanent|first|acting|interim)$/.test(toks[k - 1].low)) break;
    k--;
  }
  // the role from its first word that is no nation to the name ("Ambassador to Malaysia")
  let from = k;
  while (from < j - 1 && nationCode(toks[from].text)) from++;
  const roleText = sc.text.slice(toks[from].start, nameStart).replace(/[\s,]+$/, '');
  return { role: roleText, affiliation: nat };
}
