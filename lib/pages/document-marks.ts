/**
 * A document as a reader page shows it: the text cut into runs, each run
 * known to be kept by the compiler or set aside (page chrome, credits), part
 * of an event's evidence quote (which events), or a mention of an actor.
 * Pure; offsets are character offsets into the text; runs cover it exactly.
 */
import type { DatasetActor, DatasetDocument, DatasetEvent } from '../schema';

export interface Mention {
  start: number;
  end: number;
  actorId: string;
}

export interface Run {
  start: number;
  end: number;
  kept: boolean;
  /** ids of the events this run is evidence of (sorted), empty when none */
  events: string[];
  /** the actor mentioned here, or null */
  actor: string | null;
  /** set on the last run of an evidence quote: the events that quote supports */
  quoteEnd: string[] | null;
}

const WORD = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return !!c && WORD.test(c);
}

/**
 * Where the document names an actor: every form the actor is known by (name,
 * aliases, the forms the compiler found) as a whole word, longest first, no
 * overlaps, only inside text the compiler kept. Forms shorter than 3
 * characters are ignored (initials match too much).
 */
export function findMentions(doc: Pick<DatasetDocument, 'text' | 'kept'>, actors: DatasetActor[]): Mention[] {
  const forms: { form: string; actorId: string }[] = [];
  const seen = new Map<string, string | null>();
  for (const a of actors) {
    for (const f of new Set([a.name, ...a.aliases, ...a.surfaceForms])) {
      const form = f.trim();
      if (form.length < 3) continue;
      // a form shared by two actors names neither for sure
      if (seen.has(form) && seen.get(form) !== a.id) seen.set(form, null);
      else seen.set(form, a.id);
    }
  }
  for (const [form, actorId] of seen) if (actorId) forms.push({ form, actorId });
  forms.sort((x, y) => y.form.length - x.form.length || x.form.localeCompare(y.form));
  const taken: Mention[] = [];
  const overlaps = (s: number, e: number) => taken.some((m) => s < m.end && m.start < e);
  const inKept = (s: number, e: number) => doc.kept.some(([ks, ke]) => ks <= s && e <= ke);
  for (const { form, actorId } of forms) {
    let from = 0;
    for (;;) {
      const at = doc.text.indexOf(form, from);
      if (at < 0) break;
      const end = at + form.length;
      from = at + 1;
      if (isWordChar(doc.text[at - 1]) || isWordChar(doc.text[end])) continue;
      if (!inKept(at, end) || overlaps(at, end)) continue;
      taken.push({ start: at, end, actorId });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The runs of a document: kept/set aside, evidence of which events, mention of which actor. */
export function documentRuns(
  doc: Pick<DatasetDocument, 'id' | 'text' | 'kept'>,
  events: Pick<DatasetEvent, 'id' | 'evidence'>[],
  mentions: Mention[],
): Run[] {
  const length = doc.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const quotes = new Map<string, { start: number; end: number; events: Set<string> }>();
  for (const e of events) {
    for (const q of e.evidence) {
      if (q.documentId !== doc.id) continue;
      const key = `${q.start}:${q.end}`;
      const entry = quotes.get(key) ?? { start: clamp(q.start), end: clamp(q.end), events: new Set<string>() };
      entry.events.add(e.id);
      quotes.set(key, entry);
    }
  }
  const cuts = new Set<number>([0, length]);
  for (const [s, e] of doc.kept) cuts.add(clamp(s)).add(clamp(e));
  for (const q of quotes.values()) cuts.add(q.start).add(q.end);
  for (const m of mentions) cuts.add(clamp(m.start)).add(clamp(m.end));
  const points = [...cuts].sort((a, b) => a - b);
  const quoteList = [...quotes.values()];
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const kept = doc.kept.some(([s, e]) => s <= a && b <= e);
    const evs = new Set<string>();
    const ending = new Set<string>();
    for (const q of quoteList) {
      if (q.start <= a && b <= q.end) {
        q.events.forEach((id) => evs.add(id));
        if (q.end === b) q.events.forEach((id) => ending.add(id));
      }
    }
    const m = mentions.find((x) => x.start <= a && b <= x.end);
    const run: Run = {
      start: a,
      end: b,
      kept,
      events: [...evs].sort(),
      actor: m?.actorId ?? null,
      quoteEnd: ending.size ? [...ending].sort() : null,
    };
    const prev = runs[runs.length - 1];
    if (
      prev &&
      !prev.quoteEnd &&
      !prev.actor &&
      !run.actor &&
      prev.kept === run.kept &&
      prev.events.join('|') === run.events.join('|')
    ) {
      prev.end = b;
      prev.quoteEnd = run.quoteEnd;
    } else runs.push(run);
  }
  return runs;
}
