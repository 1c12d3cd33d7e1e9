/**
 * For tests: the samples plus the eval sets' documents — real documents — with the project's data files, as one
 * compile's inputs (read once per test file).
 */
import { load, parseDocumentFile } from '../load';
import { sourceFiles } from '../../bench/sources';
import type { CompileInputs } from '../types';

export function realInputs(root: string = process.cwd()): CompileInputs {
  const base = load(`${root}/data`, root);
  return {
    ...base,
    documents: sourceFiles(root)
      .filter((f) => !f.file.startsWith('lib/'))
      .map((f) => parseDocumentFile(f.raw, f.file, f.id, []))
      .filter((d) => d !== null),
  };
}
