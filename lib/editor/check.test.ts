import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from './check';

const dirs: string[] = [];
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'parley-check-'));
  dirs.push(root);
  cpSync(join(process.cwd(), 'data'), join(root, 'data'), { recursive: true });
  return root;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('check', () => {
  it('passes on the real data and writes nothing', () => {
    const root = copyProject();
    const r = check(root);
    expect(r.errors).toBe(0);
    expect(r.exitCode).toBe(0);
    expect(r.lines[r.lines.length - 1]).toMatch(/^✓ 0 errors, \d+ warnings? \(\d+ documents, \d+ events\)$/);
    expect(existsSync(join(root, 'public'))).toBe(false);
  });

  it('prints every problem as file:line field: message (hint) and exits 1', () => {
    const root = copyProject();
    writeFileSync(join(root, 'data', 'documents', 'new-doc.md'), '---\ntitle: "T"\noutlet: "O"\npubished: 2025-02-18\n---\nSome text.\n');
    writeFileSync(join(root, 'data', 'corrections.yaml'), '- op: drop-event\n  event: no-such-event\n');
    const r = check(root);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toContain("data/documents/new-doc.md:4 pubished: unknown field 'pubished' (did you mean 'published'?)");
    expect(r.lines.some((l) => l.startsWith("data/documents/new-doc.md:2 published: the field 'published' is missing"))).toBe(true);
    expect(r.lines[r.lines.length - 1]).toMatch(/^✗ 3 errors, 0 warnings/);
  });

  it('reports a correction that matches nothing with its line', () => {
    const root = copyProject();
    writeFileSync(join(root, 'data', 'corrections.yaml'), '# x\n\n- op: drop-event\n  event: no-such-event\n');
    const r = check(root);
    expect(r.exitCode).toBe(1);
    expect(r.lines[0]).toMatch(/^data\/corrections\.yaml:3 \[0\]\.event: drop-event: unknown event 'no-such-event'/);
  });
});
