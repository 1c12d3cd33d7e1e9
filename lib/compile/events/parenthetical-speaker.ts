/**
 * A name inside a phrase set off by commas between the subject and the statement verb is not the speaker
 * (PARENTHETICAL_BEFORE_VERB): "Mara Quist, from the Stop Vell coalition, said …", "Prime Minister Alder, whose
 * country holds the rotating Nordvik presidency, said …", "The Palace, rattled by leaks from the contractor Tomas Vell,
 * said …". The phrase opens with a relative word, a preposition, a participle or an article (it says something about
 * the subject), and the person or body the structure offered sits inside it, with words of the phrase before it. The
 * subject before the opening comma speaks: the actor a mention there names, else — a name or a noun phrase no mention
 * covers — no one the document resolves, so no statement. A phrase that is only the name ("the Nordvik president, Mara
 * Quist, said") is an apposition naming the speaker, left alone.
 */
import type { LangRule } from '../lang/en';
import type { LocalMention } from '../what/participants';

export const PARENTHETICAL_BEFORE_VERB: LangRule = {
  id: 'parenthetical-before-verb',
  pattern: /^\s*(?:who|whose|which|where|from|of|with|at|for|in|on|by|under|after|before|a|an|the|his|her|its|their|\p{Ll}+ed|\p{Ll}+ing)\s[^,;:"“”()]*$/u,
  effect:
    'a person or body named inside a phrase set off by commas right before a statement verb, with the phrase\'s own words before it ("Quist, from the Stop Vell coalition, said", "Alder, whose country holds the Nordvik presidency, said"): the subject before the phrase speaks — the actor named there, else (a name or noun phrase no mention covers) no statement',
  // the phrase's words before the name: "Mara Quist, from the Stop Vell coalition, said"
  example: ' from the Stop ',
};

export const SUBORDINATE_SUBJECT: LangRule = {
  id: 'parenthetical-before-verb-clause',
  pattern: /\s(?:as|while|when|whilst|because|although|though|until)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|and|of|the)\s+)*$/u,
  effect:
    'the subject of a clause opened by a conjunction inside the sentence ("He paused as Minister Alder approached to whisper in his ear, then acknowledged …"), closed by a comma right before the statement verb, is not the verb\'s speaker: the person opening the sentence is, else no statement (part of parenthetical-before-verb)',
  // the words before the clause's subject: "He paused as Minister Mara Quist approached to whisper in his ear, then acknowledged"
  example: 'He paused as Minister ',
};

/** the words between the closing comma and the verb: adverbs at most */
const CLOSE = /^[^,;:"“”()]*,\s*(?:(?:also|then|later|again|\p{Ll}+ly)\s+)*$/u;

/**
 * For a speaker `sp` offered before the verb at `at` (sentence-relative): the subject before the phrase set off by
 * commas that holds `sp` (a mention ending at the opening comma), 'none' when that subject is a name or noun phrase no
 * mention covers, null when `sp` is not inside such a phrase.
 */
export function parentheticalSubject(text: string, local: LocalMention[], sp: LocalMention, at: number): LocalMention | 'none' | null {
  if (sp.end > at || !CLOSE.test(text.slice(sp.end, at))) return null;
  // "He paused as Minister Alder approached …, then acknowledged": the subject of a clause opened by a conjunction
  const conj = SUBORDINATE_SUBJECT.pattern.exec(text.slice(0, sp.start));
  if (conj && !/,/.test(text.slice(0, conj.index))) {
    const opening = local.filter((m) => m.end <= conj.index && m.actorId !== sp.actorId).sort((a, b) => a.start - b.start)[0];
    return opening && opening.kind === 'person' && /^(?:(?:on|in|at|late|early|later)\s+\w+\s*,?\s+)?$/i.test(text.slice(0, opening.start)) ? opening : 'none';
  }
  const open = text.lastIndexOf(',', sp.start);
  if (open < 0) return null;
  const inner = text.slice(open + 1, sp.start);
  if (!PARENTHETICAL_BEFORE_VERB.pattern.test(inner)) return null;
  const head = text.slice(0, open);
  // the subject opens its clause: nothing but a time phrase or a dateline before it
  const subject = local.filter((m) => m.via !== 'pronoun' && m.actorId !== sp.actorId && m.end <= open && /^[\s)”"]*$/.test(text.slice(m.end, open))).sort((a, b) => b.end - a.end)[0];
  if (subject) return ['person', 'organization', 'group', 'country'].includes(subject.kind) ? subject : null;
  // "Mara Quist, from …": a capitalised name no mention covers; "The head of the bloc, whose …": a noun phrase
  if (/(?:^|[,;:—–-]\s*)(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s*$/u.test(head) || /^(?:the|a|an)\s+[^,;:"“”()]{1,60}$/i.test(head)) return 'none';
  return null;
}
