import { describe, expect, it } from 'vitest';
import { serialize, deserialize } from 'node:v8';
import { prepareDoc } from '../index';
import type { SourceDoc } from '../types';
import { packDoc, packResult, packTask, SHARED_MAX, Strings, unpackDoc, unpackResult, unpackTask } from './protocol';

const source: SourceDoc = {
  id: 'doc-a',
  body: 'Minister Ana Kovač met “the envoy” in Nordvik on Tuesday.\n\nThey talked,, at length — and agreed.\nNo deal yet.',
  meta: { title: 'A visit', outlet: 'The Daily', published: '2025-02-18', kind: 'article' },
} as SourceDoc;

/** as postMessage clones it */
const clone = <T>(x: T): T => deserialize(serialize(x)) as T;

describe('documents packed for the workers', () => {
  it('crosses a clone and comes back equal, fields in order, sentences slices of the body', () => {
    const p = prepareDoc(source);
    expect(p.doc.sentences.length).toBeGreaterThan(1);
    const back = unpackDoc(clone(packDoc(p.doc)));
    expect(back).toStrictEqual(p.doc);
    expect(JSON.stringify(back)).toBe(JSON.stringify(p.doc));
    // a sentence whose normalised text differs keeps it
    expect(back.sentences.some((s) => s.norm !== s.text)).toBe(true);
  });

  it('round-trips every kind of task and the prepared answer', () => {
    const p = prepareDoc(source);
    for (const kind of ['facts', 'who'] as const) {
      const t = clone(packTask(kind, p.doc));
      unpackTask(kind, t);
      expect(t).toStrictEqual(p.doc);
    }
    const second = clone(packTask('who-second', { doc: p.doc, data: { x: 1 } }));
    unpackTask('who-second', second);
    expect(second).toStrictEqual({ doc: p.doc, data: { x: 1 } });
    const ev = clone(packTask('events', { prepared: p, input: { y: 2 } }));
    unpackTask('events', ev);
    expect(JSON.stringify(ev)).toBe(JSON.stringify({ prepared: p, input: { y: 2 } }));
    const r = clone(packResult('prepare', p));
    unpackResult('prepare', r);
    expect(JSON.stringify(r)).toBe(JSON.stringify(p));
  });

  it('leaves a document whose sentences are not its body’s slices as it is', () => {
    const p = prepareDoc(source);
    const odd = { ...p.doc, sentences: p.doc.sentences.map((s, i) => (i === 1 ? { ...s, text: 'something else' } : s)) };
    expect(packDoc(odd)).toBe(odd);
    const empty = { ...p.doc, sentences: [] };
    expect(packDoc(empty)).toBe(empty);
  });
});

describe('one copy of each short string of the answers', () => {
  it('leaves every answer equal, in its order, with one copy of each short value across answers', () => {
    const long = 'x'.repeat(SHARED_MAX + 1);
    const answer = () => ({
      mentions: [{ docId: 'doc-a', surface: 'Ana Kovač', actorId: 'ana-kovac', via: 'name', score: 0.5 }],
      rules: [{ stage: 'participants', rule: 'subject-object' }],
      words: new Set(['envoy', 'visit', 'talks']),
      byId: new Map([['ana-kovac', ['name', 'alias']]]),
      quote: long,
      empty: new Set<string>(),
      typed: new Int32Array([1, 2]),
    });
    const a = clone(answer());
    const b = clone(answer());
    const aWords = a.words;
    const s = new Strings();
    for (const r of [a, b]) unpackResult('events', r, s);
    for (const r of [a, b]) {
      expect(r).toStrictEqual(answer());
      expect(JSON.stringify({ ...r, words: [...r.words], byId: [...r.byId] })).toBe(JSON.stringify({ ...answer(), words: ['envoy', 'visit', 'talks'], byId: [['ana-kovac', ['name', 'alias']]] }));
    }
    // the Set is the same object, its entries in their order
    expect(a.words).toBe(aWords);
    expect([...b.words]).toEqual(['envoy', 'visit', 'talks']);
    // short values counted once across both answers; the long one not kept
    expect(s.size).toBe(10);
    expect(s.one(long)).toBe(long);
    expect(s.size).toBe(10);
  });

  it('still unpacks a prepared document after making its strings one copy', () => {
    const p = prepareDoc(source);
    const r = clone(packResult('prepare', p));
    unpackResult('prepare', r, new Strings());
    expect(JSON.stringify(r)).toBe(JSON.stringify(p));
  });
});
