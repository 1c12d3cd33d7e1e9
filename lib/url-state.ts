/**
 * The URL is the single source of truth for selection and view:
 *   ?event=<id>&actor=<id>&doc=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD&follow=1&view=table
 * Pure parse/serialize; the React hook lives in lib/ui/use-url-state.ts.
 */

export type View = 'charts' | 'table';

export interface UrlState {
  event: string | null;
  actor: string | null;
  /** a document opened in the detail panel */
  doc: string | null;
  from: string | null;
  to: string | null;
  follow: boolean;
  view: View;
}

export const EMPTY_URL_STATE: UrlState = { event: null, actor: null, doc: null, from: null, to: null, follow: false, view: 'charts' };

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(s: string | null): string | null {
  if (!s || !DAY.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
}

function validId(s: string | null): string | null {
  return s && ID.test(s) ? s : null;
}

interface ParamsLike {
  get(name: string): string | null;
}

export function parseUrlState(input: string | ParamsLike): UrlState {
  const p: ParamsLike = typeof input === 'string' ? new URLSearchParams(input.replace(/^\?/, '')) : input;
  let from = validDay(p.get('from'));
  let to = validDay(p.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    event: validId(p.get('event')),
    actor: validId(p.get('actor')),
    doc: validId(p.get('doc')),
    from,
    to,
    follow: p.get('follow') === '1',
    view: p.get('view') === 'table' ? 'table' : 'charts',
  };
}

/** "?event=…&actor=…" in a fixed key order, or "" when everything is default. */
export function serializeUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.event) q.set('event', s.event);
  if (s.actor) q.set('actor', s.actor);
  if (s.doc) q.set('doc', s.doc);
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.follow) q.set('follow', '1');
  if (s.view === 'table') q.set('view', 'table');
  const str = q.toString();
  return str ? `?${str}` : '';
}

export function patchUrlState(s: UrlState, patch: Partial<UrlState>): UrlState {
  return { ...s, ...patch };
}
