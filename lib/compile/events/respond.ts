/** respondsTo: whom a statement answers. */
import type { ActorKind } from '../../schema';
import type { ActorInfo, Mention, Sentence, Span } from '../types';
import type { LocalMention } from '../what/participants';
import type { TriggerHit } from '../what/triggers';
import { EN } from '../lang/en';
import { RESPOND_ROWS } from '../lang/en-dates';
import { EN_RESPOND } from '../lang/en-who';

/** Whom a statement answers: the actor after an answering verb, else the author of a recent proposal. */
export function responseTargets(
  text: string,
  lower: string,
  local: LocalMention[],
  h: TriggerHit,
  speaker: string,
  clause: Span,
  kindOf: (id: string) => ActorKind | null,
  actors: Map<string, ActorInfo>,
  sentences: Sentence[],
  index: number,
  mentionsBySentence: Map<number, Mention[]>,
  fired?: (rule: string) => void,
): string[] {
  const own = actors.get(speaker)?.affiliation ?? null;
  const valid = (id: string) => {
    if (id === speaker) return false;
    const k = kindOf(id);
    if (!k || k === 'group') return false;
    if (k === 'country' && own && actors.get(id)?.affiliation === own) return false;
    return true;
  };
  if (!h.rule.responds) {
    // "said Freedonia had given a firm response to Eastland's aggression": the remark answers the one named after "response to"
    const re = /\b(?:response|reply|retaliation|answer)["”’']?\s+to\s+(?:the\s+)?$/i;
    const target = local.find((m) => m.start >= h.end && m.start < clause.end + 80 && valid(m.actorId) && re.test(text.slice(Math.max(h.end, m.start - 40), m.start)));
    if (target) {
      fired?.('response-to');
      return [target.actorId];
    }
    // "said … and thanked Birch for lifting the sanctions", "praised Birch for …": a remark that answers what Birch did
    const thanked = local.find(
      (m) => m.start >= h.end && m.start < clause.end + 120 && valid(m.actorId) && RESPOND_ROWS.thankedFor.pattern.test(text.slice(Math.max(h.end, m.start - 40), m.start)) && RESPOND_ROWS.forWhat.pattern.test(text.slice(m.end, m.end + 12)),
    );
    if (thanked) {
      fired?.(RESPOND_ROWS.thankedFor.id);
      return [thanked.actorId];
    }
    // "welcomed Birch's visit", "welcomes the decision by his counterpart Birch to …": the one whose move the remark answers
    const moved = movedTarget(text, local, h.start, clause.end + 120, valid);
    if (moved) {
      fired?.(EN_RESPOND.welcomedMoveOf.id);
      return [moved];
    }
    // "… a press conference in which he disputed Birch's account": the one whose words the remark answers
    const disputed = disputedTarget(text, local, h.end, clause.end + 120, valid);
    if (disputed) {
      fired?.(EN_RESPOND.disputedWordsOf.id);
      return [disputed];
    }
    // "said Alder in a message to President Birch": the one of another side the remark is addressed to (message-addressed-to)
    const other = (id: string) => valid(id) && !(own && actors.get(id)?.affiliation === own) && id !== own;
    const addressed = addressedTarget(text, local, h.end, clause.end + 120, other);
    if (addressed) {
      fired?.(addressed.rule);
      return [addressed.id];
    }
    return [];
  }
  const after = local.filter((m) => m.start >= h.end && m.start < clause.end + 80 && valid(m.actorId)).sort((a, b) => a.start - b.start);
  const firstAfter = after[0];
  // the answered one is the verb's object: "rejected Birch's claims", "questioned the will of Birch"; not a name behind a
  // preposition, a colon or a clause of its own ("responded by saying he would talk with Birch") (answered-not-object)
  if (firstAfter && firstAfter.start - h.end <= 60 && !EN.notAnsweredObject.pattern.test(text.slice(h.end, firstAfter.start)) && !EN.judgedNotAnswered.pattern.test(h.text)) {
    fired?.('object-of-answering-verb');
    return [firstAfter.actorId];
  }
  if (/^(?:rejected|rejects|dismissed|dismisses|responded|responds|replied|hit\s+back)$|response|reply/i.test(h.text)) {
    for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
      const s = sentences[i]?.index === i ? sentences[i] : sentences.find((x) => x.index === i);
      if (!s || !EN.proposal.pattern.test(s.text)) continue;
      const ms = (mentionsBySentence.get(i) ?? []).filter((m) => valid(m.actorId)).sort((a, b) => a.start - b.start);
      if (ms.length) {
        fired?.('author-of-recent-proposal');
        return [ms[0].actorId];
      }
    }
  }
  return [];
}

/**
 * The first actor after `from` (before `to`) named right after an answering verb and followed by their words
 * ("disputed Birch's account", "rejected the Nordvik President Alder's claims"): whom a remark answers.
 */
export function disputedTarget(text: string, local: LocalMention[], from: number, to: number, valid: (id: string) => boolean): string | null {
  for (const m of [...local].sort((a, b) => a.start - b.start)) {
    if (m.start < from || m.start >= to || !valid(m.actorId)) continue;
    if (EN_RESPOND.disputedWordsOf.pattern.test(text.slice(Math.max(from, m.start - 60), m.start)) && EN_RESPOND.wordsAnswered.pattern.test(text.slice(m.end, m.end + 40))) return m.actorId;
  }
  return null;
}

/**
 * The first actor after `from` (before `to`) whose move a remark welcomes, praises or condemns: named right after the
 * verb and followed by the move ("welcomed Birch’s visit"), or after the move and "by/of" ("welcomes the decision by
 * his counterpart Birch"). Null when none.
 */
export function movedTarget(text: string, local: LocalMention[], from: number, to: number, valid: (id: string) => boolean): string | null {
  for (const m of [...local].sort((a, b) => a.start - b.start)) {
    if (m.start < from || m.start >= to || !valid(m.actorId)) continue;
    const before = text.slice(Math.max(from, m.start - 90), m.start);
    const verb = EN_RESPOND.welcomedMoveOf.pattern.exec(before);
    if (!verb) continue;
    const byOf = /\s(?:by|of|from)\s/.test(verb[0]);
    if (byOf || EN_RESPOND.moveOfNamed.pattern.test(text.slice(m.end, m.end + 40))) return m.actorId;
  }
  return null;
}

/**
 * The first actor after `from` (before `to`) a remark is addressed to ("in a message to Birch", "in a letter to
 * Birch"), of another side (`other`); null when none.
 */
export function addressedTarget(text: string, local: LocalMention[], from: number, to: number, other: (id: string) => boolean): { id: string; rule: string } | null {
  for (const m of [...local].sort((a, b) => a.start - b.start)) {
    if (m.start < from || m.start >= to || !other(m.actorId)) continue;
    if (EN.messageTo.pattern.test(text.slice(Math.max(from, m.start - 80), m.start))) return { id: m.actorId, rule: EN.messageTo.id };
  }
  return null;
}
