/**
 * keep/redated-twin: a remark the stale rules re-dated (keep/stale.ts `stale-remark-borrowed-day`: its day was borrowed
 * from a background clause or the narrative, long before the page) takes its document's main day, a guess made after the
 * merge; when the same speaker already has a statement on that day, told by another event the merge built from its
 * own days, pages published within days and words alike (or articles of one day, no occasion told apart: the re-dated
 * day is a borrowed one, and merge/borrowed-day.ts asks no more of two borrowed days), the re-dated copy is that remark told once more (the page's
 * retelling of the day's words, or a remark another document dates) and is dropped; a speaker's other remarks of that day
 * (a speech and a toast of one visit) are told in other words and stay. Pure; one walk over the events making no string, then a map by speaker and day of the re-dated remarks' speakers and days only: O(events), cheap per event (the 10,000-document edit).
 */
import type { DatasetEvent } from '../../schema';
import type { DroppedEvent } from './explain';
import { dropWhere, withDrops, type DropRow } from './drop-pass';
import { STALE_ROWS } from './stale';
import { contentWords, SENTENCE_PAIR_SIM } from '../merge/score';
import { occasionsOf } from '../who/occasion';

export const REDATED_TWIN_ROWS = {
  drop: {
    id: 'stale-remark-twin',
    pattern:
      "a remark re-dated to its document's main day by stale-remark-borrowed-day (its own day stale and borrowed), beside a happened statement of the same speaker on that day that was not re-dated, whose documents include one published within two days of the re-dated remark's first document, the two told in words alike (their content words, the speaker's name left out, overlapping as merge/score.ts toldAlike asks: 0.12 of all, or one sentence of each 0.15) or told by articles of one publication day with no occasion telling them apart (borrowed-day-remark's standard: the re-dated day is a borrowed one)",
    effect: 'drop',
    example:
      'Published Wednesday: Alder said on Tuesday the ferry deal was signed. — Another page of Wednesday, its narrative on a March meeting: "We have a deal," Alder said. (re-dated to Tuesday, its page\'s main day: the same remark once more)',
  },
} as const satisfies Record<string, DropRow>;

/** how many days apart the two remarks' pages may be published */
export const TWIN_PUBLISHED_WITHIN = 2;
/** words alike: the content words of the two remarks' evidence (merge/score.ts toldAlike's share) */
export const TWIN_WORDS = 0.12;

/** the content words of each evidence quote, the speaker's name words left out */
function quoteWords(e: DatasetEvent, skip: Set<string>): Set<string>[] {
  return e.evidence.map((x) => new Set([...contentWords(x.quote)].filter((w) => !skip.has(w))));
}
function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const uni = a.size + b.size - inter;
  return uni ? inter / uni : 0;
}
/** whether two remarks are told in words alike: all their words (TWIN_WORDS), or one quote of each (SENTENCE_PAIR_SIM) */
export function toldInWordsAlike(a: DatasetEvent, b: DatasetEvent, skip: Set<string>): boolean {
  const qa = quoteWords(a, skip);
  const qb = quoteWords(b, skip);
  if (jaccard(new Set(qa.flatMap((s) => [...s])), new Set(qb.flatMap((s) => [...s]))) >= TWIN_WORDS) return true;
  return qa.some((x) => qb.some((y) => jaccard(x, y) >= SENTENCE_PAIR_SIM));
}

/** a re-dated remark's last answer, by the event object (an edit hands back unchanged events as the same objects) */
const TWIN_MEMO = new WeakMap<DatasetEvent, { others: readonly DatasetEvent[]; skipKey: string; key: string; answer: boolean }>();

const DAY_MS = 86_400_000;
const dayNo = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;

const redated = (e: DatasetEvent) => (e.rules ?? []).some((r) => r.stage === 'keep' && r.rule === STALE_ROWS.borrowedDay.id);

