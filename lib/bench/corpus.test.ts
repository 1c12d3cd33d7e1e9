import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCorpus, makePool, swapForm } from './corpus';
import { readPeople } from './people';

const root = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 'parley-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const docsOf = (dir: string) => readdirSync(join(dir, 'documents')).sort().map((f) => readFileSync(join(dir, 'documents', f), 'utf8'));

describe('the bench corpus', () => {
  const a = buildCorpus(root, join(tmp, 'a'), { docs: 60, actors: 200, seed: 3 });
  const b = buildCorpus(root, join(tmp, 'b'), { docs: 60, actors: 200, seed: 3 });
  const texts = docsOf(a.dir);

  it('is deterministic: the same options give the same bytes', () => {
    expect(a.docs).toBe(60);
    expect(docsOf(b.dir)).toEqual(texts);
    expect(readFileSync(join(a.dir, 'actors.yaml'), 'utf8')).toBe(readFileSync(join(b.dir, 'actors.yaml'), 'utf8'));
    const c = buildCorpus(root, join(tmp, 'c'), { docs: 60, actors: 200, seed: 4 });
    expect(docsOf(c.dir)).not.toEqual(texts);
  });

  it('names no real person of the sources by full name; names pool people instead', () => {
    const all = texts.join('\n');
    for (const p of readPeople(root)) if (p.name.split(' ').length > 1) expect(all.includes(p.name), p.name).toBe(false);
    const pool = makePool(200, 3);
    const named = pool.filter((q) => all.includes(`${q.first} ${q.last}`));
    expect(named.length).toBeGreaterThan(20);
  });

  it('has documents of about 630 words with front matter, and half the pool in actors.yaml', () => {
    const words = texts.map((t) => t.split('\n---\n')[1].split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((x, y) => x + y, 0) / words.length;
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(800);
    expect(texts.every((t) => /^---\ntitle: ".+"\noutlet: .+\nurl: null\npublished: \d{4}-\d{2}-\d{2}\nkind: (article|transcript)\n---\n/.test(t))).toBe(true);
    const actors = parse(readFileSync(join(a.dir, 'actors.yaml'), 'utf8')) as { kind: string }[];
    expect(actors.filter((x) => x.kind === 'person').length).toBe(100);
  });

  it('reports one happening in several documents', () => {
    const titles = texts.map((t) => /title: (.*)/.exec(t)![1]);
    expect(new Set(titles).size).toBeLessThan(titles.length);
  });
});

describe('swapForm', () => {
  const src = { name: 'Marco Rubio', forms: ['Marco Rubio', 'Rubio', 'marco ruby', 'Secretary Rubio'] };
  const q = { first: 'Ana', last: 'Kovalenko', misheard: ['Kovalleenko', 'Kovalenku'] as [string, string], affiliation: 'HR', known: true };
  it('keeps the shape of the source form: full name, surname, title, lower case, misheard', () => {
    expect(swapForm('Marco Rubio', src, q, 0.5)).toBe('Ana Kovalenko');
    expect(swapForm('Rubio', src, q, 0.5)).toBe('Kovalenko');
    expect(swapForm('Secretary Rubio', src, q, 0.5)).toBe('Secretary Kovalenko');
    expect(swapForm('marco ruby', src, q, 0.5)).toMatch(/^ana koval/);
    expect(swapForm('marco ruby', src, q, 0.5)).not.toBe('ana kovalenko');
    expect(swapForm('Marko Rubio', src, q, 0.5)).toBe('Ana Kovalenko');
  });
});
