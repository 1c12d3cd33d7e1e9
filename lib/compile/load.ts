/**
 * load: the only stage (with emit) that reads the filesystem. Reads
 * data/documents/*.md, data/actors.yaml, data/places.yaml, data/lexicon.yaml
 * and data/corrections.yaml into CompileInputs, collecting problems with file
 * and line instead of throwing.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import type { z } from 'zod';
import { ActorsFile, CorrectionsFile, FrontMatter, LexiconFile, PlacesFile, type Problem } from '../schema';
import type { CompileInputs, SourceDoc } from './types';

export function load(dataDir: string, root = process.cwd()): CompileInputs {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p) || p;
  const documents: SourceDoc[] = [];
  const docDir = join(dataDir, 'documents');
  const files = existsSync(docDir) ? readdirSync(docDir).filter((f) => f.endsWith('.md')).sort() : [];
  for (const f of files) {
    const path = join(docDir, f);
    const doc = parseDocumentFile(readFileSync(path, 'utf8'), rel(path), f.replace(/\.md$/, ''), problems);
    if (doc) documents.push(doc);
  }
  const actors = readYaml(join(dataDir, 'actors.yaml'), ActorsFile, [], rel, problems);
  const places = readYaml(join(dataDir, 'places.yaml'), PlacesFile, [], rel, problems);
  const lexicon = readYaml(join(dataDir, 'lexicon.yaml'), LexiconFile, { notPeople: [], outlets: [] }, rel, problems);
  const corrections = readYaml(join(dataDir, 'corrections.yaml'), CorrectionsFile, [], rel, problems);
  return { documents, actors, places, lexicon, corrections, problems };
}

export function parseDocumentFile(raw: string, file: string, id: string, problems: Problem[]): SourceDoc | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) {
    problems.push({ severity: 'error', file, line: 1, message: 'has no front matter: the file must start with a line "---", the fields, and a closing "---"' });
    return null;
  }
  const lc = new LineCounter();
  const ydoc = parseDocument(m[1], { lineCounter: lc });
  for (const e of ydoc.errors) problems.push({ severity: 'error', file, line: e.linePos?.[0].line ? e.linePos[0].line + 1 : 1, message: `front matter: ${e.message.split('\n')[0]}` });
  if (ydoc.errors.length) return null;
  const parsed = FrontMatter.safeParse(ydoc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = ydoc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lc.linePos(node.range[0]).line + 1 : 2;
      problems.push({ severity: 'error', file, line, field: issue.path.join('.') || null, message: `${issue.path.join('.') || 'front matter'}: ${issue.message}` });
    }
    return null;
  }
  const bodyLine = m[0].split('\n').length;
  return { id, file, meta: parsed.data, body: raw.slice(m[0].length), bodyLine };
}

function readYaml<S extends z.ZodType>(path: string, schema: S, fallback: z.output<S>, rel: (p: string) => string, problems: Problem[]): z.output<S> {
  if (!existsSync(path)) return fallback;
  const file = rel(path);
  const lc = new LineCounter();
  const ydoc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lc });
  for (const e of ydoc.errors) problems.push({ severity: 'error', file, line: e.linePos?.[0].line ?? null, message: e.message.split('\n')[0] });
  if (ydoc.errors.length) return fallback;
  const js = ydoc.toJS() ?? fallback;
  const parsed = schema.safeParse(js);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = ydoc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      const line = node?.range ? lc.linePos(node.range[0]).line : null;
      problems.push({ severity: 'error', file, line, field: issue.path.join('.') || null, message: `${issue.path.join('.') || 'file'}: ${issue.message}` });
    }
    return fallback;
  }
  return parsed.data;
}
