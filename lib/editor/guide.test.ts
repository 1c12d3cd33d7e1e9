/**
 * The editors' guide must stay true: its correction examples validate, its
 * document example loads, and adding a document as it says shows the
 * document's events and new people in the report.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Correction, type Dataset, type Problem } from '../schema';
import { load, parseDocumentFile } from '../compile/load';
import { compile } from '../compile';
import { runCompile } from './run';

const guide = readFileSync(join(process.cwd(), 'docs', 'editors-guide.md'), 'utf8');

function blocks(info: string): string[] {
  const re = new RegExp('^```' + info + '\\n([\\s\\S]*?)^```', 'gm');
  return [...guide.matchAll(re)].map((m) => m[1]);
}

describe('editors guide examples', () => {
  const corrections = blocks('yaml corrections');

  it('has a correction example for every op, and each validates', () => {
    const ops = new Set<string>();
    for (const b of corrections) {
      const items = parse(b) as unknown[];
      expect(Array.isArray(items)).toBe(true);
      for (const item of items) {
        const r = Correction.safeParse(item);
        expect(r.error?.issues ?? []).toEqual([]);
        if (r.success) ops.add(r.data.op);
      }
    }
    expect([...ops].sort()).toEqual(
      ['add-event', 'add-link', 'distinct-actors', 'drop-event', 'edit-actor', 'edit-event', 'merge-actors', 'merge-events', 'remove-link', 'split-event'].sort(),
    );
  });

  it('has a document example that loads without problems', () => {
    const [doc] = blocks('markdown document');
    expect(doc).toBeDefined();
    const problems: Problem[] = [];
    const parsed = parseDocumentFile(doc, 'data/documents/example.md', 'example', problems);
    expect(problems).toEqual([]);
    expect(parsed?.meta.published).toBe('2025-03-04');
  });
});

describe('each correction example takes effect on the shipped data', () => {
  const root = process.cwd();
  const inputs = load(join(root, 'data'), root);
  const base = compile({ ...inputs, corrections: [], correctionLines: [] }).dataset;
  const edge = (d: Dataset, s: string, t: string, k: string) => d.edges.some((e) => e.source === s && e.target === t && e.kind === k);
  const event = (d: Dataset, id: string) => d.events.find((e) => e.id === id);
  const actor = (d: Dataset, id: string) => d.actors.find((a) => a.id === id);

  for (const block of blocks('yaml corrections')) {
    const items = (parse(block) as unknown[]).map((x) => Correction.parse(x));
    const c = items[0];
    it(`${c.op}: ${JSON.stringify(c).slice(0, 110)}`, () => {
      // what the example names must exist in the shipped data before it is applied
      const r = compile({ ...inputs, corrections: items, correctionLines: items.map((_, i) => i + 1) });
      expect(r.problems.filter((p) => p.severity === 'error').map((p) => `${p.message} (${p.hint})`)).toEqual([]);
      expect(r.trace.corrections.map((x) => x.applied)).toEqual(items.map(() => true));
      const d = r.dataset;
      // distinct-actors is a guard: it keeps two actors apart, which they already are
      if (c.op !== 'distinct-actors') expect(JSON.stringify(d), 'the example changes the dataset').not.toBe(JSON.stringify(base));
      switch (c.op) {
        case 'edit-event': {
          expect(event(base, c.event)).toBeDefined();
          const e = event(d, c.event)!;
          if (c.location !== undefined) expect(e.location).toBe(c.location);
          if (c.date !== undefined) expect(e.date).toBe(c.date);
          expect(e.edited).toBeTruthy();
          break;
        }
        case 'drop-event':
          expect(event(base, c.event)).toBeDefined();
          expect(event(d, c.event)).toBeUndefined();
          break;
        case 'merge-events': {
          for (const id of c.events) expect(event(base, id), id).toBeDefined();
          const [first, ...rest] = c.events;
          for (const id of rest) expect(event(d, id), id).toBeUndefined();
          const docs = new Set(rest.flatMap((id) => event(base, id)!.evidence.map((x) => x.documentId)));
          for (const doc of docs) expect(event(d, first)!.evidence.some((x) => x.documentId === doc)).toBe(true);
          break;
        }
        case 'split-event':
          expect(event(base, c.event)).toBeDefined();
          expect(event(d, c.event)).toBeUndefined();
          c.parts.forEach((p, i) => {
            const part = event(d, `${c.event}-${i + 1}`);
            expect(part, `part ${i + 1}`).toBeDefined();
            for (const doc of p.documents) expect(part!.evidence.some((x) => x.documentId === doc)).toBe(true);
            if (p.title) expect(part!.title).toBe(p.title);
            if (p.date !== undefined) expect(part!.date).toBe(p.date);
          });
          break;
        case 'add-event': {
          expect(event(base, c.id!)).toBeUndefined();
          const e = event(d, c.id!)!;
          expect(e.evidence.map((x) => x.quote)).toEqual(c.evidence.map((x) => x.quote));
          break;
        }
        case 'add-link':
          expect(edge(base, c.source, c.target, c.kind)).toBe(false);
          expect(edge(d, c.source, c.target, c.kind)).toBe(true);
          break;
        case 'remove-link':
          expect(edge(base, c.source, c.target, c.kind)).toBe(true);
          expect(edge(d, c.source, c.target, c.kind)).toBe(false);
          break;
        case 'merge-actors':
          for (const id of [c.into, ...c.from]) expect(actor(base, id), id).toBeDefined();
          for (const id of c.from) expect(actor(d, id), id).toBeUndefined();
          break;
        case 'distinct-actors':
          for (const id of c.actors) expect(actor(d, id), id).toBeDefined();
          expect(r.trace.corrections[0].message).toMatch(/kept apart/);
          break;
        case 'edit-actor': {
          const a = actor(d, c.actor)!;
          if (c.name !== undefined) expect(a.name).toBe(c.name);
          if (c.role !== undefined) expect(a.role).toBe(c.role);
          break;
        }
      }
    });
  }
});

describe('adding a document, as the guide says', () => {
  const root = mkdtempSync(join(tmpdir(), 'parley-guide-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
  const article = [
    '---',
    'title: "Croatia and Slovenia hold border talks in Zagreb"',
    'outlet: "Adriatic Wire"',
    'url: https://example.org/2025/03/04/zagreb-talks',
    'published: 2025-03-04',
    'kind: article',
    '---',
    'ZAGREB, March 4 (Adriatic Wire) - Foreign Minister Ana Kovač of Croatia met her Slovenian counterpart Tanja Fajon in Zagreb on Monday, the two ministries said.',
    'Kovač and Fajon discussed border crossings, energy links and the situation in Ukraine, according to a joint statement.',
    'The two ministers agreed to meet again in Ljubljana in the spring.',
    '',
  ].join('\n');
  writeFileSync(join(root, 'data', 'documents', 'adriatic-zagreb-talks.md'), article);

  it('compiles without errors and the report lists the new document and its meeting', () => {
    const run = runCompile({ root, write: true });
    expect(run.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const report = JSON.parse(readFileSync(join(root, 'public', 'data', 'report.json'), 'utf8')) as {
      documents: { id: string; events: { id: string; type: string; date: string | null }[] }[];
      discovered: { id: string; name: string; yaml: string; sentences: { documentId: string }[] }[];
    };
    const doc = report.documents.find((d) => d.id === 'adriatic-zagreb-talks');
    expect(doc).toBeDefined();
    const meeting = doc!.events.find((e) => e.type === 'meeting');
    expect(meeting, 'a meeting event from the new document').toBeDefined();
    expect(meeting!.date).toBe('2025-03-03');

    const names = report.discovered.map((p) => p.name).join(' | ');
    expect(names, 'Ana Kovač discovered').toMatch(/Kovač/);
    expect.soft(names, 'Tanja Fajon discovered').toMatch(/Fajon/);
    const kovac = report.discovered.find((p) => /Kovač/.test(p.name))!;
    expect(kovac.sentences.some((s) => s.documentId === 'adriatic-zagreb-talks')).toBe(true);

    // pasting the report's snippet into actors.yaml makes her a known actor
    appendFileSync(join(root, 'data', 'actors.yaml'), `\n${kovac.yaml}`);
    const again = runCompile({ root, write: false });
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const actor = again.result!.dataset.actors.find((a) => a.id === kovac.id);
    expect(actor?.discovered).toBe(false);
  });
});
