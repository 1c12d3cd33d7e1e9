/**
 * The presentation's URL: /present/?story=<id>&step=<n> or
 * /present/?from=…&to=…&step=<n> (a deck over the current filter; `event`
 * opens at that event's step). Pure parse/serialize, browser-safe.
 */
export interface DeckParams {
  story: string | null;
  from: string | null;
  to: string | null;
  /** 1-based, null: the first step (or the step of `event`) */
  step: number | null;
  /** the explorer's selected event when the presentation was opened */
  event: string | null;
}

interface ParamsLike {
  get(name: string): string | null;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDeckParams(p: ParamsLike): DeckParams {
  const id = (v: string | null) => (v && ID.test(v) ? v : null);
  const day = (v: string | null) => (v && DAY.test(v) ? v : null);
  const n = Number(p.get('step'));
  return { story: id(p.get('story')), from: day(p.get('from')), to: day(p.get('to')), step: Number.isInteger(n) && n >= 1 ? n : null, event: id(p.get('event')) };
}

/** "?story=x&step=3" — the deck's own parameters and the step, in a fixed order. */
export function deckQuery(p: DeckParams, step: number): string {
  const q = new URLSearchParams();
  if (p.story) q.set('story', p.story);
  else {
    if (p.from) q.set('from', p.from);
    if (p.to) q.set('to', p.to);
  }
  q.set('step', String(step));
  return `?${q.toString()}`;
}

/** A key naming the deck (not the step), shared by the projected window and the presenter view. */
export function deckKey(p: DeckParams): string {
  return p.story ? `story:${p.story}` : `window:${p.from ?? ''}..${p.to ?? ''}`;
}

/** Where Esc goes: the explorer with the current step's event (or actor) selected, in the same window. */
export function explorerQuery(p: DeckParams, step: { eventId: string | null; actorId: string | null; kind: string } | null): string {
  const q = new URLSearchParams();
  if (step?.kind === 'actor' && step.actorId) q.set('actor', step.actorId);
  else if (step?.eventId) q.set('event', step.eventId);
  if (!p.story) {
    if (p.from) q.set('from', p.from);
    if (p.to) q.set('to', p.to);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
