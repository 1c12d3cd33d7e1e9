/**
 * Unresolved name as a remark's subject: "Mr Kovac said …", "“…,” Kovac told reporters", "State Minister Ana Kovac
 * today said …" — a capitalised name right before the statement verb, opening its clause, that no mention covers (a
 * person the who stage did not find). That unnamed person is the speaker, so:
 *  - a person named AFTER the verb ("Kovac said Alder and Birch face hard questions", "Kovac said President Alder's
 *    visit …") is what the remark tells, never its speaker: no statement from this verb;
 *  - a "he"/"she" of the next sentence that coreference left open refers to that person, not to an earlier speaker
 *    (pronoun-speaker.ts), unless the earlier speaker bears that very surname (the same person, named again).
 * A one-word name opening the sentence counts only when the document never writes that word in lower case (so
 * "Officials said …" or "Diplomats told …" is no name).
 */
import type { LocalMention } from '../what/participants';
import type { LangRule } from '../lang/en';

export const UNRESOLVED_NAME_SUBJECT: LangRule = {
  id: 'unresolved-name-subject',
  pattern:
    /(?:^|[,;:”"]\s*|\b(?:and|but|while|when|as)\s+)((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:The|A|An|In|On|At|By|For|But|And|Yet|So|If|He|She|They|It|We|I|You|This|That|These|Those|There|His|Her|Its|Their|Our)\b)\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for)\s+)?\p{Lu}[\p{L}'’-]+){0,7})\s+(?:(?:also|then|later|today|yesterday|again|has|had|\p{Ll}+ly)\s+)*$/u,
  effect: 'a capitalised name no mention covers, right before a statement verb and opening its clause, is the speaker the who stage did not find: a person after the verb is not the speaker, and a "he"/"she" of the next sentence is that unnamed person',
  example: '“We will see,” Kovac ',
};

/** The unresolved name before the verb (text before it, `lead`) and its last word, or null: a mention covers it, or it is a common word. */
export function unresolvedNameBefore(lead: string, local: LocalMention[], body: string): { name: string; surname: string } | null {
  const m = UNRESOLVED_NAME_SUBJECT.pattern.exec(lead);
  if (!m) return null;
  const name = m[1];
  const start = m.index + m[0].indexOf(name);
  const end = start + name.length;
  if (local.some((x) => x.start < end && x.end > start)) return null;
  const words = name.split(/\s+/);
  // "Officials said": a one-word subject opening the sentence is a name only if the document never writes it in lower case
  if (words.length === 1 && start === 0 && new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, 'u').test(body)) return null;
  return { name, surname: words[words.length - 1] };
}
