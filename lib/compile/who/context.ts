/** Per-document working state shared by the "who" passes. */
import type { ActorEntry } from '../../schema';
import type { Mention, Sentence, SentencedDoc } from '../types';
import type { Hit } from './forms';
import { teaserSpans } from './teaser';
import { headlineBlockSpans } from './headline-block';
import { nameCards } from './name-card';
import { fold, matchText, tokenize, type Token } from './text';

export interface SentCtx {
  s: Sentence;
  /** same-length matching text (norm with quotes straightened) */
  text: string;
  tokens: Token[];
  /** sentence-relative spans already used by an actor, place or blocker */
  occupied: { start: number; end: number }[];
  /** valid title hits of known actors in this sentence (before overlap resolution), for context */
  titleHits: Hit[];
  /** sentence-relative spans of page chrome glued into the text (name-card.ts): always occupied */
  chrome?: { start: number; end: number }[];
}

export interface DocCtx {
  doc: SentencedDoc;
  transcript: boolean;
  day: string;
  sents: SentCtx[];
  mentions: Mention[];
}

export function makeDocCtx(doc: SentencedDoc): DocCtx {
  // glued name cards, teasers and blocks of headlines of other articles (name-card.ts, teaser.ts, headline-block.ts): page chrome
  const cards = [...nameCards(doc.body), ...teaserSpans(doc), ...headlineBlockSpans(doc)];
  const sents = doc.sentences.map((s) => {
    const base = s.norm && s.norm.length === s.text.length ? s.norm : s.text;
    const text = matchText(base);
    // a glued name card (page chrome) is taken before any pass looks (name-card.ts)
    const chrome = cards.filter((c) => c.start < s.end && s.start < c.end).map((c) => ({ start: Math.max(0, c.start - s.start), end: Math.min(s.end, c.end) - s.start }));
    return { s, text, tokens: tokenize(text), occupied: [...chrome], titleHits: [], ...(chrome.length ? { chrome } : {}) } satisfies SentCtx;
  });
  return { doc, transcript: doc.meta.kind === 'transcript', day: doc.meta.published, sents, mentions: [] };
}

export function isOccupied(sc: SentCtx, start: number, end: number): boolean {
  return sc.occupied.some((o) => o.start < end && start < o.end);
}

/**
 * The starts of `s` in the sentence as a whole word (no letter or digit on either side) and inside no mention made
 * already, in order; lazily, so that each is checked after the mention of the one before it was added.
 */
export function* freeWholeWords(sc: SentCtx, s: string): Generator<number> {
  let from = 0;
  for (;;) {
    const i = sc.text.indexOf(s, from);
    if (i < 0) return;
    from = i + s.length;
    if (/[\p{L}\d]/u.test(sc.text[i - 1] ?? '') || /[\p{L}\d]/u.test(sc.text[i + s.length] ?? '')) continue;
    if (!isOccupied(sc, i, i + s.length)) yield i;
  }
}

export function addMention(
  dc: DocCtx,
  sc: SentCtx,
  start: number,
  end: number,
  actorId: string,
  via: Mention['via'],
  score: number,
  occupy = true,
): Mention {
  const m: Mention = {
    docId: dc.doc.id,
    sentence: sc.s.index,
    start: sc.s.start + start,
    end: sc.s.start + end,
    surface: sc.s.text.slice(start, end),
    actorId,
    via,
    score,
  };
  dc.mentions.push(m);
  if (occupy) sc.occupied.push({ start, end });
  return m;
}

/** A known person's name parts, for fuzzy matching and coreference. */
export interface PersonKey {
  actorId: string;
  affiliation: string | null;
  surnames: string[];
  firstNames: string[];
  /** every word of the person's names and aliases before the surname (first and middle names, folded): "Yavuz" of "Ilker Yavuz Birch" */
  givenNames: string[];
}

const LEADING_TITLES = /^(president|prime|sir|prince|princess|king|queen|sheikh|mr|mrs|ms|dr|general|gen|foreign|minister|secretary|vice|former)\.?$/i;
/** "bin", "ibn", "bint", "ben" (lower case): the next word is a father's name */
export const PATRONYMIC = /^(bin|bint|ibn|ben|binti)$/;
const PARTICLE = /^(bin|bint|ibn|al|el|de|da|di|du|van|von|der|den|la|le|jr|sr|ii|iii)\.?$/i;

export function personKeys(actors: ActorEntry[]): PersonKey[] {
  const out: PersonKey[] = [];
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    const surnames = new Set<string>();
    const firstNames = new Set<string>();
    const givenNames = new Set<string>();
    for (const form of [a.name, ...a.aliases]) {
      const words = form.split(/\s+/).filter((w) => !LEADING_TITLES.test(w));
      if (!words.length) continue;
      for (const w of words.slice(0, -1)) if (!PARTICLE.test(w)) givenNames.add(fold(w.replace(/["“”]/g, '')));
      if (words.length === 1) {
        if (words[0].replace(/\W/g, '').length >= 4 && /^\p{Lu}/u.test(words[0])) surnames.add(words[0]);
        continue;
      }
      const li = words.length - 1 - [...words].reverse().findIndex((w) => !PARTICLE.test(w));
      const last = words[li];
      // "Saif bin Rashid": the word after bin/ibn is the father's name, never the person's surname
      const patronymic = li > 0 && PATRONYMIC.test(words[li - 1]);
      if (last && !patronymic && last.length >= 4 && /^\p{Lu}/u.test(last)) surnames.add(last);
      if (!/\./.test(words[0]) && words[0].length >= 2) firstNames.add(words[0]);
    }
    out.push({ actorId: a.id, affiliation: a.affiliation ?? null, surnames: [...surnames].sort(), firstNames: [...firstNames].sort(), givenNames: [...givenNames].sort() });
  }
  return out;
}

export function sentenceTokensBefore(sc: SentCtx, pos: number): Token[] {
  return sc.tokens.filter((t) => t.end <= pos);
}
