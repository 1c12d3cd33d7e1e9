import { describe, expect, it } from 'vitest';
import { FEATURE_FAMILIES, exampleOf, featuresOf, insideQuotation, positionOf, type KeepContext, type KeepDoc } from './features';

describe('keep features: each family emits its example feature on an invented event', () => {
  for (const f of FEATURE_FAMILIES) {
    it(`${f.id}: ${f.exampleFeature}`, () => {
      const { event, ctx } = exampleOf(f);
      expect(f.emit(event, ctx)).toContain(f.exampleFeature);
      expect(featuresOf(event, ctx)).toContain(f.exampleFeature);
    });
  }

  it('feature ids are sorted, each once, and name no document, outlet or participant', () => {
    const { event, ctx } = exampleOf(FEATURE_FAMILIES[0]);
    const fs = featuresOf(event, ctx);
    expect(fs).toEqual([...new Set(fs)].sort());
    for (const f of fs) expect(f).not.toMatch(/alder|cedar|ex-doc|Ex Daily/i);
  });
});

const doc = (text: string, kept?: { start: number; end: number }[]): KeepDoc => ({ id: 'd', published: '2031-05-10', kind: 'article', outlet: 'o', text, kept: kept ?? [{ start: 0, end: text.length }] });
const ctxOf = (d: KeepDoc): KeepContext => ({ docs: new Map([[d.id, d]]), actor: () => undefined });

describe('keep features: position and quotation', () => {
  it('the first paragraph of the running text, skipping page chrome before it', () => {
    const text = 'Menu | Home\n\nAlder met Birch in Avalon.\n\nMore text follows here.';
    const d = doc(text, [{ start: 13, end: text.length }]);
    expect(positionOf(d, 13, ctxOf(d))).toBe('first-paragraph');
    expect(positionOf(d, text.indexOf('More'), ctxOf(d))).toBe('later');
  });

  it('inside a quotation: an opening mark not yet closed in the paragraph', () => {
    const text = 'Cedar said: “We met Birch. It went well.” Alder met Birch.';
    const d = doc(text);
    expect(insideQuotation(d, text.indexOf('It went'), ctxOf(d))).toBe(true);
    expect(insideQuotation(d, text.indexOf('Alder'), ctxOf(d))).toBe(false);
  });

  it('date-lag: an event dated after its first report is after-publication; an undated one none', () => {
    const f = FEATURE_FAMILIES.find((x) => x.id === 'date-lag')!;
    const { event, ctx } = exampleOf(f);
    expect(f.emit({ ...event, date: '2031-05-20' }, ctx)).toEqual(['date-lag:after-publication']);
    expect(f.emit({ ...event, date: null }, ctx)).toEqual(['date-lag:none']);
    expect(f.emit({ ...event, date: '2031-05-10' }, ctx)).toEqual(['date-lag:same-day']);
  });
});