/** The pass: re-dated remarks with a twin of the same speaker and day dropped (`published`: a document's publication day). */
export function dropRedatedTwins<E extends DatasetEvent>(
  prior: { events: E[]; dropped: DroppedEvent[] },
  published: (docId: string) => string | undefined,
  protect: ReadonlySet<string>,
  nameWords: (actorId: string) => Set<string>,
  kind: (docId: string) => 'article' | 'transcript' | undefined = () => undefined,
  /** what `nameWords` reads for an actor (its names, joined): the last answer is reused while it reads the same */
  nameKey: (actorId: string) => string = (id) => [...nameWords(id)].join(' '),
  /** every document's publication day and kind in one string (keep.ts): while it reads the same, no page is read again */
  pagesVersion?: string,
): { events: E[]; dropped: DroppedEvent[] } {
  const events = prior.events;
  // one walk over the events, no string made: the re-dated remarks (the rule's subjects) and the happened statements of a
  // day not re-dated (their possible twins); most compiles re-date none, and nothing else is read
  const subjects: E[] = [];
  const dated: E[] = [];
  for (const e of events) {
    if (e.type !== 'statement' || e.status !== 'happened' || !e.date || !e.participants.length) continue;
    if (redated(e)) subjects.push(e);
    else if (e.date.length === 10) dated.push(e);
  }
  if (!subjects.length) return prior;
  /** articles of one publication day (a day's news), no occasion told apart: borrowed-day-remark's standard (merge/borrowed-day.ts) */
  const articleDays = (e: DatasetEvent) => new Set(e.evidence.filter((x) => kind(x.documentId) === 'article').map((x) => published(x.documentId)).filter((p): p is string => !!p));
  const onePageDay = (a: DatasetEvent, b: DatasetEvent) => {
    const oa = occasionsOf(a.rules);
    const ob = occasionsOf(b.rules);
    if (oa.length && ob.length && !oa.some((o) => ob.includes(o))) return false;
    const db = articleDays(b);
    return [...articleDays(a)].some((d) => db.has(d));
  };
  const pubDays = (e: DatasetEvent) => [...new Set(e.evidence.map((x) => published(x.documentId)).filter((p): p is string => !!p && p.length >= 10))].map((p) => dayNo(p.slice(0, 10)));
  /** the statements not re-dated, by speaker and day — only the speakers and days of a re-dated remark (a key made only for those) */
  const wanted = new Map<string, Set<string>>();
  for (const e of subjects) {
    const days = wanted.get(e.participants[0]);
    if (days) days.add(e.date!);
    else wanted.set(e.participants[0], new Set([e.date!]));
  }
  const byKey = new Map<string, E[]>();
  for (const e of dated) {
    if (!wanted.get(e.participants[0])?.has(e.date!)) continue;
    const k = `${e.participants[0]}\u0000${e.date}`;
    const list = byKey.get(k);
    if (list) list.push(e);
    else byKey.set(k, [e]);
  }
  /** what the answer for a re-dated remark reads besides the event objects: its and its twins' pages' days and kinds */
  const pagesKey = (list: readonly DatasetEvent[]) =>
    pagesVersion ?? list.map((x) => x.evidence.map((v) => `${published(v.documentId) ?? ''}/${kind(v.documentId) ?? ''}`).join(',')).join(';');
  const nameKeys = new Map<string, string>();
  const nameKeyOf = (id: string) => {
    let k = nameKeys.get(id);
    if (k === undefined) nameKeys.set(id, (k = nameKey(id)));
    return k;
  };
  /** a subject's answer (a re-dated happened remark of a day with a speaker) */
  const twin = (e: E) => {
    const others = byKey.get(`${e.participants[0]}\u0000${e.date}`);
    if (!others) return false;
    // the dev loop's edit: the last answer while the remark, its candidates (the same objects) and their pages read the same
    const skipKey = nameKeyOf(e.participants[0]);
    const key = pagesKey([e, ...others]);
    const memo = TWIN_MEMO.get(e);
    if (memo && memo.skipKey === skipKey && memo.key === key && memo.others.length === others.length && memo.others.every((o, i) => o === others[i])) return memo.answer;
    const answer = twinOf(e, others);
    TWIN_MEMO.set(e, { others, skipKey, key, answer });
    return answer;
  };
  const twinOf = (e: E, others: readonly E[]) => {
    const mine = pubDays(e);
    if (!mine.length) return false;
    const first = Math.min(...mine);
    const skip = nameWords(e.participants[0]);
    return others.some((o) => pubDays(o).some((d) => Math.abs(d - first) <= TWIN_PUBLISHED_WITHIN) && (toldInWordsAlike(e, o, skip) || onePageDay(e, o)));
  };
  // the twins found among the subjects alone, then (only when one is) the walk that drops them in order
  const twins = new Set<E>();
  for (const e of subjects) if (!protect.has(e.id) && twin(e)) twins.add(e);
  if (!twins.size) return prior;
  return withDrops(prior, dropWhere(events, REDATED_TWIN_ROWS.drop.id, (e) => twins.has(e), protect));
}
