import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilerVersion } from './cache';

const root = mkdtempSync(join(tmpdir(), 'parley-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('compilerVersion: the hash of the sources, hashed again only when a file changed (a long-lived process)', () => {
  it('follows writes (same size too), new and removed files, renames and the lock file', () => {
    mkdirSync(join(root, 'lib', 'compile'), { recursive: true });
    writeFileSync(join(root, 'lib', 'compile', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const seen = new Set<string>();
    const v = () => {
      const x = compilerVersion(root);
      // the same sources asked again: the same answer
      expect(compilerVersion(root)).toBe(x);
      return x;
    };
    const first = v();
    seen.add(first);
    const changes: (() => void)[] = [
      () => writeFileSync(join(root, 'lib', 'compile', 'a.ts'), 'export const a = 2;\n'), // same size
      () => writeFileSync(join(root, 'lib', 'compile', 'b.ts'), 'export const b = 1;\n'),
      () => renameSync(join(root, 'lib', 'compile', 'b.ts'), join(root, 'lib', 'compile', 'c.ts')),
      () => writeFileSync(join(root, 'package-lock.json'), '{"a":1}'),
      () => rmSync(join(root, 'lib', 'compile', 'c.ts')),
    ];
    for (const change of changes) {
      change();
      const x = v();
      expect(seen.has(x)).toBe(false);
      seen.add(x);
    }
    // and back to the first sources: the first answer
    writeFileSync(join(root, 'lib', 'compile', 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    expect(v()).toBe(first);
  });
});
