/**
 * Previous subject: "Lula had described the return as historic … under President Birch. He also described as
 * 'narrative' …" — a sentence opening with "he"/"she" continues the subject of the sentence before, not a person that
 * sentence names in passing (in a prepositional phrase, a relative clause, an object). When the pronoun's speaker
 * (coreference's, or the statements pass's last speaker) is someone else, the previous sentence's subject of the same
 * gender is the speaker. The subject: the first person mention there followed by a finite verb, not right after a
 * preposition, a conjunction or a verb that makes it an object.
 */
import type { LangRule } from '../lang/en';
import type { Mention, Sentence } from '../types';

export const PREVIOUS_SUBJECT: LangRule = {
  id: 'speaker-pronoun-previous-subject',
  pattern:
    /^\s+(?:(?:has|had|have|also|then|later|first|again|\p{Ll}+ly)\s+)*(?:\p{Ll}{2,}(?:ed|es|s)|said|told|met|spoke|made|gave|took|led|held|sent|went|came|left|flew|saw|won|began|wrote|thought|felt|found|kept|brought|sought|set|put)\b/u,
  effect: 'a "he"/"she" opening a sentence is the subject of the sentence before (the first person there followed by a finite verb), when it agrees in gender: not a person that sentence names in passing',
  example: ' had described the return as historic',
};

/** a preposition, conjunction or verb right before a name (title words between) makes it no subject */
const OBJECT_LEAD =
  /\b(?:with|to|by|from|for|on|at|against|after|before|about|between|than|like|as|and|or|nor|of|in|under|over|includes?|including|told|urged|asked|called|met|thanked|invited|welcomed|hosted|said|says)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu;

/** the person who is the subject of sentence `index` (its first person mention followed by a finite verb), or null */
export function subjectOf(sentences: Sentence[], mentionsBySentence: Map<number, Mention[]>, index: number, isPerson: (id: string) => boolean): string | null {
  const sen = sentences[index]?.index === index ? sentences[index] : sentences.find((x) => x.index === index);
  if (!sen) return null;
  const ms = [...(mentionsBySentence.get(index) ?? [])].filter((m) => isPerson(m.actorId)).sort((a, b) => a.start - b.start);
  for (const m of ms) {
    const lead = sen.text.slice(0, m.start - sen.start);
    if (OBJECT_LEAD.test(lead)) continue;
    if (PREVIOUS_SUBJECT.pattern.test(sen.text.slice(m.end - sen.start))) return m.actorId;
  }
  return null;
}
