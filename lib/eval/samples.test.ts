/**
 * Keeps the annotations honest: every annotation file parses, every quote
 * occurs verbatim in the document it names, every annotated id of a known
 * actor is spelt as in data/actors.yaml, and the hard-case documents load.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSet, SET_NAMES } from './sets';

const root = join(__dirname, '..', '..');

describe('eval annotation files', () => {
  for (const name of SET_NAMES) {
    it(`${name}: parses, quotes are verbatim, documents load`, () => {
      const set = buildSet(name, root);
      expect(set.problems.map((p) => p.message)).toEqual([]);
      expect(set.inputs.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(set.annotations).not.toBeNull();
      const ids = new Set(set.inputs.documents.map((d) => d.id));
      for (const e of set.annotations!.events) for (const d of Object.keys(e.quotes)) expect(ids.has(d), `${e.id} → ${d}`).toBe(true);
    });
  }

  it('samples: the 5 documents, main events of every type, and the key happenings', () => {
    const set = buildSet('samples', root);
    expect(set.inputs.documents).toHaveLength(5);
    const ev = set.annotations!.events;
    for (const t of ['call', 'meeting', 'statement', 'visit', 'agreement']) expect(ev.some((e) => e.main && e.type === t)).toBe(true);
    const byId = new Map(ev.map((e) => [e.id, e]));
    expect(byId.get('call-trump-putin')?.date).toBe('2025-02-12');
    expect(byId.get('call-rubio-lavrov')?.date).toBe('2025-02-15');
    expect(byId.get('meeting-riyadh')?.participants).toContain('kirill-dmitriev');
    expect(byId.get('meeting-london-postponed')?.status).toBe('cancelled');
    expect(byId.get('meeting-trump-putin-summit-planned')?.status).toBe('planned');
  });

  it('hard-cases: 6–10 documents, none of them a sample', () => {
    const set = buildSet('hard-cases', root);
    expect(set.inputs.documents.length).toBeGreaterThanOrEqual(6);
    expect(set.inputs.documents.length).toBeLessThanOrEqual(10);
    const samples = buildSet('samples', root).inputs.documents.map((d) => d.id);
    for (const d of set.inputs.documents) expect(samples).not.toContain(d.id);
  });

  it('speech-damaged: same documents as the samples, with damaged text, deterministically', () => {
    const a = buildSet('speech-damaged', root);
    const b = buildSet('speech-damaged', root);
    const s = buildSet('samples', root);
    expect(a.inputs.documents.map((d) => d.id)).toEqual(s.inputs.documents.map((d) => d.id));
    expect(a.inputs.documents.map((d) => d.body)).toEqual(b.inputs.documents.map((d) => d.body));
    const changed = a.inputs.documents.filter((d, i) => d.body !== s.inputs.documents[i].body);
    expect(changed.length).toBe(5);
  });

  it('ids of people in data/actors.yaml are spelt as there', () => {
    const actors = parse(readFileSync(join(root, 'data', 'actors.yaml'), 'utf8')) as { id: string; name: string }[];
    const idByName = new Map(actors.map((a) => [a.name.toLowerCase(), a.id]));
    for (const name of ['samples', 'hard-cases'] as const) {
      const ann = buildSet(name, root).annotations!;
      for (const p of ann.people) {
        const known = idByName.get(p.name.toLowerCase());
        if (known) expect(p.id, p.name).toBe(known);
      }
    }
  });
});
