import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../schema';
import { decodeFile, load, parseDocumentFile, unclosedQuoteLine } from './load';
import { boundaryOf, readDataFile } from '../editor/read-files';
import { compile } from './index';

const GOOD = ['---', 'title: "A meeting"', 'outlet: "Some News"', 'url: https://example.org/a', 'published: 2025-02-18', '---', 'Officials met on Tuesday.', ''].join('\n');

function parse(raw: string, id = 'doc') {
  const problems: Problem[] = [];
  const doc = parseDocumentFile(raw, `data/documents/${id}.md`, id, problems);
  return { doc, problems };
}

const dirs: string[] = [];
function dataDir(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'parley-load-'));
  dirs.push(root);
  mkdirSync(join(root, 'data', 'documents'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'data', name), content);
  return root;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('document front matter', () => {
  it('reads a good document, body exactly as published, with its first line number', () => {
    const { doc, problems } = parse(GOOD);
    expect(problems).toEqual([]);
    expect(doc?.body).toBe('Officials met on Tuesday.\n');
    expect(doc?.bodyLine).toBe(7);
    expect(doc?.meta.kind).toBe('article');
  });

  it('reports missing front matter on line 1', () => {
    const { doc, problems } = parse('Officials met on Tuesday.\n');
    expect(doc).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(problems[0].message).toMatch(/has no front matter/);
  });

  it('reports an unclosed front matter', () => {
    const { problems } = parse('---\ntitle: x\n');
    expect(problems[0].message).toMatch(/never closed/);
  });

  it('gives the line in the FILE of a YAML syntax error in the front matter', () => {
    const raw = ['---', 'title: "A meeting"', 'outlet: "Some News', 'published: 2025-02-18', '---', 'text'].join('\n');
    const { doc, problems } = parse(raw);
    expect(doc).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].message).toMatch(/YAML syntax error/);
    expect(problems[0].line).toBe(3);
  });

  it('gives the line of a bad mapping (title: a: b) in the file', () => {
    const raw = ['---', 'outlet: x', 'published: 2025-02-18', 'title: Talks: day two', '---', 'text'].join('\n');
    const { problems } = parse(raw);
    expect(problems[0].line).toBe(4);
    expect(problems[0].hint).toMatch(/quoted/);
  });

  it('says an impossible published date is not a real calendar date, at its line', () => {
    const { problems } = parse(GOOD.replace('2025-02-18', '2025-02-30'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'data/documents/doc.md', line: 5, field: 'published', message: '2025-02-30 is not a real calendar date' });
    expect(problems[0].hint).toMatch(/2025-02 has 28 days/);
  });

  it('reports a missing published date with an example', () => {
    const raw = GOOD.replace('published: 2025-02-18\n', '');
    const { problems } = parse(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'published', message: "the field 'published' is missing" });
    expect(problems[0].hint).toMatch(/published: 2025-02-18/);
  });

  it('reports a date in the wrong format', () => {
    const { problems } = parse(GOOD.replace('2025-02-18', '18/02/2025'));
    expect(problems[0].message).toMatch(/must be a date written YYYY-MM-DD/);
    expect(problems[0].line).toBe(5);
  });

  it('suggests the right name for an unknown front-matter field', () => {
    const raw = GOOD.replace('published:', 'pubished:');
    const { problems } = parse(raw);
    const unknown = problems.find((p) => p.message.includes('unknown field'));
    expect(unknown).toMatchObject({ line: 5, field: 'pubished', message: "unknown field 'pubished'", hint: "did you mean 'published'?" });
    expect(problems.find((p) => p.field === 'published')?.message).toMatch(/missing/);
  });

  it('rejects an unsafe url: only http and https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/x']) {
      const { problems } = parse(GOOD.replace('https://example.org/a', `"${url}"`));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: 4, field: 'url' });
      expect(problems[0].message).toMatch(/only http and https/);
    }
  });

  it('warns (does not fail) on an empty body', () => {
    const { doc, problems } = parse(GOOD.replace('Officials met on Tuesday.\n', ''));
    expect(doc).not.toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 6 });
    expect(problems[0].message).toMatch(/no text/);
  });

  it('rejects a file name that is not a slug and suggests one', () => {
    const { problems } = parse(GOOD, 'BBC Talks_2025');
    expect(problems[0].severity).toBe('error');
    expect(problems[0].message).toMatch(/not a valid document id/);
    expect(problems[0].hint).toBe("rename it to 'bbc-talks-2025.md'");
  });

  it('keeps CRLF bodies verbatim', () => {
    const { doc } = parse(GOOD.split('\n').join('\r\n'));
    expect(doc?.body).toBe('Officials met on Tuesday.\r\n');
    expect(doc?.meta.published).toBe('2025-02-18');
  });
});

