/**
 * Transcript turns pass: in a broadcast or briefing transcript a guest's turn ("MARA QUIST: We are ready …",
 * "Tomas Vell, Foreign Minister of Nordvik (through translator): …") is that person's statement though no verb of
 * saying is there — the label is the attribution. The cleaning stage cuts a label that opens a line
 * (doc.removed, reason 'speaker-label'); a label inside a flattened line stays at the start of its sentence.
 * One statement per labelled person and document (the first sentence of the person's first turn): every later turn
 * is the same appearance. Never for hosts, anchors, correspondents or reporters (a media word in the label, or the
 * label naming nobody the document knows as a person), and never for a label that names no one person.
 */
import type { Mention, SentencedDoc } from '../types';
import type { ActorInfo } from '../types';
import { NO_DATE } from '../what/anchors';
import { statementGist } from '../what/titles';
import type { Cand } from './cand';
import type { Ctx, SentenceView } from './context';
import { HONORIFICS, ROLE_WORDS } from '../who/text';
import { OCCASION_STAGE, occasionRules } from '../who/occasion';
import type { LangRule } from '../lang/en';

/** a rule row of this pass: the shape of every language row */
export type TurnRow = LangRule;

const row = (id: string, pattern: RegExp, effect: string, example: string): TurnRow => ({ id, pattern, effect, example });

