import { describe, expect, it } from 'vitest';
import type { DatasetActor } from '../schema';
import { documentRuns, findMentions } from './document-marks';

const actor = (id: string, name: string, forms: string[] = []): DatasetActor => ({
  id,
  name,
  kind: 'person',
  affiliation: null,
  aliases: [],
  role: null,
  discovered: false,
  surfaceForms: forms,
  eventCount: 1,
});

const text = 'Menu\nAna Kovač met Tanja Fajon in Zagreb. Kovač said talks went well.\nRelated: Fajon quits';
const kept: [number, number][] = [[5, 70]];
const doc = { id: 'd', text, kept };

describe('findMentions', () => {
  it('finds every form as a whole word, longest first, only in kept text', () => {
    const ms = findMentions(doc, [actor('ana-kovac', 'Ana Kovač', ['Kovač']), actor('tanja-fajon', 'Tanja Fajon', ['Fajon'])]);
    expect(ms.map((m) => [text.slice(m.start, m.end), m.actorId])).toEqual([
      ['Ana Kovač', 'ana-kovac'],
      ['Tanja Fajon', 'tanja-fajon'],
      ['Kovač', 'ana-kovac'],
    ]);
  });
  it('ignores a form inside a longer word and a form two actors share', () => {
    const ms = findMentions({ text: 'Kovačić and Lee met Lee.', kept: [[0, 24]] }, [
      actor('a', 'Kovač'),
      actor('b', 'X', ['Lee']),
      actor('c', 'Y', ['Lee']),
    ]);
    expect(ms).toEqual([]);
  });
});

describe('documentRuns', () => {
  it('cuts the text into kept/aside, evidence and mention runs that cover it exactly', () => {
    const start = text.indexOf('Ana');
    const end = text.indexOf('.') + 1;
    const mentions = findMentions(doc, [actor('ana-kovac', 'Ana Kovač')]);
    const runs = documentRuns(doc, [{ id: 'e1', evidence: [{ documentId: 'd', quote: '', start, end }] }], mentions);
    expect(runs[0]).toMatchObject({ start: 0, end: 5, kept: false, events: [] });
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
    const mention = runs.find((r) => r.actor === 'ana-kovac')!;
    expect(text.slice(mention.start, mention.end)).toBe('Ana Kovač');
    expect(mention.events).toEqual(['e1']);
    const last = runs.find((r) => r.quoteEnd)!;
    expect(last.end).toBe(end);
    expect(last.quoteEnd).toEqual(['e1']);
    expect(runs.at(-1)).toMatchObject({ kept: false, events: [] });
  });
  it('ignores evidence from other documents', () => {
    const runs = documentRuns(doc, [{ id: 'e1', evidence: [{ documentId: 'other', quote: '', start: 0, end: 10 }] }], []);
    expect(runs.every((r) => r.events.length === 0)).toBe(true);
  });
});
