/**
 * The URL is the single source of truth for selection and view:
 *   ?event=<id>&actor=<id>&doc=<id>&edge=<kind:source:target>
 *   &from=YYYY-MM-DD&to=YYYY-MM-DD            the timeline window
 *   &follow=1 | &slice=upto                    the network: in the window / up to its end
 *   &view=table&pane=network|details           table view; the pane shown on a phone
 *   &chart=1                                   a phone's timeline pane drawn as the chart (default: the list)
 *   &type=call,meeting&with=<actor ids>&aff=<affiliations>&src=<document ids>
 *   &since=YYYY-MM-DD&until=YYYY-MM-DD&status=planned,denied&conf=60   filters
 * Pure parse/serialize; the React hook lives in components/use-held-url.ts.
 */
import { EventStatus, EventType } from './schema-enums';
import { NO_FILTERS, type Filters } from './filters';
import type { SliceMode } from './ui/slice';

export type View = 'charts' | 'table';
export type Pane = 'timeline' | 'network' | 'details';

export interface UrlState {
  event: string | null;
  actor: string | null;
  /** a document opened in the detail panel */
  doc: string | null;
  /** a network link opened in the detail panel: "<kind>:<source>:<target>" */
  edge: string | null;
  from: string | null;
  to: string | null;
  /** the network shows the window's events only (same as slice === 'window') */
  follow: boolean;
  slice: SliceMode;
  view: View;
  /** which pane a phone shows (one at a time) */
  pane: Pane;
  /** a phone's timeline pane as the chart instead of the window's list (wide screens always draw the chart) */
  chart: boolean;
  filters: Filters;
}

export const EMPTY_URL_STATE: UrlState = {
  event: null,
  actor: null,
  doc: null,
  edge: null,
  from: null,
  to: null,
  follow: false,
  slice: 'all',
  view: 'charts',
  pane: 'timeline',
  chart: false,
  filters: NO_FILTERS,
};

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EDGE = /^(met|called|responded_to):[a-z0-9-]{1,100}:[a-z0-9-]{1,100}$/;

function validDay(s: string | null): string | null {
  if (!s || !DAY.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
}

function validId(s: string | null): string | null {
  return s && ID.test(s) ? s : null;
}

/** A comma-separated list: valid, distinct, sorted (so one filter has one URL). */
function list<T extends string>(s: string | null, valid: (x: string) => boolean): T[] {
  if (!s) return [];
  return [...new Set(s.split(',').map((x) => x.trim()).filter((x) => x && valid(x)))].sort() as T[];
}

const TEXT = (x: string) => x.length <= 120 && !/[<>\u0000-\u001f]/.test(x);

interface ParamsLike {
  get(name: string): string | null;
}

export function parseFilters(p: ParamsLike): Filters {
  let since = validDay(p.get('since'));
  let until = validDay(p.get('until'));
  if (since && until && since > until) [since, until] = [until, since];
  const conf = Number(p.get('conf'));
  return {
    types: list(p.get('type'), (x) => (EventType as readonly string[]).includes(x)),
    actors: list(p.get('with'), (x) => ID.test(x)),
    affiliations: list(p.get('aff'), TEXT),
    documents: list(p.get('src'), (x) => ID.test(x)),
    since,
    until,
    statuses: list(p.get('status'), (x) => (EventStatus as readonly string[]).includes(x)),
    minConfidence: Number.isFinite(conf) && conf > 0 ? Math.min(100, Math.round(conf)) / 100 : 0,
  };
}

export function parseUrlState(input: string | ParamsLike): UrlState {
  const p: ParamsLike = typeof input === 'string' ? new URLSearchParams(input.replace(/^\?/, '')) : input;
  let from = validDay(p.get('from'));
  let to = validDay(p.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  const sliceParam = p.get('slice');
  const slice: SliceMode = sliceParam === 'upto' ? 'upto' : sliceParam === 'window' || p.get('follow') === '1' ? 'window' : 'all';
  const pane = p.get('pane');
  const edge = p.get('edge');
  return {
    event: validId(p.get('event')),
    actor: validId(p.get('actor')),
    doc: validId(p.get('doc')),
    edge: edge && EDGE.test(edge) ? edge : null,
    from,
    to,
    follow: slice === 'window',
    slice,
    view: p.get('view') === 'table' ? 'table' : 'charts',
    pane: pane === 'network' || pane === 'details' ? pane : 'timeline',
    chart: p.get('chart') === '1',
    filters: parseFilters(p),
  };
}

/** "?event=…&actor=…" in a fixed key order, or "" when everything is default. */
export function serializeUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.event) q.set('event', s.event);
  if (s.actor) q.set('actor', s.actor);
  if (s.doc) q.set('doc', s.doc);
  if (s.edge) q.set('edge', s.edge);
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.slice === 'window' || (s.slice === undefined && s.follow)) q.set('follow', '1');
  if (s.slice === 'upto') q.set('slice', 'upto');
  if (s.view === 'table') q.set('view', 'table');
  if (s.pane && s.pane !== 'timeline') q.set('pane', s.pane);
  if (s.chart) q.set('chart', '1');
  const f = s.filters ?? NO_FILTERS;
  const join = (xs: string[]) => [...new Set(xs)].sort().join(',');
  if (f.types.length) q.set('type', join(f.types));
  if (f.actors.length) q.set('with', join(f.actors));
  if (f.affiliations.length) q.set('aff', join(f.affiliations));
  if (f.documents.length) q.set('src', join(f.documents));
  if (f.since) q.set('since', f.since);
  if (f.until) q.set('until', f.until);
  if (f.statuses.length) q.set('status', join(f.statuses));
  if (f.minConfidence > 0) q.set('conf', String(Math.round(f.minConfidence * 100)));
  const str = q.toString();
  return str ? `?${str}` : '';
}

/** A patch applied to the state; `follow` and `slice` are kept in agreement (follow = in the window). */
export function patchUrlState(s: UrlState, patch: Partial<UrlState>): UrlState {
  const next = { ...s, ...patch };
  if (patch.slice !== undefined) next.follow = patch.slice === 'window';
  else if (patch.follow !== undefined) next.slice = patch.follow ? 'window' : 'all';
  if (patch.filters) next.filters = { ...s.filters, ...patch.filters };
  return next;
}
