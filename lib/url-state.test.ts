import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, patchUrlState, serializeUrlState } from './url-state';
import { NO_FILTERS } from './filters';

describe('url state', () => {
  it('parses every key', () => {
    const s = parseUrlState('?event=meeting-2025-02-18-a&actor=anna-berg&doc=doc-one&from=2025-02-01&to=2025-02-28&follow=1&view=table');
    expect(s).toEqual({
      event: 'meeting-2025-02-18-a',
      actor: 'anna-berg',
      doc: 'doc-one',
      edge: null,
      from: '2025-02-01',
      to: '2025-02-28',
      follow: true,
      slice: 'window',
      view: 'table',
      pane: 'timeline',
      chart: false,
      filters: NO_FILTERS,
    });
  });

  it("keeps a phone's chart choice: chart=1 only, anything else is the list", () => {
    expect(parseUrlState('?chart=1').chart).toBe(true);
    expect(parseUrlState('?chart=yes').chart).toBe(false);
    expect(serializeUrlState({ ...EMPTY_URL_STATE, chart: true, pane: 'network' })).toBe('?pane=network&chart=1');
    expect(parseUrlState(serializeUrlState({ ...EMPTY_URL_STATE, chart: true })).chart).toBe(true);
  });

  it('defaults and rejects junk', () => {
    expect(parseUrlState('')).toEqual(EMPTY_URL_STATE);
    const s = parseUrlState('event=%3Cscript%3E&from=2025-02-30&to=soon&view=grid&follow=yes');
    expect(s).toEqual(EMPTY_URL_STATE);
  });

  it('swaps a reversed window', () => {
    const s = parseUrlState('from=2025-03-01&to=2025-02-01');
    expect([s.from, s.to]).toEqual(['2025-02-01', '2025-03-01']);
  });

  it('round-trips in a fixed key order', () => {
    const s = { ...EMPTY_URL_STATE, view: 'table' as const, actor: 'x-y', event: 'e1', doc: 'd', follow: true, slice: 'window' as const };
    const q = serializeUrlState(s);
    expect(q).toBe('?event=e1&actor=x-y&doc=d&follow=1&view=table');
    expect(parseUrlState(q)).toEqual(s);
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
  });

  it('accepts URLSearchParams', () => {
    expect(parseUrlState(new URLSearchParams('actor=a-b')).actor).toBe('a-b');
  });

  it('parses filters, the slice, the edge and the pane, and rejects junk in them', () => {
    const s = parseUrlState(
      '?type=visit,call,bogus&with=b-b,a-a&aff=United%20States,%3Cx%3E&src=doc-1&since=2025-03-01&until=2025-02-01&status=planned,nope&conf=65&slice=upto&edge=met:a-a:b-b&pane=network',
    );
    expect(s.filters).toEqual({
      types: ['call', 'visit'],
      actors: ['a-a', 'b-b'],
      affiliations: ['United States'],
      documents: ['doc-1'],
      since: '2025-02-01',
      until: '2025-03-01',
      statuses: ['planned'],
      minConfidence: 0.65,
    });
    expect([s.slice, s.follow, s.edge, s.pane]).toEqual(['upto', false, 'met:a-a:b-b', 'network']);
    expect(parseUrlState('edge=met:a:%3Cb%3E&pane=x&conf=-4').edge).toBeNull();
    expect(parseUrlState('conf=abc').filters.minConfidence).toBe(0);
  });

  it('round-trips filters in one canonical order', () => {
    const q = '?edge=called%3Aa%3Ab&slice=upto&pane=details&type=call%2Cmeeting&with=a&aff=US&src=d&since=2025-01-01&until=2025-02-01&status=denied&conf=50';
    expect(serializeUrlState(parseUrlState(q))).toBe(q);
  });

  it('keeps follow and slice in agreement when patched', () => {
    const on = patchUrlState(EMPTY_URL_STATE, { follow: true });
    expect([on.slice, on.follow]).toEqual(['window', true]);
    const upto = patchUrlState(on, { slice: 'upto' });
    expect([upto.slice, upto.follow]).toEqual(['upto', false]);
    expect(serializeUrlState(patchUrlState(upto, { follow: false }))).toBe('');
  });
});
