import { describe, expect, it } from 'vitest';
import type { Correction, DatasetEvent } from '../schema';
import { keepEvents, keepStage, namedByCorrections } from './keep';
import type { KeepContext, KeepDoc } from './keep/features';
import type { KeepModel } from './keep/rows';
import type { SentencedDoc } from './types';
import { keepEvent } from './keep/test-kit';

const text = 'Avalon, May 9. Alder met Birch in Avalon on Thursday. Cedar said last month: “We spoke to Nordvik.”';
const doc: KeepDoc = { id: 'doc-1', published: '2031-05-10', kind: 'article', outlet: 'Ex Daily', text, kept: [{ start: 0, end: text.length }] };
const ctx: KeepContext = { docs: new Map([[doc.id, doc]]), actor: () => ({ kind: 'person', discovered: false }) };

const event = (id: string, type: DatasetEvent['type'], quote: string, date: string) => keepEvent(doc, id, type, quote, date);

const meeting = event('meeting-2031-05-08-alder-birch', 'meeting', 'Alder met Birch in Avalon on Thursday.', '2031-05-08');
const call = event('call-2031-04-15-cedar-nordvik', 'call', 'We spoke to Nordvik.', '2031-04-15');
// a model that weighs against calls told inside a quotation weeks before the report
const model = { weights: { bias: 1, 'type:call': -1, 'in-quotation:all': -1, 'date-lag:15+': -1 }, threshold: 0.5, ruleVocabulary: [] };

describe('keep stage', () => {
  it('drops the events scoring below the threshold and keeps the others as the same objects', () => {
    const events = [meeting, call];
    const r = keepEvents(events, ctx, model);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toBe(meeting);
    expect(r.dropped.map((d) => d.eventId)).toEqual([call.id]);
    expect(r.dropped[0].against.map((a) => a.id)).toEqual(['date-lag:15+', 'in-quotation:all', 'type:call']);
    expect(r.dropped[0].score).toBeLessThan(0.5);
  });

  it("an editor's correction naming a dropped event's id keeps it", () => {
    const corrections: Correction[] = [{ op: 'edit-event', event: call.id, note: 'the call did happen' }];
    const r = keepEvents([meeting, call], ctx, model, namedByCorrections(corrections));
    expect(r.events).toEqual([meeting, call]);
    expect(r.events[1]).toBe(call);
    expect(r.dropped).toEqual([]);
  });

  it('collects event ids from every kind of correction that names events', () => {
    const ids = namedByCorrections([
      { op: 'drop-event', event: 'a' },
      { op: 'merge-events', events: ['b', 'c'] },
    ] as Correction[]);
    expect([...ids].sort()).toEqual(['a', 'b', 'c']);
  });

  const sdoc = { id: doc.id, meta: { published: doc.published, kind: doc.kind, outlet: doc.outlet }, body: text, kept: doc.kept } as unknown as SentencedDoc;
  const adopted: KeepModel = { adopted: true, threshold: 0.5, ruleVocabulary: [], rows: Object.entries(model.weights).map(([id, effect]) => ({ id, pattern: id, effect, example: id })) };

  it('keepStage: filters when the model is adopted, returns the very list when not adopted or turned off', () => {
    const events = [meeting, call];
    expect(keepStage(events, [sdoc], new Map(), { corrections: [] }, adopted).events).toEqual([meeting]);
    expect(keepStage(events, [sdoc], new Map(), { corrections: [], keep: 'off' }, adopted).events).toBe(events);
    expect(keepStage([meeting], [sdoc], new Map(), { corrections: [] }, { ...adopted, adopted: false }).events).toEqual([meeting]);
    const fresh = [meeting];
    expect(keepStage(fresh, [sdoc], new Map(), { corrections: [] }, { ...adopted, adopted: false }).events).toBe(fresh);
  });

  it('keepStage: the stale rules run even when the model is not adopted (the call, 25 days before its report, demoted)', () => {
    const r = keepStage([meeting, call], [sdoc], new Map(), { corrections: [] }, { ...adopted, adopted: false });
    expect(r.events.map((e) => e.id)).toEqual([meeting.id, call.id]);
    expect(r.events[1].rules).toContainEqual({ stage: 'keep', rule: 'stale-background' });
    expect(r.events[1].confidence).toBeLessThan(0.5);
  });
});

describe('keep model rows (lang/en-keep.ts)', () => {
  it('each row is a feature some family emits (or the intercept), with its pattern and an example; weights rounded', async () => {
    const { KEEP_MODEL } = await import('./lang/en-keep');
    const { FEATURE_FAMILIES } = await import('./keep/features');
    for (const r of KEEP_MODEL.rows) {
      expect(r.pattern.length).toBeGreaterThan(3);
      expect(r.example.length).toBeGreaterThan(1);
      expect(Math.round(r.effect * 10_000) / 10_000).toBe(r.effect);
      if (r.id === 'bias') continue;
      const family = r.id.startsWith('rule-other:') ? 'rule' : r.id.slice(0, r.id.indexOf(':'));
      expect(FEATURE_FAMILIES.map((f) => f.id)).toContain(family);
    }
    for (const id of KEEP_MODEL.ruleVocabulary) expect(id).toMatch(/^rule:[a-zA-Z]+:[\w-]+$/);
  });
});
