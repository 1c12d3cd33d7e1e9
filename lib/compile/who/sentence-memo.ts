/**
 * Per-sentence facts the who passes ask again and again of one sentence's tokens (the rounds of fuzzyPass, the
 * lookups of every candidate word), kept by the tokens array (read-only once made: context.ts makeDocCtx).
 */
import type { Token } from './text';

const nationSets = new WeakMap<Token[], Set<string>>();

/** the nations a sentence's words name (`nationOf` of each token's text), made once per tokens array */
export function nationsOfTokens(tokens: Token[], nationOf: (text: string) => string | null): Set<string> {
  let s = nationSets.get(tokens);
  if (!s) {
    s = new Set();
    for (const t of tokens) {
      const c = nationOf(t.text);
      if (c) s.add(c);
    }
    nationSets.set(tokens, s);
  }
  return s;
}
