import { describe, expect, it } from 'vitest';
import { isTempFile, isTempPath, TEMP_PATTERNS } from './temp-files';

describe('temporary file names', () => {
  it('every pattern matches its own example', () => {
    for (const p of TEMP_PATTERNS) expect(p.pattern.test(p.example), p.id).toBe(true);
  });

  it('recognises the temporary files of sed -i, vim, emacs and write-then-move saves', () => {
    for (const n of ['sedAbC12', 'sedx7Yq2Z', 'x.md~', '.#x.md', '#x.md#', 'x.md.swp', '.x.md.swx', '4913', 'x.md.tmp', 'dataset.json.tmp-123', 'actors.yaml.tmp.1']) expect(isTempFile(n), n).toBe(true);
  });

  it('leaves documents and data files alone', () => {
    for (const n of ['bbc-negotiators.md', 'actors.yaml', 'sed-talks.md', 'temporary-truce.md', 'tmp.md']) expect(isTempFile(n), n).toBe(false);
    expect(isTempPath('documents/sedAbC12')).toBe(true);
    expect(isTempPath('documents/a.md')).toBe(false);
  });
});
