/**
 * A deck: the steps a presentation walks through and a story page lists,
 * resolved against the dataset. Pure and browser-safe (types only from the
 * schema): the same function builds the story page at build time and the
 * presentation in the browser.
 */
import type { DatasetActor, DatasetEvent, IndexDocument, StoryFile } from '../schema';
import { formatPartialDate, inWindow } from '../format';
import { documentIdsOf } from '../filters';
import { actorsOfEvent, compareByDate, type EventSummary } from '../ui/selection';

/**
 * An event as a deck reads it: a full event (with its quotes, on a page built
 * on the server) or the browser's index event (documentIds only: the
 * presentation fetches the quotes of the step it shows).
 */
export type DeckEvent = EventSummary & ({ documentIds: string[] } | { evidence: Pick<DatasetEvent['evidence'][number], 'documentId' | 'quote'>[] });
export type DeckDocument = Pick<IndexDocument, 'id' | 'outlet' | 'title' | 'published' | 'url'>;
/** The full dataset or the browser's index. */
export interface DeckData<E extends DeckEvent = DeckEvent> {
  events: E[];
  actors: DatasetActor[];
  documents: DeckDocument[];
}

export interface DeckQuote {
  text: string;
  documentId: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
}

export interface DeckStep {
  /** 1-based */
  n: number;
  kind: 'event' | 'actor' | 'window';
  /** the event id, actor id or "from..to" the step names */
  ref: string;
  title: string;
  /** a display date ("18 February 2025", "12 – 18 February 2025") */
  when: string;
  /** the step's events in time order (one for an event step) */
  eventIds: string[];
  /** the main event (the step's event, or the best-evidenced of its events) */
  eventId: string | null;
  /** actors to highlight */
  actorIds: string[];
  /** the actor a step is about */
  actorId: string | null;
  /** the days the timeline marks for the step: [first, last] or null when undated */
  span: { from: string; to: string } | null;
  quote: DeckQuote | null;
  caption: string | null;
  notes: string | null;
  /** set when the step names something the dataset no longer has */
  missing: string | null;
}

export interface Deck {
  /** the story id, or null for a deck made from a filter */
  storyId: string | null;
  title: string;
  introduction: string | null;
  steps: DeckStep[];
}

/** A story as the pages pass it to the browser: already validated at build. */
export interface StoryData {
  id: string;
  story: StoryFile;
}

/** First and last day a partial date covers. */
function daySpan(date: string): { from: string; to: string } {
  if (date.length === 10) return { from: date, to: date };
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { from: `${date}-01`, to: `${date}-${String(last).padStart(2, '0')}` };
  }
  return { from: `${date}-01-01`, to: `${date}-12-31` };
}

function spanOf(events: DeckEvent[]): { from: string; to: string } | null {
  const spans = events.filter((e) => e.date).map((e) => daySpan(e.date!));
  if (!spans.length) return null;
  return { from: spans.map((s) => s.from).sort()[0], to: spans.map((s) => s.to).sort().at(-1)! };
}

export function formatDayRange(from: string, to: string): string {
  if (from === to) return formatPartialDate(from);
  const [a, b] = [formatPartialDate(from).split(' '), formatPartialDate(to).split(' ')];
  if (a[2] === b[2] && a[1] === b[1]) return `${a[0]} – ${b.join(' ')}`;
  if (a[2] === b[2]) return `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${a.join(' ')} – ${b.join(' ')}`;
}

/** The quote a step shows: the event's first evidence with its document (none for an index event: fetch it). */
export function keyQuote(e: DeckEvent, docs: Map<string, DeckDocument>): DeckQuote | null {
  if (!('evidence' in e)) return null;
  for (const ev of e.evidence) {
    const d = docs.get(ev.documentId);
    if (!d) continue;
    return { text: ev.quote, documentId: d.id, outlet: d.outlet, title: d.title, published: d.published, url: d.url };
  }
  return null;
}

/** How many documents back an event: the same count from the index and the full data. */
function sourceCount(e: DeckEvent): number {
  return new Set(documentIdsOf(e)).size;
}

/** The best-evidenced event of a list (most documents; ties: the earlier), as a step's main event. */
function mainEvent<E extends DeckEvent>(events: E[]): E | null {
  return [...events].sort((a, b) => sourceCount(b) - sourceCount(a) || compareByDate(a, b))[0] ?? null;
}

interface Ctx {
  events: Map<string, DeckEvent>;
  docs: Map<string, DeckDocument>;
  dataset: DeckData;
}

