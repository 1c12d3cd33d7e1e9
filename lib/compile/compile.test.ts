/**
 * Integration: the real data/ through load() and compile(). Checks the
 * happenings every stage must get right on the five sample documents.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { load } from './load';
import { compile } from './index';
import type { CompileInputs, SourceDoc } from './types';
import type { DatasetEvent } from '../schema';

const root = join(__dirname, '..', '..');
const inputs = load(join(root, 'data'), root);
const result = compile(inputs);
const events = result.dataset.events;

const docsOf = (e: DatasetEvent) => [...new Set(e.evidence.map((x) => x.documentId))].sort();
const has = (e: DatasetEvent, ...ids: string[]) => ids.every((id) => e.participants.includes(id));

describe('compile() on the sample documents', () => {
  it('reports the Trump–Putin call once, citing every document that tells of it', () => {
    const calls = events.filter((e) => e.type === 'call' && e.status === 'happened' && has(e, 'donald-trump', 'vladimir-putin'));
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call.date?.startsWith('2025-02')).toBe(true);
    expect(docsOf(call)).toEqual(expect.arrayContaining(['dw-riyadh-live-transcript', 'epoch-times-riyadh-paraphrase', 'washington-examiner-riyadh']));
  });

  it('dates the Rubio–Lavrov call three days before the talks: 2025-02-15', () => {
    const calls = events.filter((e) => e.type === 'call' && has(e, 'marco-rubio', 'sergei-lavrov'));
    expect(calls).toHaveLength(1);
    expect(calls[0].date).toBe('2025-02-15');
    expect(docsOf(calls[0])).toContain('bbc-negotiators');
  });

  it('makes one Riyadh meeting of 2025-02-18 with both delegations, from all four reports', () => {
    const meetings = events.filter((e) => e.type === 'meeting' && e.status === 'happened' && has(e, 'marco-rubio', 'sergei-lavrov'));
    expect(meetings).toHaveLength(1);
    const [m] = meetings;
    expect(m.date).toBe('2025-02-18');
    expect(m.location).toMatch(/Riyadh/);
    expect(m.participants.length).toBeGreaterThanOrEqual(5);
    expect(has(m, 'mike-waltz', 'steve-witkoff', 'yuri-ushakov')).toBe(true);
    expect(docsOf(m)).toEqual(expect.arrayContaining(['bbc-negotiators', 'dw-riyadh-live-transcript', 'epoch-times-riyadh-paraphrase', 'washington-examiner-riyadh']));
    const met = result.dataset.edges.find((x) => x.kind === 'met' && x.source === 'marco-rubio' && x.target === 'sergei-lavrov');
    expect(met?.eventIds).toContain(m.id);
  });

  it('gives every statement a speaker that is a person or an organisation', () => {
    const kinds = new Map(result.dataset.actors.map((a) => [a.id, a.kind]));
    const statements = events.filter((e) => e.type === 'statement');
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      expect(s.participants.length).toBeGreaterThan(0);
      expect(['person', 'organization']).toContain(kinds.get(s.participants[0]));
    }
  });

  it('has no duplicate events and only verbatim evidence', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = events.map((e) => `${e.type}|${e.status}|${e.date}|${[...e.participants].sort().join(',')}|${e.evidence[0].documentId}:${e.evidence[0].start}`);
    expect(new Set(keys).size).toBe(keys.length);
    const text = new Map(result.dataset.documents.map((d) => [d.id, d.text]));
    for (const e of events)
      for (const ev of e.evidence) expect(text.get(ev.documentId)!.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('marks plans and cancellations as such', () => {
    const summit = events.find((e) => e.type === 'meeting' && e.status === 'planned' && has(e, 'donald-trump', 'vladimir-putin'));
    expect(summit).toBeDefined();
    const london = events.find((e) => e.type === 'meeting' && e.status === 'cancelled' && e.participants.includes('marco-rubio'));
    expect(london?.date).toBe('2025-04-23');
  });

  it('gives the same bytes for the same inputs, whatever the document order', () => {
    const again = compile(inputs);
    expect(JSON.stringify(again.dataset)).toBe(JSON.stringify(result.dataset));
    const reversed: CompileInputs = { ...inputs, documents: [...inputs.documents].reverse() };
    expect(JSON.stringify(compile(reversed).dataset)).toBe(JSON.stringify(result.dataset));
  });

  it('keeps the ids of existing events when an unrelated document is added', () => {
    const extra: SourceDoc = {
      id: 'zz-unrelated',
      file: 'data/documents/zz-unrelated.md',
      meta: { title: 'Harbour news', outlet: 'Harbour Daily', url: null, published: '2025-03-03', kind: 'article' },
      body: 'The harbour master said on Monday that the new pier would open in May.\n',
      bodyLine: 8,
    };
    const more = compile({ ...inputs, documents: [...inputs.documents, extra] });
    const ids = new Set(more.dataset.events.map((e) => e.id));
    for (const e of events) expect(ids.has(e.id)).toBe(true);
  });
});
