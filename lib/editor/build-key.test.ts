import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKey, normaliseBasePath } from './build-key';

describe('build key (which export out/ holds)', () => {
  const root = mkdtempSync(join(tmpdir(), 'parley-key-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const d of ['app', 'components', 'lib', 'data/documents', 'public/data', 'out']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'app', 'page.tsx'), 'export default 1;\n');
  writeFileSync(join(root, 'data', 'documents', 'a.md'), 'A\n');
  writeFileSync(join(root, 'next.config.js'), 'module.exports = {};\n');
  const key = buildKey(root, '');

  it('is stable, and ignores the compiled data, out/, tests and temporary files', () => {
    expect(buildKey(root, undefined)).toBe(key);
    writeFileSync(join(root, 'public', 'data', 'dataset.json'), '{}');
    writeFileSync(join(root, 'out', 'index.html'), '<html>');
    writeFileSync(join(root, 'lib', 'x.test.ts'), 'test');
    writeFileSync(join(root, 'data', 'documents', 'sedAbC12'), 'tmp');
    expect(buildKey(root, '')).toBe(key);
  });

  it('changes with the base path, the code, the data and the config', () => {
    expect(buildKey(root, '/parley')).not.toBe(key);
    expect(buildKey(root, 'parley/')).toBe(buildKey(root, '/parley'));
    const change = (path: string, text: string) => {
      writeFileSync(join(root, path), text);
      const k = buildKey(root, '');
      expect(k, path).not.toBe(key);
      return k;
    };
    const k1 = change('data/documents/a.md', 'B\n');
    const k2 = change('app/page.tsx', 'export default 2;\n');
    const k3 = change('next.config.js', 'module.exports = { basePath: "/x" };\n');
    expect(new Set([k1, k2, k3]).size).toBe(3);
  });

  it('normalises the base path as next.config.js does', () => {
    expect(normaliseBasePath(undefined)).toBe('');
    expect(normaliseBasePath('/')).toBe('');
    expect(normaliseBasePath('parley')).toBe('/parley');
    expect(normaliseBasePath('//parley//')).toBe('/parley');
  });
});