function ctxOf(dataset: DeckData): Ctx {
  return { events: new Map(dataset.events.map((e) => [e.id, e])), docs: new Map(dataset.documents.map((d) => [d.id, d])), dataset };
}

function eventStep(e: DeckEvent, ctx: Ctx, n: number, caption: string | null, notes: string | null): DeckStep {
  return {
    n,
    kind: 'event',
    ref: e.id,
    title: e.title,
    when: formatPartialDate(e.date),
    eventIds: [e.id],
    eventId: e.id,
    actorIds: actorsOfEvent(e),
    actorId: null,
    span: e.date ? daySpan(e.date) : null,
    quote: keyQuote(e, ctx.docs),
    caption,
    notes,
    missing: null,
  };
}

function missingStep(n: number, kind: DeckStep['kind'], ref: string, what: string, caption: string | null, notes: string | null): DeckStep {
  return { n, kind, ref, title: caption ?? ref, when: '', eventIds: [], eventId: null, actorIds: [], actorId: null, span: null, quote: null, caption, notes, missing: what };
}

/** A deck from a story file: one step per story step, in the story's order. */
export function storyDeck(s: StoryData, dataset: DeckData): Deck {
  const ctx = ctxOf(dataset);
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const steps = s.story.steps.map((step, i): DeckStep => {
    const n = i + 1;
    const caption = step.caption ?? null;
    const notes = step.notes ?? null;
    if (step.event !== undefined) {
      const e = ctx.events.get(step.event);
      return e ? eventStep(e, ctx, n, caption, notes) : missingStep(n, 'event', step.event, `the event '${step.event}' is not in the dataset`, caption, notes);
    }
    if (step.actor !== undefined) {
      const a = actors.get(step.actor);
      if (!a) return missingStep(n, 'actor', step.actor, `the actor '${step.actor}' is not in the dataset`, caption, notes);
      const evs = dataset.events.filter((e) => e.participants.includes(a.id) || e.respondsTo.includes(a.id)).sort(compareByDate);
      const main = mainEvent(evs);
      const span = spanOf(evs);
      return {
        n,
        kind: 'actor',
        ref: a.id,
        title: a.role ? `${a.name}, ${a.role}` : a.name,
        when: span ? formatDayRange(span.from, span.to) : '',
        eventIds: evs.map((e) => e.id),
        eventId: main?.id ?? null,
        actorIds: [...new Set([a.id, ...evs.flatMap(actorsOfEvent)])].sort(),
        actorId: a.id,
        span,
        quote: main ? keyQuote(main, ctx.docs) : null,
        caption,
        notes,
        missing: null,
      };
    }
    const from = step.from!;
    const to = step.to!;
    const evs = dataset.events.filter((e) => inWindow(e.date, from, to)).sort(compareByDate);
    const main = mainEvent(evs);
    return {
      n,
      kind: 'window',
      ref: `${from}..${to}`,
      title: formatDayRange(from, to),
      when: formatDayRange(from, to),
      eventIds: evs.map((e) => e.id),
      eventId: main?.id ?? null,
      actorIds: [...new Set(evs.flatMap(actorsOfEvent))].sort(),
      actorId: null,
      span: { from, to },
      quote: main ? keyQuote(main, ctx.docs) : null,
      caption,
      notes,
      missing: null,
    };
  });
  return { storyId: s.id, title: s.story.title, introduction: s.story.introduction ?? null, steps };
}

/**
 * A deck over the current filter: one step per dated event in the window
 * (all dated events without one), in time order.
 */
export function windowDeck(dataset: DeckData, from: string | null, to: string | null): Deck {
  const ctx = ctxOf(dataset);
  const evs = dataset.events.filter((e) => e.date && (!from && !to ? true : inWindow(e.date, from, to))).sort(compareByDate);
  const title =
    from && to ? `Events, ${formatDayRange(from, to)}` : from ? `Events from ${formatPartialDate(from)}` : to ? `Events until ${formatPartialDate(to)}` : 'All dated events';
  return { storyId: null, title, introduction: null, steps: evs.map((e, i) => eventStep(e, ctx, i + 1, null, null)) };
}

/** Every event a deck shows, in time order, without repeats (for the timeline strip and the handout). */
export function deckEvents<E extends DeckEvent>(deck: Deck, dataset: DeckData<E>): E[] {
  const ids = new Set(deck.steps.flatMap((s) => s.eventIds));
  return dataset.events.filter((e) => ids.has(e.id)).sort(compareByDate);
}
