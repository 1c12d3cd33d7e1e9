import { describe, expect, it } from 'vitest';
import { dateSpan, inWindow, describeDateInfo, escapeHtml, formatCount, formatPartialDate, formatShortDate, isHttpUrl, overlapsWindow } from './format';

describe('format', () => {
  it('shows the precision of a date', () => {
    expect(formatPartialDate('2025-02-18')).toBe('18 February 2025');
    expect(formatPartialDate('2025-02')).toBe('February 2025');
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate(null)).toBe('Undated');
    expect(formatShortDate('2025-12-01')).toBe('1 Dec 2025');
  });

  it('spans months and years in UTC', () => {
    expect(dateSpan('2025-02')).toEqual({ start: '2025-02-01', end: '2025-03-01' });
    expect(dateSpan('2024-12')).toEqual({ start: '2024-12-01', end: '2025-01-01' });
    expect(dateSpan('2025')).toEqual({ start: '2025-01-01', end: '2026-01-01' });
    expect(dateSpan('2025-02-28')).toEqual({ start: '2025-02-28', end: '2025-03-01' });
  });

  it('tests window overlap', () => {
    expect(overlapsWindow('2025-02-18', '2025-02-18', '2025-02-18')).toBe(true);
    expect(overlapsWindow('2025-02-17', '2025-02-18', null)).toBe(false);
    expect(overlapsWindow('2025-02', '2025-02-20', '2025-03-10')).toBe(true);
    expect(overlapsWindow('2025-03', null, '2025-02-28')).toBe(false);
    expect(overlapsWindow(null, null, null)).toBe(false);
  });

  it('counts a month only when the window covers half of it', () => {
    expect(inWindow('2025-02-17', '2025-02-16', '2025-02-19')).toBe(true);
    expect(inWindow('2025-02', '2025-02-16', '2025-02-19')).toBe(false);
    expect(inWindow('2025-02', '2025-02-01', '2025-02-14')).toBe(true);
    expect(inWindow('2025-02', '2025-01-20', '2025-03-20')).toBe(true);
    expect(inWindow('2025', '2025-01-01', '2025-03-01')).toBe(false);
    expect(inWindow(null, null, null)).toBe(false);
  });

  it('describes how a date was found', () => {
    expect(describeDateInfo({ expression: 'last week', reference: 'published 2025-02-18', precision: 'day' })).toBe(
      'from ‘last week’, published 2025-02-18',
    );
    expect(describeDateInfo({ expression: null, reference: null, precision: null })).toBeNull();
  });

  it('escapes HTML and only trusts http(s) links', () => {
    expect(escapeHtml('<img src=x onerror="a">&')).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;');
    expect(isHttpUrl('https://example.org')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl(null)).toBe(false);
  });
});

describe('formatCount', () => {
  it('writes whole numbers as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 1338, 12345, 122817, 1234567, 1000000, 9007199254740991]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
  it('leaves anything else to Intl', () => {
    for (const n of [-1500, 1234.5, NaN, Infinity]) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});
