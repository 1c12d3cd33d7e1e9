/** Narrative memory after each sentence: who the story follows (for "he", "she"). */
import type { Ctx, SentenceView } from './context';

export function updateNarrative(ctx: Ctx, view: { s: SentenceView['s']; text: string; local: SentenceView['local'] }): void {
  const { s, text, local } = view;
  // ---- narrative memory ----
  const firstPerson = local.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start)[0];
  // "Straight afterwards he spoke to Birch": a pronoun subject keeps the person the narrative is about
  const pronSubject = /^(?:[\w’'-]+,?\s+){0,4}?(?:he|she)\s/i.exec(text);
  if (pronSubject && ctx.nar.lastSubject && s.index - ctx.nar.lastSubject.sentence <= 3 && (!firstPerson || firstPerson.start > pronSubject.index)) {
    ctx.nar.lastSubject = { id: ctx.nar.lastSubject.id, sentence: s.index };
    ctx.nar.pronounChain = s.index;
  } else if (firstPerson) ctx.nar.lastSubject = { id: firstPerson.actorId, sentence: s.index };
}
