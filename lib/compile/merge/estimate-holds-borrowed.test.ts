import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { mergeEvents } from '../merge';
import { actorMap, input, makeDoc, TEST_PLACES } from '../what/test-helpers';
import { ESTIMATE_HOLDS_BORROWED, estimateHoldsBorrowed, type EstimateItem } from './estimate-holds-borrowed';

const ACTORS = actorMap([
  ['mara-quist', 'Mara Quist', 'person', 'FD'],
  ['tomas-vell', 'Tomas Vell', 'person', 'EL'],
]);
const FORMS = { 'Mara Quist': 'mara-quist', Quist: 'mara-quist', 'Tomas Vell': 'tomas-vell', Vell: 'tomas-vell' };

describe(ESTIMATE_HOLDS_BORROWED.id, () => {
  const item = (docId: string, date: string, opts: { estimate?: boolean; range?: [string, string]; occasions?: string[]; published?: string; kind?: 'article' | 'transcript'; rule?: string } = {}): EstimateItem => ({
    e: opts.estimate
      ? { docId, date, dateSource: 'published', dateRange: { from: opts.range?.[0] ?? '2025-03-10', to: opts.range?.[1] ?? '2025-03-11' }, rules: [{ stage: 'date', rule: 'reference-day-estimated' }] }
      : { docId, date, dateSource: 'anchored', dateRange: null, rules: [{ stage: 'date', rule: opts.rule ?? 'document-lead-stated-day' }] },
    kind: opts.kind ?? 'article',
    published: opts.published ?? '2025-03-11',
    occasions: opts.occasions ?? [],
  });
  it('an estimate whose span holds another article’s borrowed day, pages a day apart at most', () => {
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true }), item('b', '2025-03-10', { published: '2025-03-10' }))).toBe(true);
    expect(estimateHoldsBorrowed(item('b', '2025-03-10'), item('a', '2025-03-11', { estimate: true }))).toBe(true);
  });
  it('a day outside the span, a day of the remark itself, one page, a transcript, pages far apart or occasions told apart stay two', () => {
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true }), item('b', '2025-03-09'))).toBe(false);
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true }), item('b', '2025-03-10', { rule: 'clause-day' }))).toBe(false);
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true }), item('a', '2025-03-10'))).toBe(false);
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true, kind: 'transcript' }), item('b', '2025-03-10'))).toBe(false);
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true }), item('b', '2025-03-10', { published: '2025-03-08' }))).toBe(false);
    expect(estimateHoldsBorrowed(item('a', '2025-03-11', { estimate: true, occasions: ['occasion-post'] }), item('b', '2025-03-10', { occasions: ['occasion-press'] }))).toBe(false);
  });

  it('merged through mergeEvents, recorded in the trace', () => {
    const mk = (docId: string, body: string, published: string, patch: (e: ReturnType<typeof extractEvents>[number]) => object) => {
      const doc = makeDoc(docId, body, published);
      return { doc, evs: extractEvents(input(doc, ACTORS, FORMS, {}, {})).map((e) => (e.type === 'statement' ? { ...e, ...patch(e) } : e)) };
    };
    const est = mk('e-one', 'Mara Quist said the bridge to Nordvik would be finished within the year.', '2025-03-11', (e) => ({
      date: '2025-03-11',
      dateSource: 'published',
      dateRange: { from: '2025-03-10', to: '2025-03-11' },
      rules: [...(e.rules ?? []), { stage: 'date', rule: 'reference-day-estimated' }],
    }));
    const bor = mk('e-two', 'Quist noted that the talks with Tomas Vell had taken several months.', '2025-03-10', (e) => ({
      date: '2025-03-10',
      dateSource: 'anchored',
      dateRange: null,
      rules: [...(e.rules ?? []), { stage: 'date', rule: 'document-lead-stated-day' }],
    }));
    const out = mergeEvents([...est.evs, ...bor.evs], [est.doc, bor.doc], { actors: ACTORS, places: TEST_PLACES }).events.filter((e) => e.type === 'statement' && e.participants[0] === 'mara-quist');
    expect(out).toHaveLength(1);
    expect(out[0].date).toBe('2025-03-10');
    expect(out[0].rules).toContainEqual({ stage: 'merge', rule: ESTIMATE_HOLDS_BORROWED.id });
  });
});
