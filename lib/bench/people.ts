/**
 * The people named in the bench's source texts and every spelling they appear
 * under (names, aliases, misheard forms), so the corpus builder can swap each
 * of them for an invented person. Made once by `npm run bench -- --refresh-people`
 * (compiles the source documents and keeps every person the compiler found,
 * known or discovered, with their surface forms) and stored in
 * lib/bench/text/people.json, so the corpus does not change when the compiler does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../compile';
import { load } from '../compile/load';
import { parseDocumentFile } from '../compile/load';
import type { SourceDoc } from '../compile/types';
import { sourceFiles } from './sources';

export interface SourcePerson {
  name: string;
  /** every spelling seen for this person in the source texts (the name included) */
  forms: string[];
}

export const PEOPLE_FILE = join('lib', 'bench', 'text', 'people.json');

export function readPeople(root: string): SourcePerson[] {
  return JSON.parse(readFileSync(join(root, PEOPLE_FILE), 'utf8')) as SourcePerson[];
}

/** Compiles every source document at once and lists the people found in them. */
export function refreshPeople(root: string): SourcePerson[] {
  const base = load(join(root, 'data'), root);
  const documents: SourceDoc[] = [];
  const seen = new Set<string>();
  for (const f of sourceFiles(root)) {
    const id = f.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const doc = parseDocumentFile(f.raw, f.file, id, []);
    if (doc) documents.push(doc);
  }
  const result = compile({ ...base, documents, corrections: [], correctionLines: [] });
  const entries = new Map(base.actors.map((a) => [a.id, a]));
  const people: SourcePerson[] = [];
  for (const a of result.dataset.actors) {
    if (a.kind !== 'person') continue;
    const known = entries.get(a.id);
    const forms = new Set<string>([a.name, ...(known?.aliases ?? []), ...a.surfaceForms]);
    people.push({ name: a.name, forms: [...forms].filter((f) => f.trim().length > 1).sort() });
  }
  people.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  writeFileSync(join(root, PEOPLE_FILE), JSON.stringify(people, null, 1) + '\n');
  return people;
}
