import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../adapters/fixtures';
import { encodePaged } from './pages-encode';
import { pagePath } from './pages';
import { CHUNK, fullEvent, splitFiles, toDocumentFiles, toEventChunks, toIndex } from './split';

describe('the explorer split', () => {
  it('the index carries no text and no quote', () => {
    const index = toIndex(FIXTURE, { 'anna-berg': [1, 2] });
    const json = JSON.stringify(index);
    for (const d of FIXTURE.documents) expect(json).not.toContain(d.text.slice(0, 40));
    for (const e of FIXTURE.events) for (const ev of e.evidence) expect(json).not.toContain(ev.quote);
    expect(index.positions).toEqual({ 'anna-berg': [1, 2] });
    expect(index.events[0].documentIds.length).toBeGreaterThan(0);
  });

  it('index + chunk give back every event exactly', () => {
    const index = toIndex(FIXTURE, {});
    const chunks = toEventChunks(FIXTURE);
    expect(chunks).toHaveLength(Math.ceil(FIXTURE.events.length / CHUNK));
    index.events.forEach((e, i) => expect(fullEvent(e, chunks[e.chunk][e.id])).toEqual(FIXTURE.events[i]));
  });

  it('the rules that fired travel with the event (the detail panel shows why it exists)', () => {
    const rules = [{ stage: 'trigger', rule: 'meeting-met' }];
    const data = { ...FIXTURE, events: FIXTURE.events.map((e, i) => (i === 0 ? { ...e, rules } : e)) };
    const e = toIndex(data, {}).events[0];
    expect(fullEvent(e, toEventChunks(data)[e.chunk][e.id]).rules).toEqual(rules);
  });

  it('each document file holds its text and the quotes pointing into it', () => {
    const files = toDocumentFiles(FIXTURE);
    for (const f of files) {
      const doc = FIXTURE.documents.find((d) => d.id === f.id)!;
      expect(f.text).toBe(doc.text);
      for (const q of f.quotes) expect(f.text.slice(q.start, q.end)).toBe(q.quote);
    }
    const quoted = FIXTURE.events.flatMap((e) => e.evidence).length;
    expect(files.reduce((n, f) => n + f.quotes.length, 0)).toBe(quoted);
  });

  it('names every file by path, deterministically', () => {
    const a = splitFiles(FIXTURE, {});
    expect([...a.keys()]).toEqual(['index.json', ...[...encodePaged(toIndex(FIXTURE, {})).pages.keys()].map(pagePath), 'index/documents.json', 'events/0.json', ...FIXTURE.documents.map((d) => `docs/${d.id}.json`)]);
    expect(splitFiles(FIXTURE, {})).toEqual(a);
  });
});
