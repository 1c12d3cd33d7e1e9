/**
 * The real texts the bench corpus is made of: the sample documents, the
 * annotated eval sets' documents (never the held-back blind-4/blind-5) and any
 * article stored under lib/bench/text/*.md, each exactly as published (noise,
 * page chrome, speaker labels and credits included).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_DIRS = [
  'data/documents',
  'data/eval/blind/documents',
  'data/eval/blind-2/documents',
  'data/eval/blind-3/documents',
  'data/eval/hard-cases/documents',
  'lib/bench/text',
];

export interface SourceFile {
  id: string;
  /** project-relative path */
  file: string;
  /** the whole file, front matter included */
  raw: string;
}

export function sourceFiles(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const dir of SOURCE_DIRS) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter((x) => x.endsWith('.md')).sort())
      out.push({ id: f.replace(/\.md$/, ''), file: `${dir}/${f}`, raw: readFileSync(join(abs, f), 'utf8') });
  }
  return out;
}