export const TURN_ROWS = {
  lineLabel: row(
    'turn-label-speaker',
    /^\s*(?:>+\s*)?(?:[•·*-]\s*)?([^,:()]{2,60})(?:,\s*([^:()]{1,80}))?(?:\s*\([^)]{1,30}\))?\s*:\s*$/u,
    'a speaker label opening a line of a transcript ("MARA QUIST:", "Tomas Vell, Foreign Minister (through translator):") makes the turn that follows a statement of the one person it names',
    'TOMAS VELL, Foreign Minister of Nordvik:',
  ),
  inlineLabel: row(
    'turn-inline-label-speaker',
    /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)(?:,\s*([^:()“”"]{1,80}?))?(?:\s*\([^)]{1,30}\))?:\s+(?=\S)/u,
    'a label opening a sentence of a transcript whose lines were run together ("Mara Quist, Avalon Premier (through translator): We …") makes that sentence a statement of the person it names',
    'Mara Quist, Avalon Premier (through translator): We will keep the harbour open.',
  ),
  toldElsewhere: row(
    'turn-told-in-narration',
    /\b(?:said|says|say|told|tells|stated|added|adds|declared|insisted|stressed|noted|warned|announced|replied|responded|answered)\b/i,
    'a labelled person whom the document also names in a sentence with a verb of saying outside the turns ("Birch said the talks …") has that remark told by the narration: the clip is the same remark, no second statement',
    'Mara Quist said the talks went well.',
  ),
  commentator: row(
    'turn-label-of-commentator',
    /\b(?:former|ex|retired|analyst|professor|expert|fellow|researcher|scholar|historian|commentator|economist|author|columnist|strategist)\b/i,
    'a guest the label or the narration describes as out of office or a commentator ("Cedar Lind, a former ambassador to Nordvik", "TOMAS VELL, Analyst:") speaks for no side: the turn is no statement',
    'I spoke with Cedar Lind, a former Avalon ambassador to Nordvik.',
  ),
  media: row(
    'turn-label-of-media',
    /\b(?:anchor|host|co-host|presenter|correspondent|reporter|journalist|moderator|editor|producer|announcer|narrator|interviewer|unidentified|unknown|crowd|audience|q)\b/i,
    'a label of the programme\'s own people (host, anchor, correspondent, reporter …) or of no one ("UNIDENTIFIED PERSON") is never a speaker of a statement',
    'ANNA ALDER, HOST:',
  ),
};

const norm = (s: string) => s.toLowerCase().replace(/[-‐–]/g, ' ').replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();

/** the name words of a label, without titles and honorifics ("PRESIDENT MARA QUIST" → "mara quist"); null when fewer than two */
export function labelName(who: string): string | null {
  const words = norm(who).split(' ').filter((w) => w && w !== 'the' && !HONORIFICS.has(w) && !ROLE_WORDS.has(w));
  return words.length >= 2 ? words.join(' ') : null;
}

/** the one person of the document whose name, alias or surface form is the label's name words, or null */
export function personOfLabel(name: string, people: ActorInfo[]): string | null {
  const found = people.filter((a) => [a.name, ...a.aliases, ...a.surfaceForms].some((f) => norm(f) === name));
  return found.length === 1 ? found[0].id : null;
}

/** the words right before a naming ("former minister ") or its apposition (", a former ambassador to …") describe a commentator */
export function describedAsCommentator(before: string, after: string): boolean {
  const app = /^,\s+(?:a|an|the|who\s+is\s+(?:a|an|the))\s+((?:[\p{L}.'’-]+\s+){0,4}[\p{L}.'’-]+)/u.exec(after);
  if (app && TURN_ROWS.commentator.pattern.test(app[1])) return true;
  const pre = /\b((?:former|ex|retired)[\s-]+(?:[\p{L}.'’-]+\s+){0,3})$/iu.exec(before);
  return !!pre;
}

/** the one person a label names (the row's match), or null for a label of the programme's people, of a commentator or of no one person */
function personOfMatch(pattern: RegExp, text: string, people: ActorInfo[]): { id: string; match: RegExpExecArray } | null {
  const m = pattern.exec(text);
  if (!m || TURN_ROWS.media.pattern.test(m[0].replace(/\([^)]*\)/g, '')) || TURN_ROWS.commentator.pattern.test(m[2] ?? '')) return null;
  const name = labelName(m[1]);
  const id = name ? personOfLabel(name, people) : null;
  return id ? { id, match: m } : null;
}

/** the index of the first sentence after `end` with nothing but space between, or null */
function sentenceRightAfter(doc: SentencedDoc, end: number): number | null {
  const s = doc.sentences.find((x) => x.start >= end);
  return s && doc.body.slice(end, s.start).trim() === '' ? s.index : null;
}

interface TurnStart {
  actorId: string;
  rule: string;
  /** sentence-relative end of an inline label (0 when the label was cut from the line) */
  after: number;
}

const cache = new WeakMap<SentencedDoc, Map<number, TurnStart>>();

/** the sentences that open a labelled person's first turn in the document, by sentence index */
export function turnStarts(doc: SentencedDoc, mentionsBySentence: Map<number, Mention[]>, actors: Map<string, ActorInfo>): Map<number, TurnStart> {
  const done = cache.get(doc);
  if (done) return done;
  const out = new Map<number, TurnStart>();
  cache.set(doc, out);
  const labels = doc.removed.filter((r) => r.reason === 'speaker-label');
  const transcript = doc.meta.kind === 'transcript';
  if (!labels.length && !transcript) return out;
  // the people the document names (a label names one of them, or no one the compiler knows)
  const ids = new Set<string>();
  for (const ms of mentionsBySentence.values()) for (const m of ms) if (m.via !== 'pronoun') ids.add(m.actorId);
  const people = [...ids].map((id) => actors.get(id)).filter((a): a is ActorInfo => !!a && a.kind === 'person');
  if (!people.length) return out;
  const seen = new Set<string>();
  const take = (sentence: number, t: TurnStart) => {
    if (seen.has(t.actorId) || out.has(sentence)) return;
    seen.add(t.actorId);
    out.set(sentence, t);
  };
  const events: { at: number; sentence: number; t: TurnStart }[] = [];
  for (const r of labels) {
    const who = personOfMatch(TURN_ROWS.lineLabel.pattern, doc.body.slice(r.start, r.end), people);
    // the turn's first sentence: the first one after the label, nothing but space between
    const sentence = who ? sentenceRightAfter(doc, r.end) : null;
    if (!who || sentence === null) continue;
    events.push({ at: r.start, sentence, t: { actorId: who.id, rule: TURN_ROWS.lineLabel.id, after: 0 } });
  }
  // a bulleted label line the cleaning stage dropped whole ("  • Mara Quist (through translator):"): the same, in a transcript
  if (transcript)
    for (const line of doc.body.matchAll(/^[ \t]*[•·][ \t]*[^\n]{2,120}:[ \t]*$/gmu)) {
      const at = line.index ?? 0;
      if (labels.some((r) => r.start <= at + line[0].length && at <= r.end)) continue;
      const who = personOfMatch(TURN_ROWS.lineLabel.pattern, line[0], people);
      const sentence = who ? sentenceRightAfter(doc, at + line[0].length) : null;
      if (!who || sentence === null) continue;
      events.push({ at, sentence, t: { actorId: who.id, rule: TURN_ROWS.lineLabel.id, after: 0 } });
    }
  if (transcript)
    for (const s of doc.sentences) {
      const who = personOfMatch(TURN_ROWS.inlineLabel.pattern, s.text, people);
      if (who) events.push({ at: s.start, sentence: s.index, t: { actorId: who.id, rule: TURN_ROWS.inlineLabel.id, after: who.match[0].length } });
    }
  events.sort((a, b) => a.at - b.at);
  // the persons the narration already shows speaking (a verb of saying in a sentence naming them, not a turn's first sentence)
  const turnSentences = new Set(events.map((e) => e.sentence));
  const told = new Set<string>();
  const labelled = new Set(events.map((e) => e.t.actorId));
  for (const x of doc.sentences) {
    const ms = (mentionsBySentence.get(x.index) ?? []).filter((m) => m.via !== 'pronoun' && labelled.has(m.actorId));
    if (!ms.length) continue;
    // "Cedar Lind, a former ambassador", "ex-minister Cedar Lind": a commentator (turn-label-of-commentator)
    for (const m of ms) if (describedAsCommentator(x.text.slice(Math.max(0, m.start - x.start - 30), m.start - x.start), x.text.slice(m.end - x.start))) told.add(m.actorId);
    if (turnSentences.has(x.index) || !TURN_ROWS.toldElsewhere.pattern.test(x.text)) continue;
    for (const m of ms) told.add(m.actorId);
  }
  for (const e of events) if (!told.has(e.t.actorId)) take(e.sentence, e.t);
  return out;
}

/** The statement of a labelled person's first turn, when this sentence opens it and the person has no remark in it yet. */
export function findTurnStatement(ctx: Ctx, view: SentenceView, spoken: Set<string>): void {
  const { doc, mentionsBySentence, actors, cands, paraOf, liveBlog } = ctx;
  const { s, text } = view;
  if (!doc.removed.length && doc.meta.kind !== 'transcript') return;
  const t = turnStarts(doc, mentionsBySentence, actors).get(s.index);
  if (!t || spoken.has(t.actorId)) return;
  const c: Cand = {
    why: [
      { stage: 'trigger', rule: t.rule },
      { stage: 'participants', rule: 'speaker-of-turn' },
    ],
    order: cands.length,
    sentence: s.index,
    span: { start: s.start, end: s.end },
    type: 'statement',
    role: 'statement',
    trigger: 'turn',
    strength: 0.6,
    participants: [t.actorId],
    certainty: 0.7,
    status: 'happened',
    ongoing: false,
    date: NO_DATE,
    place: null,
    placeRank: 0,
    speaker: t.actorId,
    respondsTo: [],
    gist: statementGist(text.slice(t.after)),
    hit: { start: 0, end: Math.max(1, t.after) },
    anchorSpan: null,
    para: paraOf.get(s.index),
    live: liveBlog || undefined,
  };
  // the occasion the transcript's title names ("Regular Press Conference", "Remarks by …"): the turns were spoken there
  for (const r of occasionRules(doc.meta.title ?? '')) c.why.push({ stage: OCCASION_STAGE, rule: r.id });
  cands.push(c);
  ctx.nar.lastSpeaker = { id: t.actorId, sentence: s.index };
}
