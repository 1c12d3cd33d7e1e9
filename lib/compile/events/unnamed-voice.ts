/**
 * Unnamed voice of a body: "a Nordvik Foreign Ministry spokesperson said", "an Avalon Council official told
 * reporters", "said a spokesman for the Nordvik Front" — a spokesperson, official or source the text does not name
 * speaks for the body named in the title, so the body is the speaker (the annotators list the body, or its country).
 * The statements pass otherwise drops a body named right before an office word as a mere part of a person's title
 * (body-in-title); that stays so when the person is named ("the Front spokesman Ana Alder said").
 */
import type { LocalMention } from '../what/participants';
import type { LangRule } from '../lang/en';

/** a rule row of this pass: the shape of every language row */
export type VoiceRow = LangRule;

export const UNNAMED_VOICE: VoiceRow = {
  id: 'unnamed-voice-of-body',
  pattern: /^\s*(?:['’]s\s+)?(?:press\s+|chief\s+|official\s+|senior\s+|top\s+|deputy\s+)?(?:spokes(?:man|woman|person)|officials?|sources?)\b/iu,
  effect: 'a spokesperson, official or source of a body whom the text does not name speaks for that body: the body is the speaker',
  example: ' spokesperson on Monday made remarks on the Avalon talks (after "a Nordvik Foreign Ministry")',
};

/** "spokesman for the Nordvik Front said": the body after the office word */
export const VOICE_FOR: VoiceRow = {
  id: 'unnamed-voice-for-body',
  pattern: /\b(?:a|an|one)\s+(?:(?:press|chief|senior|top|deputy)\s+)?(?:spokes(?:man|woman|person)|officials?|sources?)\s+(?:for|from|of|at|in)\s+(?:the\s+)?$/iu,
  effect: 'an unnamed spokesperson or official "for/of" a body speaks for that body: the body is the speaker',
  example: 'a spokesperson for the ',
};

/**
 * True when the body mention is the title of an unnamed voice that is the verb's subject: the office word right after
 * it (UNNAMED_VOICE) or "a spokesman for" right before it (VOICE_FOR), no person named after the office word before
 * the verb, and nothing but a short adjunct between the phrase and a verb after it.
 */
export function unnamedVoiceOf(text: string, local: LocalMention[], sp: LocalMention, h: { start: number; end: number }, countries = false): boolean {
  // (a country's unnamed voice, "the Nordvik spokesman said", only where the caller asks: a body speaks for the country)
  if (sp.kind !== 'organization' && sp.kind !== 'group' && !(countries && sp.kind === 'country')) return false;
  const after = UNNAMED_VOICE.pattern.exec(text.slice(sp.end));
  const forBody = VOICE_FOR.pattern.test(text.slice(Math.max(0, sp.start - 60), sp.start));
  if (!after && !forBody) return false;
  const phraseEnd = after ? sp.end + after[0].length : sp.end;
  // a named person right after the office word ("spokesman Ana Alder") is the voice, not the body
  if (local.some((m) => m.kind === 'person' && m.via !== 'pronoun' && m.start >= phraseEnd && m.start - phraseEnd <= 4)) return false;
  if (phraseEnd <= h.start) {
    // the voice is the subject before the verb: a short adjunct at most between ("on Saturday", "told reporters")
    const gap = text.slice(phraseEnd, h.start);
    return gap.length <= 40 && !/[;:"“”]/.test(gap) && !local.some((m) => m.start >= phraseEnd && m.end <= h.start);
  }
  // "…, said a Nordvik ministry spokesman" / "…, a ministry spokesman said": the verb right before the phrase
  return sp.start >= h.end && /^\s*(?:(?:a|an|one|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(h.end, forBody ? Math.max(h.end, sp.start - 30) : sp.start).replace(/\b(?:spokes\w+|officials?|sources?)\s+(?:for|from|of|at|in)\s+(?:the\s+)?$/i, ''));
}
