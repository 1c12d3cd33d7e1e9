import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState } from './url-state';

describe('url state', () => {
  it('parses every key', () => {
    const s = parseUrlState('?event=meeting-2025-02-18-a&actor=anna-berg&doc=doc-one&from=2025-02-01&to=2025-02-28&follow=1&view=table');
    expect(s).toEqual({
      event: 'meeting-2025-02-18-a',
      actor: 'anna-berg',
      doc: 'doc-one',
      from: '2025-02-01',
      to: '2025-02-28',
      follow: true,
      view: 'table',
    });
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
    const s = { ...EMPTY_URL_STATE, view: 'table' as const, actor: 'x-y', event: 'e1', doc: 'd', follow: true };
    const q = serializeUrlState(s);
    expect(q).toBe('?event=e1&actor=x-y&doc=d&follow=1&view=table');
    expect(parseUrlState(q)).toEqual(s);
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
  });

  it('accepts URLSearchParams', () => {
    expect(parseUrlState(new URLSearchParams('actor=a-b')).actor).toBe('a-b');
  });
});
