/**
 * A person's other name given by the text itself: "Mara Quist, popularly known as Marq, …", "Marq, whose real
 * name is Mara Quist, …". Every bare use of that other name in the document then names the person.
 */
import type { LangRule } from '../lang/en';
import { addMention, freeWholeWords, type DocCtx } from './context';
import { isCommonWord } from './text';

/** the other name: one or two capitalised words (or an acronym), in quotes or not */
const OTHER = String.raw`["“‘']?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)["”’']?`;

export const KNOWN_AS_RULE: LangRule = {
  id: 'known-as-alias',
  pattern: new RegExp(
    String.raw`^,?\s+(?:(?:also|better|popularly|widely|commonly|universally|affectionately)\s+)?(?:known|referred\s+to)\s+(?:as|by\s+(?:his|her|the)\s+(?:nom\s+de\s+guerre|nickname|alias|initials)),?\s+` + OTHER,
    'u',
  ),
  effect: 'the name after "known as" (right after a person) is that person wherever the document uses it alone',
  example: 'Mara Quist, popularly known as "Marq", arrived on Monday. … Marq said the talks went well',
};

export const REAL_NAME_RULE: LangRule = {
  id: 'whose-real-name-is',
  pattern: new RegExp(OTHER + String.raw`,\s+whose\s+(?:real|full|birth|legal)\s+name\s+(?:is|was)\s+$`, 'u'),
  effect: 'the name before "whose real name is" (a person right after) is that person wherever the document uses it alone',
  example: 'said Marq, whose real name is Mara Quist',
};

/** Links each other name the document gives a person (KNOWN_AS_RULE, REAL_NAME_RULE) to that person. */
export function linkKnownAs(dc: DocCtx): void {
  const others = new Map<string, { actorId: string; via: 'discovered' | 'alias' } | null>();
  for (const m of dc.mentions) {
    if (m.via === 'pronoun' || m.via === 'role' || m.via === 'title' || !/\s/.test(m.surface.trim())) continue;
    const sc = dc.sents.find((s) => s.s.index === m.sentence);
    if (!sc) continue;
    const start = m.start - sc.s.start;
    const end = m.end - sc.s.start;
    const after = KNOWN_AS_RULE.pattern.exec(sc.text.slice(end));
    const before = REAL_NAME_RULE.pattern.exec(sc.text.slice(0, start));
    for (const x of [after?.[1], before?.[1]]) {
      if (!x || (!/\s/.test(x) && isCommonWord(x)) || m.surface.split(/\s+/).includes(x)) continue;
      const to = { actorId: m.actorId, via: m.via === 'discovered' ? ('discovered' as const) : ('alias' as const) };
      const had = others.get(x);
      others.set(x, had === undefined || (had && had.actorId === to.actorId) ? to : null);
    }
  }
  for (const [x, to] of others) {
    if (!to) continue;
    for (const sc of dc.sents) for (const i of freeWholeWords(sc, x)) addMention(dc, sc, i, i + x.length, to.actorId, to.via, 0.75);
  }
}
