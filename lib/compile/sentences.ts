/**
 * splitSentences(doc): sentences of the kept text, as body offsets.
 * Kept spans are joined into runs first: a blank line or removed text always
 * separates runs; in an article a single line break joins only when the next
 * line starts lower-case (a hard wrap), in a transcript consecutive lines are
 * one run and the boundary rules decide (ASR lines wrap mid-sentence).
 */
import type { CleanDoc, Sentence, SentencedDoc, Span } from './types';
import { isLowerCaseText, sentenceEnds } from './text/boundaries';
import { normalizeText } from './text/norm';
import { isHardWrapped } from './text/layout';

/** a transcript sentence longer than this many words is cut at line breaks (unpunctuated captions) */
const MAX_WORDS = 60;
/** …into pieces of at least this many words */
const PIECE_WORDS = 20;

export function splitSentences(doc: CleanDoc): SentencedDoc {
  const body = doc.body;
  const transcript = doc.meta.kind === 'transcript';
  const sentences: Sentence[] = [];
  const spans = [...doc.kept].sort((a, b) => a.start - b.start);

  const wrapped = !transcript && isHardWrapped(body);
  const lowerCase = isLowerCaseText(doc.kept.map((k) => body.slice(k.start, k.end)).join(' '));
  const runs: Span[] = [];
  for (const s of spans) {
    const prev = runs[runs.length - 1];
    if (prev && joinable(body, prev.end, s.start, transcript || wrapped)) prev.end = s.end;
    else runs.push({ start: s.start, end: s.end });
  }

  for (const run of runs) {
    const text = body.slice(run.start, run.end);
    const cuts = [...sentenceEnds(text, transcript, lowerCase), text.length];
    let from = 0;
    for (const to of cuts) {
      for (const [a, b] of transcript ? cutLong(text, from, to) : [[from, to]]) push(run.start + a, run.start + b);
      from = to;
    }
  }
  return { ...doc, sentences };

  function push(s: number, e: number) {
    while (s < e && /\s/.test(body[s])) s++;
    while (e > s && /\s/.test(body[e - 1])) e--;
    if (e <= s) return;
    const text = body.slice(s, e);
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    sentences.push({ docId: doc.id, index: sentences.length, start: s, end: e, text, norm: normalizeText(text) });
  }
}

const words = (t: string) => (t.match(/\S+/g) ?? []).length;

/** a run-on transcript sentence is cut at its line breaks into pieces of some length */
function cutLong(text: string, from: number, to: number): [number, number][] {
  if (words(text.slice(from, to)) <= MAX_WORDS) return [[from, to]];
  const out: [number, number][] = [];
  let start = from;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    if (words(text.slice(start, i)) >= PIECE_WORDS && words(text.slice(i, to)) >= 3) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, to]);
  return out;
}

/** `lines` = consecutive lines join freely (transcripts, hard-wrapped articles) */
function joinable(body: string, from: number, to: number, lines: boolean): boolean {
  const gap = body.slice(from, to);
  if (/\S/.test(gap)) return false;
  const breaks = (gap.match(/\n/g) ?? []).length;
  if (breaks === 0) return true;
  if (breaks >= 2) return false;
  if (lines) return true;
  return /^[\p{Ll}]/u.test(body.slice(to, to + 1));
}
