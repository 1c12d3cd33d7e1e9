import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devStatus, removeStatus, writeStatus } from './status';

describe('status.json of the dev loop', () => {
  it('carries the problems as printed, the dataset on display, and is removed on stop', () => {
    const s = devStatus(false, 'abcdef0123456789', [
      { severity: 'error', file: 'data/documents/x.md', line: 1, message: 'has no front matter', hint: 'start with ---' },
      { severity: 'warning', file: 'data/documents/drafts.md', line: null, message: 'is a folder, not a document: it is ignored' },
    ]);
    expect(s).toEqual({
      ok: false,
      hash: 'abcdef0123456789',
      errors: 1,
      warnings: 1,
      problems: ['data/documents/x.md:1: has no front matter (start with ---)', 'data/documents/drafts.md: warning: is a folder, not a document: it is ignored'],
    });
    const dir = mkdtempSync(join(tmpdir(), 'parley-status-'));
    try {
      writeStatus(dir, s);
      expect(JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8'))).toEqual(s);
      removeStatus(dir);
      expect(existsSync(join(dir, 'status.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
