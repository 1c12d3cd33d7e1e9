/**
 * clean(doc): decides which parts of the body are running text. Never edits
 * the text: returns `kept` spans and `removed` spans (with a reason) as
 * offsets into doc.body. General rules only: page chrome and navigation,
 * credits, a copy of the title, ticker headlines inside transcripts, speaker
 * labels, timecodes, and fragments cut off by a scraper.
 */
import type { CleanDoc, RemovalReason, SourceDoc, Span } from './types';
import { isAllCapsLine, matchChrome, NON_SPEECH } from './text/chrome';
import { sentenceEnds } from './text/boundaries';
import { SHORT_WORDS } from './text/abbreviations';
import { isCaptionStyle, isHardWrapped } from './text/layout';

type Removed = Span & { reason: RemovalReason };

interface Line {
  /** trimmed bounds in body */
  start: number;
  end: number;
  /** kept candidates after inline removals (labels, timecodes) */
  segs: Span[];
  /** whole-line verdict */
  reason: RemovalReason | null;
  /** true when a blank line (or the end of the document) follows */
  paraEnd: boolean;
}

/** last char is terminal punctuation (. ! ? … or a closing quote); ':' introduces what follows */
export function endsTerminal(s: string): boolean {
  return /[.!?\u2026"'\u201d\u2019»):;]\s*$/.test(s);
}

const SPEAKER_LABEL = /^(?:>>+\s*)?(?:\p{Lu}[\p{Lu}\p{N}.'\u2019\-]*(?:,?\s+\p{Lu}[\p{Lu}\p{N}.'\u2019\-]*){0,8}(?:\s*\([^)]{1,30}\))?|\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}'\-]+){0,2}\s+\((?:[^)]{1,30})\))\s*:(?=\s|$)/u;
const LEADING_TIMECODE = /^(?:[[(]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:\s*[\])])?\s*/;
const CHEVRONS = />>+\s*(?:\p{Lu}[\p{Lu}.'\u2019\-]*(?:\s+\p{Lu}[\p{Lu}.'\u2019\-]*){0,4}\s*:)?/gu;
const TIMECODE_ANY = /[[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\])]|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\b/g;
const TIMECODE_START = /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?=\s|$)/;
const SRT_LINE = /^\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*-->\s*\d{1,2}:\d{2}/;

const wordCount = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);
const simplify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,]+$/, '')
    .trim();

