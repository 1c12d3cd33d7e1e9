/**
 * Expert voice: "“…,” said Ana Kovac, head of Nordvik research at the Institute of Northern Affairs, a think tank",
 * "analyst Ana Kovac said …" — a scholar, analyst or think-tank researcher comments on the diplomacy; the remark is no
 * statement of the story (the annotators never count it). Read off the speaker's apposition or the role word before
 * the name.
 */
import type { LangRule } from '../lang/en';
import type { Mention, Sentence } from '../types';

export const EXPERT_APPOSITION: LangRule = {
  id: 'expert-voice',
  pattern:
    /^,\s+(?:[^,;:"“”]{0,80}?)\b(?:think[\s-]+tank|[Ii]nstitute|Institut|[Uu]niversity|Universit[éä]t?|research(?:er)?|analyst|professor|scholar|lecturer|fellow|Program(?:me)?|Centre|Center|Foundation)\b/u,
  effect: 'a speaker whose apposition names a think tank, institute, university or research post (or a role word such as "analyst" before the name) is an expert commenting: no statement',
  example: ', head of Nordvik research at the Institute of Northern Affairs, a think tank',
};

export const EXPERT_ROLE_BEFORE: LangRule = {
  id: 'expert-role-before-name',
  pattern: /\b(?:analyst|professor|researcher|scholar|lecturer|expert|economist|historian|commentator)\s+$/iu,
  effect: 'a role word of an expert right before the speaker\'s name ("analyst Ana Kovac said"): no statement',
  example: 'said political analyst ',
};

/** cheap literal guard: a sentence without any of these words presents no expert */
const GUARD = /think|nstitut|niversit|research|analyst|professor|scholar|lecturer|fellow|Program|Centre|Center|Foundation|expert|economist|historian|commentator/i;

const experts = new WeakMap<object, Set<string>>();

/**
 * The people the document presents as experts (by an apposition or a role word at any of their namings): their remarks
 * anywhere in it ("he said" after the apposition too) are no statements. Once per document.
 */
export function expertsOf(sentences: Sentence[], mentionsBySentence: Map<number, Mention[]>, isPerson: (id: string) => boolean): Set<string> {
  const hit = experts.get(mentionsBySentence);
  if (hit) return hit;
  const out = new Set<string>();
  for (const sen of sentences) {
    if (!GUARD.test(sen.text)) continue;
    for (const m of mentionsBySentence.get(sen.index) ?? []) {
      if (m.via === 'pronoun' || !isPerson(m.actorId)) continue;
      const after = sen.text.slice(m.end - sen.start);
      const before = sen.text.slice(0, m.start - sen.start);
      if (EXPERT_APPOSITION.pattern.test(after) || EXPERT_ROLE_BEFORE.pattern.test(before)) out.add(m.actorId);
    }
  }
  experts.set(mentionsBySentence, out);
  return out;
}
