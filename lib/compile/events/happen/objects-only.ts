/**
 * objects-only: "he might meet Birch and Cedar", "the president spoke with Birch, Cedar and Dogwood", "He was met by
 * the governor Birch and the minister Cedar". When the subject of a meeting or call verb is a pronoun the passes did
 * not resolve, or a noun that names no one ("the president"), the people left are the objects coordinated after the
 * verb: each of them is the counterpart of that unnamed subject, not of the others. Such a hit names no pair of
 * its own and is dropped (the happening is told elsewhere with its subject named, or stays unknown).
 * By structure: the subject slot is read from the part-of-speech tags (the token before the verb group), the
 * objects from the mentions after the trigger joined by commas, "and" and titles only.
 */
import { EN } from '../../lang/en';
import { subjectSpan, tagSentence, type PosToken } from '../../text/pos';
import { fired, type ClauseEnv, type Draft } from './types';

const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);

/** the subject slot before `at`: 'pronoun' (he, she …), 'noun' (a noun phrase or a name with no mention in it), or null (a mention, or none) */
export function unnamedSubject(tokens: PosToken[], mentions: { start: number; end: number }[], at: number, from: number): 'pronoun' | 'noun' | null {
  let i = tokens.findIndex((t) => t.start >= at) - 1;
  if (i < -1) i = tokens.length - 1;
  while (i >= 0 && VERB_GROUP.has(tokens[i].pos) && tokens[i].start >= from) i--;
  if (i < 0 || tokens[i].start < from) return null;
  const t = tokens[i];
  const named = (a: number, b: number) => mentions.some((m) => m.start < b && m.end > a);
  if (t.pos === 'PRON') return EN.objectsOnly.pattern.test(t.text) && !named(t.start, t.end) ? 'pronoun' : null;
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  const span = subjectSpan(tokens, at);
  if (!span) return null;
  return named(span.start, span.end) ? null : 'noun';
}

/** the person mention a subject pronoun was resolved to ("he" = Alder), when the subject slot before `at` is such a pronoun */
export function pronounSubject<M extends { start: number; end: number }>(tokens: PosToken[], mentions: M[], at: number, from: number): M | null {
  let i = tokens.findIndex((t) => t.start >= at) - 1;
  if (i < -1) i = tokens.length - 1;
  while (i >= 0 && VERB_GROUP.has(tokens[i].pos) && tokens[i].start >= from) i--;
  if (i < 0 || tokens[i].start < from || tokens[i].pos !== 'PRON' || !EN.objectsOnly.pattern.test(tokens[i].text)) return null;
  const t = tokens[i];
  return mentions.find((m) => m.start <= t.start && m.end >= t.end) ?? null;
}

export function objectsOnly(d: Draft, e: ClauseEnv): boolean {
  const { h } = d;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'call')) return true;
  const { text, local } = e.view;
  const kindOf = e.ctx.kindOf;
  const ids = d.part.ids;
  if (ids.length < 2 || ids.some((id) => kindOf(id) !== 'person')) return true;
  // every party named in the sentence itself (no one brought in by a pronoun or from another sentence)
  if (ids.some((id) => !local.some((m) => m.actorId === id))) return true;
  const tokens = tagSentence(text);
  // a verb, not a noun ("a phone call between A and B" names its pair)
  if (tokens.find((t) => t.start === h.start)?.pos !== 'VERB') return true;
  const subject = unnamedSubject(tokens, local, h.start, e.clause.start);
  if (!subject) {
    // resolved-subject: the subject is a pronoun the people stage resolved ("he" = Alder) but the parties are the objects only: add it
    const pron = pronounSubject(tokens, local, h.start, e.clause.start);
    if (pron && !ids.includes(pron.actorId) && pron.kind === 'person') d.part = fired(d.why, 'participants', 'resolved-subject', { ...d.part, ids: [pron.actorId, ...ids] });
    return true;
  }
  // two or more parties coordinated right after the verb ("with A, B and C", "by the governor A and the minister B")
  const after = local.filter((m) => m.kind === 'person' && ids.includes(m.actorId) && m.start >= h.end && m.end <= e.clause.end).sort((a, b) => a.start - b.start);
  const run: typeof after = [];
  for (const m of after) if (!run.some((r) => r.actorId === m.actorId)) run.push(m);
  if (run.length < 2) return true;
  const lead = text.slice(h.end, run[0].start);
  if (!/^\s*(?:(?:with|by)\s+)?(?!(?:between|among|amongst)\s)(?:(?!(?:between|among|amongst|and)\s)[\w.’'-]+\s+){0,7}$/i.test(lead)) return true;
  for (let k = 1; k < run.length; k++) {
    const [a, b] = [run[k - 1].end, run[k].start];
    if (!/^\s*,?\s*(?:and\s+)?(?:[\w.’'-]+\s+){0,8}$/i.test(text.slice(a, b)) || tokens.some((t) => t.start >= a && t.end <= b && (t.pos === 'VERB' || t.pos === 'AUX'))) return true;
  }
  fired(d.why, 'participants', EN.objectsOnly.id, subject);
  return false;
}
