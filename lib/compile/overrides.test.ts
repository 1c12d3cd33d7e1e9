import { describe, expect, it } from 'vitest';
import type { Correction, Dataset, DatasetEvent } from '../schema';
import { CorrectionsFile, Dataset as DatasetSchema } from '../schema';
import { applyCorrections, applyLinkCorrections } from './overrides';

const TEXT_A = 'The foreign ministers met in Ankara on Monday. Later the two spoke by phone.';
const TEXT_B = 'Officials said the ministers “met” on Monday in Ankara.';

function ev(id: string, over: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id,
    type: 'meeting',
    title: `Event ${id}`,
    date: '2025-03-03',
    location: 'Ankara',
    participants: ['ana-alpha', 'bo-beta'],
    evidence: [{ documentId: 'doc-a', quote: TEXT_A.slice(0, 46), start: 0, end: 46 }],
    confidence: 0.8,
    status: 'happened',
    dateInfo: { expression: 'on Monday', reference: 'published 2025-03-04', precision: 'day' },
    respondsTo: [],
    disagreements: [],
    edited: null,
    ...over,
  };
}

function fixture(): Dataset {
  const actor = (id: string, name: string, discovered = false) => ({
    id,
    name,
    kind: 'person' as const,
    affiliation: null,
    aliases: [],
    role: null,
    discovered,
    surfaceForms: [name],
    eventCount: 0,
  });
  return {
    schemaVersion: 1,
    documents: [
      { id: 'doc-a', title: 'A', outlet: 'Out A', url: null, published: '2025-03-04', kind: 'article', text: TEXT_A, kept: [[0, TEXT_A.length]] },
      { id: 'doc-b', title: 'B', outlet: 'Out B', url: null, published: '2025-03-04', kind: 'article', text: TEXT_B, kept: [[0, TEXT_B.length]] },
    ],
    actors: [actor('ana-alpha', 'Ana Alpha'), actor('bo-beta', 'Bo Beta'), actor('cy-gamma', 'Cy Gamma', true), actor('ana-alfa', 'Ana Alfa', true)],
    events: [
      ev('meeting-2025-03-03-ana-alpha-bo-beta', {
        evidence: [
          { documentId: 'doc-a', quote: TEXT_A.slice(0, 46), start: 0, end: 46 },
          { documentId: 'doc-b', quote: TEXT_B, start: 0, end: TEXT_B.length },
        ],
      }),
      ev('call-2025-03-03-ana-alpha-bo-beta', { type: 'call', participants: ['ana-alfa', 'bo-beta'], evidence: [{ documentId: 'doc-a', quote: TEXT_A.slice(47), start: 47, end: TEXT_A.length }] }),
      ev('statement-2025-03-03-cy-gamma', { type: 'statement', participants: ['cy-gamma'] }),
    ],
    edges: [],
  };
}

function run(cs: unknown[], lines?: number[]) {
  const parsed = CorrectionsFile.parse(cs) as Correction[];
  const r = applyCorrections(fixture(), parsed, lines ?? parsed.map((_, i) => 10 + i * 3));
  // every result must still be a valid dataset
  expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
  return r;
}
const byId = (d: Dataset, id: string) => d.events.find((e) => e.id === id);

