/**
 * Misheard and misspelt surnames ("Kovach" for Kovač, "Ana Kovack",
 * "Ivo Marich"): a token close to a known surname is linked only with
 * supporting context — the actor's first name right before it, a title of the
 * actor next to it, or an exact mention of the actor elsewhere in the document
 * — or when it is nearly identical. Common English words need the first name.
 */
import type { Mention } from '../types';
import type { DocCtx, PersonKey, SentCtx } from './context';
import { addMention, isOccupied } from './context';
import { closeness, similarity, type Closeness } from './phonetic';
import { DAY_MONTH, fold, isAllCaps, isCap, isCommonWord, nationCode, type Token } from './text';

const RANK: Record<Closeness, number> = { strong: 3, medium: 2, loose: 1, none: 0 };

/** Distance (chars) within which a title of the actor counts as "next to" the token. */
const TITLE_NEAR = 60;

/** Hyphenated words are also read part by part ("Trump-Putin call"). */
function withParts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.text.includes('-')) {
      out.push(t);
      continue;
    }
    let pos = t.start;
    for (const part of t.text.split('-')) {
      out.push({ text: part, low: fold(part), start: pos, end: pos + part.length });
      pos += part.length + 1;
    }
  }
  return out;
}

/**
 * Two rounds: the first links what its own context supports; the second also
 * accepts plausible misspellings of people linked in the first (a document
 * whose every mention of a name is misspelt).
 */
export function fuzzyPass(dc: DocCtx, keys: PersonKey[]): void {
  const round1 = fuzzyRound(dc, keys, new Set());
  const known = new Set(round1.filter((m) => m.score >= 0.7).map((m) => m.actorId));
  fuzzyRound(dc, keys, known);
}

function fuzzyRound(dc: DocCtx, keys: PersonKey[], alsoKnown: Set<string>): Mention[] {
  const added: Mention[] = [];
  const allFirst = new Set(keys.flatMap((k) => k.firstNames.map(fold)));
  const exactlyMentioned = new Set(dc.mentions.filter((m) => m.via === 'name' || m.via === 'alias' || m.via === 'title').map((m) => m.actorId));
  for (const id of alsoKnown) exactlyMentioned.add(id);
  const affiliation = new Map(keys.map((k) => [k.actorId, k.affiliation]));
  // a transcript without capitals: a lower-case word may still be a name
  const all = dc.sents.flatMap((sc) => sc.tokens).filter((t) => /^\p{L}/u.test(t.text) && t.text !== 'I');
  const caseless = dc.transcript && all.length > 0 && all.filter((t) => isCap(t.text)).length / all.length < 0.03;
  for (const sc of dc.sents) {
    const toks = withParts(sc.tokens);
    const nations = new Set(sc.tokens.map((t) => nationCode(t.text)).filter((c): c is string => !!c));
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!candidateToken(t, sc, dc.transcript, allFirst)) continue;
      const prev = i > 0 ? toks[i - 1] : null;
      const prevAdjacent = prev && /^\s+$/.test(sc.text.slice(prev.end, t.start)) && !isOccupied(sc, prev.start, prev.end) ? prev : null;
      const common = isCommonWord(t.text);
      let best: { key: PersonKey; rank: number; dist: number; withFirst: boolean } | null = null;
      let tie = false;
      for (const key of keys) {
        let c: Closeness = 'none';
        let dist = 99;
        for (const sn of key.surnames) {
          const cl = closeness(t.text, sn, dc.transcript);
          const d = similarity(t.text, sn).dist;
          if (RANK[cl] > RANK[c] || (RANK[cl] === RANK[c] && d < dist)) {
            c = cl;
            dist = d;
          }
        }
        if (c === 'none') continue;
        const withFirst = !!prevAdjacent && key.firstNames.some((f) => fold(f) === prevAdjacent.low);
        const titleNear = sc.titleHits.some(
          (h) => h.form.actorId === key.actorId && (Math.abs(h.end - t.start) <= TITLE_NEAR || Math.abs(t.end - h.start) <= TITLE_NEAR),
        );
        const aff = affiliation.get(key.actorId);
        const known = exactlyMentioned.has(key.actorId) || (!!aff && nations.has(aff));
        // "Petrova" for "Petrov": a feminine form names another person unless first name or title say otherwise
        const feminine = key.surnames.some((sn) => t.low === `${fold(sn)}a`);
        let ok = false;
        if (common || (!isCap(t.text) && !caseless)) ok = withFirst;
        else if (feminine) ok = withFirst || titleNear;
        else if (c === 'strong') ok = true;
        else if (c === 'medium') ok = withFirst || titleNear || known;
        else if (c === 'loose') ok = withFirst || titleNear;
        if (!ok) continue;
        const rank = RANK[c] + (withFirst ? 2 : 0) + (titleNear ? 1 : 0);
        if (!best || rank > best.rank || (rank === best.rank && dist < best.dist)) {
          best = { key, rank, dist, withFirst };
          tie = false;
        } else if (rank === best.rank && dist === best.dist && key.actorId !== best.key.actorId) tie = true;
      }
      if (!best || tie) continue;
      const start = best.withFirst && prevAdjacent ? prevAdjacent.start : t.start;
      const score = best.rank >= 4 ? 0.8 : best.rank >= 2 ? 0.7 : 0.6;
      added.push(addMention(dc, sc, start, t.end, best.key.actorId, 'fuzzy', score));
    }
  }
  return added;
}

function candidateToken(t: Token, sc: SentCtx, transcript: boolean, firstNames: Set<string>): boolean {
  if (t.low.length < 4 || /\d/.test(t.text)) return false;
  if (!transcript && !isCap(t.text)) return false;
  if (isAllCaps(t.text)) return false;
  if (isOccupied(sc, t.start, t.end)) return false;
  if (DAY_MONTH.has(t.low) || nationCode(t.text)) return false;
  if (firstNames.has(t.low)) return false;
  return true;
}
