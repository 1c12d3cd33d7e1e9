/**
 * The speaker named by an office or a description: "the Taoiseach described the talks as good", "The leftist president
 * said …", "The King spoke … as he told of …". When no mention covers the office phrase (the document did not resolve
 * it), the speaker is the one person the document named earlier with that office word in the title ("Taoiseach Mara
 * Quist", "King Tomas", "the Nordvik president, Ana Alder"), a nationality in the phrase narrowing it to that
 * country's people. Nothing is decided unless exactly one person is titled so: the statements pass then goes on as
 * before (a description with no titled holder, "The leftist president said" right after "… the Avalonian Tomas Vell.",
 * was tried as the person named last and fired in no eval set: not kept).
 */
import type { ActorInfo, Mention, Sentence } from '../types';
import type { LocalMention } from '../what/participants';
import type { LangRule } from '../lang/en';
import { nationCode } from '../who/text';

/** the office and description words a speaker may be named by ("the president", "the monarch", "the Chinese leader") */
const OFFICE_NOUN = String.raw`(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|foreign\s+secretary|secretary\s+of\s+state|crown\s+prince|president|premier|chancellor|taoiseach|king|queen|monarch|emir|sultan|pope|pontiff|leader)`;

/** "the [one or two words] <office>" opening its clause and right before the verb (adverbs between allowed) */
export const OFFICE_SUBJECT: LangRule = {
  id: 'office-subject-of-document',
  pattern: new RegExp(String.raw`(?:^|[,;:]["”’]?\s*|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hen)\s+)[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(${OFFICE_NOUN})\s+(?:(?:also|then|later|again|has|had|have|quickly|\p{Ll}+ly)\s+)*$`, 'iu'),
  effect: 'an office or description as the subject of a statement verb, unresolved: the one person the document titled so before (a nationality narrowing it; the sentence up to the verb, as in "… after Taoiseach Mara Quist met Tomas Vell. Speaking to reporters after the talks, the Taoiseach said …")',
  example: 'Speaking to reporters after the talks, the Taoiseach ',
};

/** "The King spoke … as he told …": the office opening the sentence is whom the pronoun of a later clause refers to */
export const OFFICE_OPENS_SENTENCE: LangRule = {
  id: 'office-subject-opens-sentence',
  pattern: new RegExp(String.raw`^[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(${OFFICE_NOUN})\s+(?:(?:also|then|later|again|has|had|\p{Ll}+ly)\s+)*\p{Ll}{3,}\b`, 'iu'),
  effect: 'a sentence opening with an unresolved office as subject: a singular pronoun before the statement verb refers to it',
  example: 'The King spoke warmly of Nordvik as he told of the friendship between the nations.',
};


/** what may stand between an office word and the name it titles: "of Nordvik", a comma, given names */
const TITLE_TO_NAME = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?\s*,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

const WORD = (noun: string) => new RegExp(String.raw`(?<![\p{L}])${noun.replace(/\s+/g, String.raw`\s+`)}(?![\p{L}])`, 'iu');

/**
 * The person a description or office names, when a statement verb has no speaker otherwise: `lead` is the sentence up
 * to the verb. Returns the person (as a mention spanning the office phrase) and the row that decided, or null.
 */
export function officeSubjectSpeaker(
  text: string,
  lead: string,
  local: LocalMention[],
  sentence: Sentence,
  sentences: Sentence[],
  mentionsBySentence: Map<number, Mention[]>,
  body: string,
  actors: Map<string, ActorInfo>,
  kindOf: (id: string) => string | null | undefined,
  pronoun: boolean,
): { speaker: LocalMention; rule: string } | null {
  let m: RegExpExecArray | null = null;
  let row = OFFICE_SUBJECT;
  if (!pronoun) m = OFFICE_SUBJECT.pattern.exec(lead);
  else {
    m = OFFICE_OPENS_SENTENCE.pattern.exec(text);
    row = OFFICE_OPENS_SENTENCE;
    // the pronoun must refer back to the office: no person named between the office and the verb
    if (m && local.some((x) => x.via !== 'pronoun' && kindOf(x.actorId) === 'person' && x.start < lead.length)) return null;
  }
  if (!m) return null;
  const phraseStart = m.index + m[0].search(/[Tt]he\s/);
  const phraseEnd = m.index + m[0].length;
  // a mention covering the phrase means it was resolved (or is a body): not this row's case
  if (local.some((x) => x.start >= phraseStart && x.start < phraseEnd && x.via !== 'pronoun')) return null;
  const noun = m[2];
  const words = m[1].trim().split(/\s+/).filter(Boolean);
  // a nationality among the words before the office: that country's people only
  const nation = words.map((w) => nationCode(w.charAt(0).toUpperCase() + w.slice(1))).find((x) => x) ?? null;
  const nounRe = WORD(noun);
  // "King Tomas", "President of Nordvik, Ana Alder", "the Nordvik president, Ana Alder": the office word right before the name
  const nounAll = new RegExp(nounRe.source, 'giu');
  const titledBefore = (before: string) => {
    const all = [...before.matchAll(nounAll)].pop();
    return !!all && TITLE_TO_NAME.test(before.slice((all.index ?? 0) + all[0].length));
  };
  const titled = new Map<string, number>();
  for (const sen of sentences) {
    if (sen.index >= sentence.index) break;
    for (const x of mentionsBySentence.get(sen.index) ?? []) {
      if (x.via === 'pronoun' || kindOf(x.actorId) !== 'person') continue;
      const before = body.slice(Math.max(0, x.start - 40), x.start);
      const role = actors.get(x.actorId)?.role ?? '';
      const isTitled = nounRe.test(x.surface) || titledBefore(before) || nounRe.test(role);
      const ofNation = !nation || actors.get(x.actorId)?.affiliation === nation;
      if (isTitled && ofNation) titled.set(x.actorId, sen.index);
    }
  }
  const at = { start: phraseStart, end: phraseEnd, score: 0.6, via: 'role' as Mention['via'], surface: text.slice(phraseStart, phraseEnd).trim() };
  if (titled.size === 1) return { speaker: { ...at, actorId: [...titled.keys()][0], kind: 'person' }, rule: row.id };
  return null;
}