function trimSpan(body: string, s: number, e: number): Span | null {
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * a line cut off by an ellipsis glued to a word or comma with no sentence end
 * before it in the same clause: "… first visit since…", "… talks, Interf…"
 */
export function endsCutOff(text: string): boolean {
  const t = text.trim();
  if (!/[\p{L}\p{N},](?:\u2026|\.{3})$/u.test(t)) return false;
  // a short teaser, not a paragraph of running text that trails off
  return t.split(/\s+/).length <= 30;
}

/** a line ending inside a word: "… will co", "… Al Ai" after a sentence, "… the w" */
function cutMidWord(text: string): boolean {
  const m = /(?:^|[\s(“"'])([\p{L}]{1,2})$/u.exec(text.trim());
  if (!m) return false;
  const w = m[1];
  return !SHORT_WORDS.has(w.toLowerCase()) && w !== w.toUpperCase();
}

export function clean(doc: SourceDoc): CleanDoc {
  const body = doc.body;
  const transcript = doc.meta.kind === 'transcript';
  const removed: Removed[] = [];
  const lines: Line[] = [];

  // ---- lines with their trimmed bounds
  const lineRe = /[^\n]*(\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(body)) && m[0].length > 0) {
    const t = trimSpan(body, m.index, m.index + m[0].length);
    if (t) lines.push({ ...t, segs: [], reason: null, paraEnd: false });
    if (lineRe.lastIndex >= body.length) break;
  }
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    lines[i].paraEnd = !next || /\n[^\S\n]*\r?\n/.test(body.slice(lines[i].end, next.start));
  }

  const capsLines = lines.filter((l) => isAllCapsLine(body.slice(l.start, l.end))).length;
  const capsDoc = lines.length > 0 && capsLines / lines.length > 0.5;
  const title = simplify(doc.meta.title);

  // ---- inline removals and whole-line verdicts
  for (const line of lines) {
    const text = body.slice(line.start, line.end);
    if (SRT_LINE.test(text)) {
      line.reason = 'timecode';
      continue;
    }
    const cuts: Removed[] = [];
    // a speaker label opens the line, possibly after a timecode: "[00:00:01] WOLF BLITZER, CNN ANCHOR:"
    const lead = LEADING_TIMECODE.exec(text);
    const skip = lead && (transcript || /^[[(]/.test(lead[0])) ? lead[0].length : 0;
    const lab = SPEAKER_LABEL.exec(text.slice(skip));
    if (lab && (transcript || /\p{Lu}{2,}|^Q\b|^A\b|^>>/u.test(lab[0]))) {
      const isCaps = !/\p{Ll}/u.test(lab[0].replace(/\([^)]*\)/, ''));
      if (transcript || isCaps) cuts.push({ start: line.start + skip, end: line.start + skip + lab[0].length, reason: 'speaker-label' });
    }
    const tc = TIMECODE_START.exec(text);
    if (tc && transcript) cuts.push({ start: line.start, end: line.start + tc[0].length, reason: 'timecode' });
    for (const re of [TIMECODE_ANY, CHEVRONS, NON_SPEECH]) {
      re.lastIndex = 0;
      let x: RegExpExecArray | null;
      while ((x = re.exec(text))) {
        if (x[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (re === TIMECODE_ANY && !transcript && !/^[[(]/.test(x[0])) continue;
        const reason: RemovalReason = re === CHEVRONS ? 'speaker-label' : re === NON_SPEECH ? 'chrome' : 'timecode';
        cuts.push({ start: line.start + x.index, end: line.start + x.index + x[0].length, reason });
      }
    }
    // merge overlapping cuts, then the kept segments are what lies between
    cuts.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Removed[] = [];
    for (const c of cuts) {
      const last = merged[merged.length - 1];
      if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
      else merged.push({ ...c });
    }
    let pos = line.start;
    for (const c of merged) {
      const s = trimSpan(body, pos, c.start);
      if (s) line.segs.push(s);
      removed.push(c);
      pos = c.end;
    }
    const tail = trimSpan(body, pos, line.end);
    if (tail) line.segs.push(tail);
    // segments that are only punctuation are dropped with the cut next to them
    line.segs = line.segs.filter((s) => /[\p{L}\p{N}]/u.test(body.slice(s.start, s.end)));
    if (!line.segs.length) {
      if (!merged.length) line.reason = 'chrome';
      continue;
    }
    const content = line.segs.map((s) => body.slice(s.start, s.end)).join(' ');
    line.reason = verdict(content, { transcript, capsDoc, title });
  }

  // ---- transcripts: on-screen ticker headlines interrupting the speech (short, unpunctuated, between two speech lines)
  if (transcript && !isCaptionStyle(body)) {
    const contentOf = (l: Line) => l.segs.map((x) => body.slice(x.start, x.end)).join(' ');
    for (let i = 1; i < lines.length - 1; i++) {
      const l = lines[i];
      if (l.reason || !l.segs.length) continue;
      const content = contentOf(l);
      const n = wordCount(content);
      if (endsTerminal(content) || n > 12 || !/^[\p{Lu}\p{N}]/u.test(content.trim())) continue;
      // the speech around it runs in much longer lines
      let p = i - 1;
      while (p >= 0 && (lines[p].reason || !lines[p].segs.length)) p--;
      let q = i + 1;
      while (q < lines.length && (lines[q].reason || !lines[q].segs.length)) q++;
      const prev = lines[p];
      const next = lines[q];
      const long = (x: Line | undefined) => !!x && wordCount(contentOf(x)) >= Math.max(15, 2 * n);
      if (long(prev) && long(next)) l.reason = 'headline';
    }
  }

  // ---- articles: lines without terminal punctuation
  if (!transcript) {
    const live = lines.filter((l) => !l.reason && l.segs.length);
    const wrapped = isHardWrapped(body);
    const position = new Map(live.map((l, i) => [l, i]));
    const continued = (l: Line) => {
      const nx = live[(position.get(l) ?? -2) + 1];
      return !l.paraEnd && !!nx && (wrapped || /^[\p{Ll}]/u.test(body.slice(nx.segs[0].start, nx.segs[0].start + 1)));
    };
    const open = (l: Line) => !endsTerminal(body.slice(l.start, l.end)) && !continued(l);
    // trailing block of unfinished lines: a scraper's teasers of other stories, also
    // when cut off with an ellipsis ("… talks, Interf…", "… first visit since…")
    const block: Line[] = [];
    const teaser = (l: Line) => open(l) || endsCutOff(body.slice(l.start, l.end));
    for (let i = live.length - 1; i >= 0 && teaser(live[i]); i--) block.unshift(live[i]);
    const inBlock = new Set(block);
    for (const l of block) {
      const long = l.end - l.start >= 300;
      if (block.length === 1 || long) truncateTail(body, l, removed, true);
      else l.reason = 'truncated';
    }
    for (const l of live) {
      if (inBlock.has(l) || !open(l)) continue;
      const text = body.slice(l.start, l.end);
      if (wordCount(text) <= 8) {
        l.reason = /[|»›/]|\d{3,}/.test(text) ? 'chrome' : 'headline';
        continue;
      }
      truncateTail(body, l, removed, cutMidWord(text));
    }
  }

  // ---- collect
  const kept: Span[] = [];
  for (const l of lines) {
    if (l.reason) {
      removed.push({ start: l.start, end: l.end, reason: l.reason });
      // inline cuts inside a removed line are covered by the line
      continue;
    }
    kept.push(...l.segs);
  }
  kept.sort((a, b) => a.start - b.start);
  const finalRemoved = normalizeRemoved(removed);
  return { ...doc, kept, removed: finalRemoved };
}

/** whole-line verdict from the line's own words */
function verdict(content: string, o: { transcript: boolean; capsDoc: boolean; title: string }): RemovalReason | null {
  const simple = simplify(content);
  if (simple === o.title || (simple.startsWith(o.title) && simple.length - o.title.length <= 40 && /^\s*[|\-:–—]/.test(simple.slice(o.title.length)))) return 'headline';
  const chrome = matchChrome(content);
  if (chrome) return chrome;
  if (!o.capsDoc && isAllCapsLine(content) && wordCount(content) <= 15) return 'chrome';
  return null;
}

/**
 * Removes the unfinished end of a line: keeps its complete sentences; when it
 * has none, the whole line goes if `wholeIfNone`.
 */
function truncateTail(body: string, l: Line, removed: Removed[], wholeIfNone: boolean): void {
  const seg = l.segs[l.segs.length - 1];
  const text = body.slice(seg.start, seg.end);
  const ends = sentenceEnds(text, false);
  const last = ends.length ? ends[ends.length - 1] : 0;
  if (last === 0) {
    if (wholeIfNone) l.reason = 'truncated';
    return;
  }
  const keep = trimSpan(body, seg.start, seg.start + last);
  const drop = trimSpan(body, seg.start + last, seg.end);
  if (!keep || !drop) return;
  l.segs[l.segs.length - 1] = keep;
  removed.push({ ...drop, reason: 'truncated' });
}

/** sorted, with spans inside a removed whole line dropped */
function normalizeRemoved(rs: Removed[]): Removed[] {
  const sorted = [...rs].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Removed[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start >= last.start && r.end <= last.end) continue;
    if (last && r.start < last.end) {
      out.push({ start: last.end, end: r.end, reason: r.reason });
      continue;
    }
    out.push(r);
  }
  return out;
}