describe('decoding', () => {
  it('rejects a file that is not UTF-8, naming the line', () => {
    const problems: Problem[] = [];
    const bytes = new Uint8Array([...Buffer.from('---\ntitle: caf'), 0xe9, ...Buffer.from('\n---\n')]);
    expect(decodeFile(bytes, 'data/documents/x.md', problems)).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'error', line: 2, message: 'is not valid UTF-8 text' });
  });

  it('rejects a binary file (NUL bytes)', () => {
    const problems: Problem[] = [];
    expect(decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'data/documents/x.md', problems)).toBeNull();
    expect(problems[0].message).toMatch(/binary/);
  });
});

describe('load (a data folder)', () => {
  it('reports ids that collide ignoring case, naming both files', () => {
    const root = dataDir({ 'documents/talks.md': GOOD, 'documents/Talks.md': GOOD.replace('/a', '/b') });
    const { problems } = load(join(root, 'data'), root);
    const p = problems.find((x) => x.message.includes('ignoring case'));
    expect(p).toBeDefined();
    expect(`${p!.message} ${p!.hint}`).toContain('data/documents/Talks.md');
    expect(`${p!.message} ${p!.hint}`).toContain('data/documents/talks.md');
  });

  it('warns about files in documents/ that are not .md', () => {
    const root = dataDir({ 'documents/a.md': GOOD, 'documents/notes.txt': 'x' });
    const { problems, documents } = load(join(root, 'data'), root);
    expect(documents).toHaveLength(1);
    expect(problems).toEqual([
      { severity: 'warning', file: 'data/documents/notes.txt', line: null, message: 'is not a .md file: it is ignored', hint: "rename it to 'notes.md' if it is a document" },
    ]);
  });

  it('reports the same url in two documents, naming both files', () => {
    const root = dataDir({ 'documents/a.md': GOOD, 'documents/b.md': GOOD });
    const { problems } = load(join(root, 'data'), root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/documents/b.md', line: 4, field: 'url' });
    expect(problems[0].message).toContain('data/documents/a.md');
  });

  it('lists every problem at once across files', () => {
    const root = dataDir({
      'documents/a.md': GOOD.replace('2025-02-18', '2025-13-01'),
      'documents/b.md': 'no front matter',
      'actors.yaml': '- id: x\n  name: X\n  kind: person\n',
      'places.yaml': '- { name: Town, kind: city\n',
    });
    const { problems } = load(join(root, 'data'), root);
    const files = new Set(problems.map((p) => p.file));
    expect(files).toEqual(new Set(['data/documents/a.md', 'data/documents/b.md', 'data/places.yaml']));
  });

  it('reports YAML syntax errors in data files with their line', () => {
    const root = dataDir({ 'places.yaml': '- { name: A, kind: city }\n- { name: B, kind: city }\n- name: C\n   kind: city\n' });
    const { problems } = load(join(root, 'data'), root);
    expect(problems[0]).toMatchObject({ file: 'data/places.yaml', severity: 'error' });
    expect(problems[0].line).toBe(3);
  });

  it('reports schema errors in actors.yaml with line and field', () => {
    const actors = ['- id: marco-rubio', '  name: Marco Rubio', '  kind: person', '- id: Sergei Lavrov', '  name: Sergei Lavrov', '  kind: persn', '  alias: [Lavrov]', '- id: x', '  kind: person', ''].join('\n');
    const root = dataDir({ 'actors.yaml': actors });
    const { problems } = load(join(root, 'data'), root);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['[1].id']).toMatchObject({ line: 4 });
    expect(byField['[1].id'].hint).toBe("e.g. 'sergei-lavrov'");
    expect(byField['[1].kind']).toMatchObject({ line: 6, message: "'persn' is not allowed here" });
    expect(byField['[1].kind'].hint).toMatch(/did you mean 'person'\?/);
    expect(byField['[1].alias']).toMatchObject({ line: 7, message: "unknown field 'alias'", hint: "did you mean 'aliases'?" });
    expect(byField['[2].name']).toMatchObject({ line: 8, message: "the field 'name' is missing" });
  });

  it('reports a duplicate actor id with both lines', () => {
    const actors = ['- id: a-b', '  name: A B', '  kind: person', '- id: c', '  name: C', '  kind: country', '- id: a-b', '  name: A. B.', '  kind: person', ''].join('\n');
    const root = dataDir({ 'actors.yaml': actors });
    const { problems } = load(join(root, 'data'), root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/actors.yaml', line: 7, message: "the id 'a-b' is used twice (also at line 1)" });
  });

  it('reports errors in lexicon.yaml and corrections.yaml, and records each correction line', () => {
    const corrections = ['# comment', '- op: drop-event', '  event: x', '', '- op: edit-evnt', '  event: y', '- op: drop-event', '  event: z', '  bogus: 1', ''].join('\n');
    const root = dataDir({ 'lexicon.yaml': 'outlets: [A\n', 'corrections.yaml': corrections });
    const { problems, correctionLines } = load(join(root, 'data'), root);
    expect(problems.find((p) => p.file === 'data/lexicon.yaml')?.message).toMatch(/YAML syntax error/);
    const op = problems.find((p) => p.field === '[1].op');
    expect(op).toMatchObject({ line: 5, message: "'edit-evnt' is not a known op", hint: "did you mean 'edit-event'?" });
    expect(problems.find((p) => p.field === '[2].bogus')).toMatchObject({ line: 9 });
    expect(correctionLines).toEqual([2, 5, 7]);
  });

  it('records correction lines for valid corrections', () => {
    const root = dataDir({ 'corrections.yaml': '- op: drop-event\n  event: x\n- { op: drop-event, event: y }\n' });
    const { problems, corrections, correctionLines } = load(join(root, 'data'), root);
    expect(problems).toEqual([]);
    expect(corrections).toHaveLength(2);
    expect(correctionLines).toEqual([1, 3]);
  });

  it('compiles a huge (5 MB) document', () => {
    // a long transcript: mostly talk, now and then a meeting
    const talk = 'The discussion turned to trade figures, harvest prices and the weather over the coming weeks, the panel said. ';
    const event = 'Foreign ministers met in the capital on Monday to discuss trade, and officials said the talks went well. ';
    const block = talk.repeat(400) + event + '\n';
    const body = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
    const root = dataDir({ 'documents/huge.md': GOOD.replace('Officials met on Tuesday.\n', body) });
    const inputs = load(join(root, 'data'), root);
    expect(inputs.problems).toEqual([]);
    expect(inputs.documents[0].body.length).toBeGreaterThan(5_000_000);
    const result = compile(inputs);
    expect(result.dataset.documents[0].text.length).toBe(inputs.documents[0].body.length);
  }, 120_000);

  it('loads the real data folder without errors', () => {
    const inputs = load(join(process.cwd(), 'data'), process.cwd());
    expect(inputs.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(inputs.documents.length).toBeGreaterThanOrEqual(5);
    expect(inputs.actors.length).toBeGreaterThan(0);
  });
});

describe('load: file-system faults become problems, never exceptions', () => {
  const fsProblems = (root: string) => {
    const r = load(join(root, 'data'), root);
    return { ...r, byFile: Object.fromEntries(r.problems.map((p) => [p.file, p])) };
  };

  it('a folder named like a document is a warning whose hint does not lead into another fault', () => {
    const root = dataDir({ 'documents/a.md': GOOD });
    mkdirSync(join(root, 'data', 'documents', 'drafts.md'));
    mkdirSync(join(root, 'data', 'documents', 'drafts'));
    const { documents, byFile, problems } = fsProblems(root);
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(byFile['data/documents/drafts.md']).toMatchObject({ severity: 'warning', message: 'is a folder, not a document: it is ignored' });
    expect(byFile['data/documents/drafts.md'].hint).not.toMatch(/rename it to '[^']*\.md'/);
    expect(byFile['data/documents/drafts'], 'a plain folder is not a problem').toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  it('a dangling link is an error naming where it points', () => {
    const root = dataDir({ 'documents/a.md': GOOD });
    symlinkSync(join(root, 'nowhere.md'), join(root, 'data', 'documents', 'gone.md'));
    symlinkSync('missing.yaml', join(root, 'data', 'actors.yaml'));
    const { byFile } = fsProblems(root);
    expect(byFile['data/documents/gone.md']).toMatchObject({ severity: 'error', line: null });
    expect(byFile['data/documents/gone.md'].message).toMatch(/is a link to '.*nowhere\.md', which does not exist/);
    expect(byFile['data/actors.yaml'].message).toMatch(/which does not exist/);
  });

  it('a link out of the project is refused and nothing of its target is read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'parley-outside-'));
    dirs.push(outside);
    writeFileSync(join(outside, 'secret.md'), GOOD.replace('Officials met on Tuesday.', 'TOP SECRET'));
    const root = dataDir({ 'documents/a.md': GOOD });
    symlinkSync(join(outside, 'secret.md'), join(root, 'data', 'documents', 'secret.md'));
    symlinkSync('/etc/passwd', join(root, 'data', 'documents', 'passwd.md'));
    const { byFile, documents } = fsProblems(root);
    expect(byFile['data/documents/secret.md'].message).toMatch(/outside the project: it is not read/);
    expect(byFile['data/documents/passwd.md']).toMatchObject({ severity: 'error' });
    expect(JSON.stringify(documents)).not.toMatch(/TOP SECRET|root:/);
  });

  it('a link inside the project is followed', () => {
    const root = dataDir({});
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere', 'x.md'), GOOD);
    symlinkSync(join(root, 'elsewhere', 'x.md'), join(root, 'data', 'documents', 'x.md'));
    const { documents, problems } = fsProblems(root);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['x']);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is an error with a chmod hint', () => {
    const root = dataDir({ 'documents/a.md': GOOD });
    chmodSync(join(root, 'data', 'documents', 'a.md'), 0o000);
    const { byFile } = fsProblems(root);
    expect(byFile['data/documents/a.md']).toMatchObject({ severity: 'error', message: 'cannot be read: permission denied' });
    expect(byFile['data/documents/a.md'].hint).toMatch(/chmod a\+r/);
  });

  it('a file deleted between listing and reading is left out with a warning', () => {
    const root = dataDir({ 'documents/a.md': GOOD });
    const problems: Problem[] = [];
    const ctx = { boundary: boundaryOf(join(root, 'data'), root), problems };
    expect(readDataFile(join(root, 'data', 'documents', 'deleted.md'), 'data/documents/deleted.md', ctx, { kind: 'document' })).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'warning', file: 'data/documents/deleted.md' });
    expect(problems[0].message).toMatch(/disappeared/);
  });

  it('a pipe is not read (it would block for ever)', () => {
    const root = dataDir({ 'documents/a.md': GOOD });
    const fifo = join(root, 'data', 'documents', 'pipe.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const { byFile } = fsProblems(root);
    expect(byFile['data/documents/pipe.md'].message).toMatch(/not a regular file/);
  });

  it('ignores temporary files of editors and tools', () => {
    const root = dataDir({ 'documents/a.md': GOOD, 'documents/sedAbC12': 'x', 'documents/a.md~': 'x', 'documents/.#a.md': 'x', 'documents/b.md.tmp': 'x', 'documents/.a.md.swp': 'x', 'documents/4913': '' });
    expect(fsProblems(root).problems).toEqual([]);
  });

  it('suggests an ASCII file name for a non-ASCII one (Tromsø → tromso)', () => {
    const { problems } = parse(GOOD, 'Tromsø Talks');
    expect(problems[0].hint).toBe("rename it to 'tromso-talks.md'");
    const root = dataDir({ 'documents/Łódź.txt': 'x' });
    expect(fsProblems(root).problems[0].hint).toBe("rename it to 'lodz.md' if it is a document");
  });
});

describe('YAML syntax errors', () => {
  it('an unclosed quote is reported on its line, with a hint about quotes (not indentation)', () => {
    const actors = ['- id: a', '  name: "Ann Example', '  kind: person', '- id: b', '  name: B', '  kind: person', ''].join('\n');
    const root = dataDir({ 'actors.yaml': actors });
    const { problems } = load(join(root, 'data'), root);
    expect(problems[0]).toMatchObject({ file: 'data/actors.yaml', line: 2 });
    expect(problems[0].hint).toMatch(/close the quote/);
    expect(problems[0].hint).not.toMatch(/indentation/);
  });

  it("an apostrophe inside a plain value is not a quote: O'Brien", () => {
    expect(unclosedQuoteLine("- name: O'Brien\n- name: 'Ann\n")).toBe(2);
    expect(unclosedQuoteLine('title: "A \\" b"\nnote: "open\n')).toBe(2);
    expect(unclosedQuoteLine("a: 'it''s'\nb: x # a ' comment\n")).toBeNull();
  });
});

describe('load again in the same process (the dev loop)', () => {
  it('gives what a first load gives, as new objects, and reads changed files again', () => {
    const bad = ['---', 'title: "No date"', 'outlet: "Some News"', '---', 'Text.', ''].join('\n');
    const root = dataDir({
      'documents/a.md': GOOD,
      'documents/b.md': bad,
      'actors.yaml': '- id: ana-horvat\n  name: Ana Horvat\n  kind: person\n  aliases: []\n',
    });
    const one = load(join(root, 'data'), root);
    const two = load(join(root, 'data'), root);
    expect(two).toEqual(one);
    expect(two.problems.length).toBeGreaterThan(0);
    // callers own what they get: nothing shared with the last load
    expect(two.documents[0]).not.toBe(one.documents[0]);
    expect(two.documents[0].meta).not.toBe(one.documents[0].meta);
    expect(two.actors[0]).not.toBe(one.actors[0]);
    // the front-matter lines are still known (problems about a field point at its line)
    const c1 = compile({ ...one, documents: one.documents });
    const c2 = compile({ ...two, documents: two.documents });
    expect(c2.problems).toEqual(c1.problems);
    // an edited document and data file are read again
    writeFileSync(join(root, 'data', 'documents', 'a.md'), GOOD.replace('A meeting', 'Another meeting'));
    writeFileSync(join(root, 'data', 'actors.yaml'), '- id: ana-horvat\n  name: Ana Horvath\n  kind: person\n  aliases: []\n');
    const three = load(join(root, 'data'), root);
    expect(three.documents[0].meta.title).toBe('Another meeting');
    expect(three.actors[0].name).toBe('Ana Horvath');
    expect(three.problems).toEqual(two.problems);
  });
});