describe('applyCorrections', () => {
  it('edit-event changes the fields and keeps the machine values', () => {
    const r = run([{ op: 'edit-event', event: 'meeting-2025-03-03-ana-alpha-bo-beta', date: '2025-03-02', location: 'Istanbul', note: 'source B is wrong' }]);
    const e = byId(r.dataset, 'meeting-2025-03-03-ana-alpha-bo-beta')!;
    expect(e.date).toBe('2025-03-02');
    expect(e.location).toBe('Istanbul');
    expect(e.dateInfo.reference).toBe('set by an editor');
    expect(e.edited).toEqual({ notes: ['source B is wrong'], machine: { date: '2025-03-03', location: 'Ankara' } });
    expect(r.applied[0]).toMatchObject({ applied: true, op: 'edit-event' });
    expect(r.problems).toEqual([]);
  });

  it('edit-event twice keeps the first machine value and both notes', () => {
    const r = run([
      { op: 'edit-event', event: 'call-2025-03-03-ana-alpha-bo-beta', title: 'One' },
      { op: 'edit-event', event: 'call-2025-03-03-ana-alpha-bo-beta', title: 'Two', type: 'meeting' },
    ]);
    const e = byId(r.dataset, 'call-2025-03-03-ana-alpha-bo-beta')!;
    expect(e.title).toBe('Two');
    expect(e.edited?.machine).toEqual({ title: 'Event call-2025-03-03-ana-alpha-bo-beta', type: 'call' });
    expect(e.edited?.notes).toEqual(['edited title', 'edited type, title']);
  });

  it('reports an unknown event as an error on its line with the closest id', () => {
    const r = run([{ op: 'edit-event', event: 'meeting-2025-03-03-ana-alpa', title: 'x' }], [7]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      severity: 'error',
      file: 'data/corrections.yaml',
      line: 7,
      message: "edit-event: unknown event 'meeting-2025-03-03-ana-alpa'",
      hint: "did you mean 'meeting-2025-03-03-ana-alpha-bo-beta'?",
    });
    expect(r.applied[0].applied).toBe(false);
  });

  it('drop-event removes the event; a second drop of it is an error', () => {
    const r = run([
      { op: 'drop-event', event: 'statement-2025-03-03-cy-gamma' },
      { op: 'drop-event', event: 'statement-2025-03-03-cy-gamma' },
    ]);
    expect(byId(r.dataset, 'statement-2025-03-03-cy-gamma')).toBeUndefined();
    expect(r.applied.map((a) => a.applied)).toEqual([true, false]);
    expect(r.problems[0].line).toBe(13);
  });

  it('merge-events keeps the first id and unions evidence and participants', () => {
    const r = run([{ op: 'merge-events', events: ['meeting-2025-03-03-ana-alpha-bo-beta', 'call-2025-03-03-ana-alpha-bo-beta'] }]);
    expect(r.dataset.events.map((e) => e.id).sort()).toEqual(['meeting-2025-03-03-ana-alpha-bo-beta', 'statement-2025-03-03-cy-gamma']);
    const e = byId(r.dataset, 'meeting-2025-03-03-ana-alpha-bo-beta')!;
    expect(e.evidence).toHaveLength(3);
    expect(e.participants).toEqual(['ana-alpha', 'bo-beta', 'ana-alfa']);
    expect(e.edited?.machine).toMatchObject({ mergedEvents: ['call-2025-03-03-ana-alpha-bo-beta'], participants: ['ana-alpha', 'bo-beta'] });
  });

  it('split-event makes one event per part, by documents, with deterministic ids', () => {
    const r = run([
      { op: 'split-event', event: 'meeting-2025-03-03-ana-alpha-bo-beta', parts: [{ documents: ['doc-a'] }, { documents: ['doc-b'], date: '2025-03-01', title: 'Earlier meeting' }] },
    ]);
    expect(byId(r.dataset, 'meeting-2025-03-03-ana-alpha-bo-beta')).toBeUndefined();
    const p1 = byId(r.dataset, 'meeting-2025-03-03-ana-alpha-bo-beta-1')!;
    const p2 = byId(r.dataset, 'meeting-2025-03-03-ana-alpha-bo-beta-2')!;
    expect(p1.evidence.map((x) => x.documentId)).toEqual(['doc-a']);
    expect(p2.evidence.map((x) => x.documentId)).toEqual(['doc-b']);
    expect(p2).toMatchObject({ date: '2025-03-01', title: 'Earlier meeting' });
    expect(p2.edited?.machine).toMatchObject({ splitFrom: 'meeting-2025-03-03-ana-alpha-bo-beta', date: '2025-03-03' });
  });

  it('split-event naming a document without evidence is an error', () => {
    const r = run([{ op: 'split-event', event: 'call-2025-03-03-ana-alpha-bo-beta', parts: [{ documents: ['doc-a'] }, { documents: ['doc-c'] }] }]);
    expect(r.problems[0].message).toMatch(/unknown document 'doc-c'/);
    expect(r.problems[0].field).toBe('[0].parts[1].documents[0]');
  });

  it('add-event finds the quote verbatim and computes offsets', () => {
    const r = run([
      {
        op: 'add-event',
        type: 'call',
        title: 'Phone call',
        date: '2025-03-03',
        location: null,
        participants: ['ana-alpha', 'bo-beta'],
        evidence: [{ documentId: 'doc-a', quote: 'Later the two spoke by phone.' }],
      },
    ]);
    const e = byId(r.dataset, 'call-2025-03-03-ana-alpha-bo-beta-2')!;
    expect(e).toBeDefined();
    expect(e.evidence[0]).toEqual({ documentId: 'doc-a', quote: 'Later the two spoke by phone.', start: 47, end: TEXT_A.length });
    expect(TEXT_A.slice(e.evidence[0].start, e.evidence[0].end)).toBe(e.evidence[0].quote);
    expect(e.edited).toEqual({ notes: ['added by an editor'], machine: null });
    expect(e.status).toBe('happened');
  });

  it('add-event with a quote not in the text is an error on its line, hinting at quote marks', () => {
    const r = run(
      [{ op: 'add-event', id: 'x-meeting', type: 'meeting', title: 'x', date: null, location: null, participants: ['ana-alpha'], evidence: [{ documentId: 'doc-b', quote: 'the ministers "met" on Monday' }] }],
      [4],
    );
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ line: 4, field: '[0].evidence[0].quote' });
    expect(r.problems[0].message).toMatch(/the quote is not in document 'doc-b'/);
    expect(r.problems[0].hint).toMatch(/quote marks/);
    expect(byId(r.dataset, 'x-meeting')).toBeUndefined();
  });

  it('add-link and remove-link are returned for the edges stage', () => {
    const r = run([
      { op: 'add-link', source: 'ana-alpha', target: 'cy-gamma', kind: 'responded_to', event: 'statement-2025-03-03-cy-gamma' },
      { op: 'remove-link', source: 'bo-beta', target: 'ana-alpha', kind: 'met' },
    ]);
    expect(r.extraEdges).toEqual([{ source: 'ana-alpha', target: 'cy-gamma', kind: 'responded_to', eventIds: ['statement-2025-03-03-cy-gamma'] }]);
    expect(r.removedEdges).toEqual([{ source: 'bo-beta', target: 'ana-alpha', kind: 'met' }]);
    const derived = [
      { source: 'ana-alpha', target: 'bo-beta', kind: 'met' as const, eventIds: ['meeting-2025-03-03-ana-alpha-bo-beta'] },
      { source: 'ana-alpha', target: 'bo-beta', kind: 'called' as const, eventIds: ['call-2025-03-03-ana-alpha-bo-beta'] },
    ];
    expect(applyLinkCorrections(derived, r.extraEdges, r.removedEdges)).toEqual([
      { source: 'ana-alpha', target: 'bo-beta', kind: 'called', eventIds: ['call-2025-03-03-ana-alpha-bo-beta'] },
      { source: 'ana-alpha', target: 'cy-gamma', kind: 'responded_to', eventIds: ['statement-2025-03-03-cy-gamma'] },
    ]);
  });

  it('add-link without an event uses the events both take part in, or errors', () => {
    const ok = run([{ op: 'add-link', source: 'ana-alpha', target: 'bo-beta', kind: 'met' }]);
    expect(ok.extraEdges[0].eventIds).toEqual(['meeting-2025-03-03-ana-alpha-bo-beta']);
    const bad = run([{ op: 'add-link', source: 'ana-alpha', target: 'cy-gamma', kind: 'met' }]);
    expect(bad.problems[0].message).toMatch(/no event involves both/);
  });

  it('merge-actors rewrites ids in events and unions names', () => {
    const r = run([{ op: 'merge-actors', into: 'ana-alpha', from: ['ana-alfa'] }]);
    expect(r.dataset.actors.find((a) => a.id === 'ana-alfa')).toBeUndefined();
    const ana = r.dataset.actors.find((a) => a.id === 'ana-alpha')!;
    expect(ana.aliases).toContain('Ana Alfa');
    expect(ana.surfaceForms).toEqual(['Ana Alfa', 'Ana Alpha']);
    expect(byId(r.dataset, 'call-2025-03-03-ana-alpha-bo-beta')!.participants).toEqual(['ana-alpha', 'bo-beta']);
  });

  it('merge-actors with an unknown actor suggests the closest', () => {
    const r = run([{ op: 'merge-actors', into: 'ana-alpha', from: ['cy-gama'] }]);
    expect(r.problems[0]).toMatchObject({ message: "merge-actors: unknown actor 'cy-gama'", hint: "did you mean 'cy-gamma'?" });
  });

  it('distinct-actors is recorded; a missing id is reported as nothing to undo', () => {
    const r = run([
      { op: 'distinct-actors', actors: ['ana-alpha', 'ana-alfa'] },
      { op: 'distinct-actors', actors: ['ana-alpha', 'ana-alphaa'] },
      { op: 'distinct-actors', actors: ['zz-top', 'yy-top'] },
    ]);
    expect(r.distinct).toEqual([
      ['ana-alpha', 'ana-alfa'],
      ['ana-alpha', 'ana-alphaa'],
    ]);
    expect(r.applied[0]).toMatchObject({ applied: true });
    expect(r.applied[1].message).toMatch(/nothing to undo/);
    expect(r.applied[2].applied).toBe(false);
    expect(r.problems).toHaveLength(2);
  });

  it('edit-actor changes name, kind, role and affiliation', () => {
    const r = run([{ op: 'edit-actor', actor: 'cy-gamma', name: 'Cy Gamma-Delta', kind: 'organization', role: 'spokesman', affiliation: 'TR' }]);
    const a = r.dataset.actors.find((x) => x.id === 'cy-gamma')!;
    expect(a).toMatchObject({ name: 'Cy Gamma-Delta', kind: 'organization', role: 'spokesman', affiliation: 'TR' });
    expect(a.aliases).toContain('Cy Gamma');
    expect(r.applied[0].message).toBe('edited actor cy-gamma: name, kind, role, affiliation');
  });

  it('edit-event with an unknown participant is an error', () => {
    const r = run([{ op: 'edit-event', event: 'statement-2025-03-03-cy-gamma', participants: ['cy-gamm'] }]);
    expect(r.problems[0]).toMatchObject({ field: '[0].participants[0]', hint: "did you mean 'cy-gamma'?" });
  });

  it('is pure: the input dataset is not modified', () => {
    const input = fixture();
    const before = JSON.stringify(input);
    applyCorrections(input, CorrectionsFile.parse([{ op: 'merge-actors', into: 'ana-alpha', from: ['ana-alfa'] }, { op: 'drop-event', event: 'statement-2025-03-03-cy-gamma' }]) as Correction[], []);
    expect(JSON.stringify(input)).toBe(before);
  });
});
