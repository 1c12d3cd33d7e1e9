/**
 * The eval sets and how their compile inputs are built (the only eval
 * module that reads files). Every folder data/eval/<name>/ holding documents/
 * and annotations.yaml is a set of its own: a new blind set is new files only.
 *   samples        data/documents + data/*.yaml (no corrections unless asked)
 *   hard-cases     data/eval/hard-cases/documents + data/actors|places|lexicon.yaml, no corrections
 *   blind          data/eval/blind/documents (written without looking at the compiler), likewise
 *   blind-2        data/eval/blind-2/documents: a second such set
 *   blind-3        data/eval/blind-3/documents: a third, on other diplomacy (not Russia–Ukraine), run once, untuned
 *   speech-damaged the samples with names damaged in memory (damage.ts), sample annotations
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from '../compile/load';
import type { CompileInputs } from '../compile/types';
import type { Problem } from '../schema';
import { checkQuotes, parseAnnotations, type Annotations } from './annotations';
import { damageDocuments } from './damage';

export type SetName = string;

/** sets with their own documents folder under data/eval/<name>/, sorted: hard-cases, blind, blind-2, … */
export function ownSets(root: string = process.cwd()): SetName[] {
  const dir = join(root, 'data', 'eval');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'documents')) && existsSync(join(dir, e.name, 'annotations.yaml')))
    .map((e) => e.name)
    .sort((a, b) => (a === 'hard-cases' ? -1 : b === 'hard-cases' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
}

/** samples, speech-damaged, then every folder set */
export const SET_NAMES: SetName[] = ['samples', 'speech-damaged', ...ownSets()];
const OWN_DOCUMENTS: SetName[] = ownSets();

export interface EvalSet {
  name: SetName;
  annotationsFile: string;
  annotations: Annotations | null;
  inputs: CompileInputs;
  /** problems with the annotations (invalid file, quotes not verbatim, unknown documents) */
  problems: Problem[];
}

export function readAnnotations(file: string, root: string): { annotations: Annotations | null; problems: Problem[] } {
  const rel = relative(root, file) || file;
  if (!existsSync(file)) return { annotations: null, problems: [{ severity: 'error', file: rel, line: null, message: 'annotation file missing' }] };
  return parseAnnotations(readFileSync(file, 'utf8'), rel);
}

export function buildSet(name: SetName, root: string, opts: { corrections?: boolean; seed?: number } = {}): EvalSet {
  const data = join(root, 'data');
  const main = load(data, root);
  const annSet = OWN_DOCUMENTS.includes(name) ? name : 'samples';
  const annotationsFile = join(data, 'eval', annSet, 'annotations.yaml');
  const { annotations, problems } = readAnnotations(annotationsFile, root);
  const relFile = relative(root, annotationsFile);

  let inputs: CompileInputs;
  if (OWN_DOCUMENTS.includes(name)) {
    const hc = load(join(data, 'eval', name), root);
    inputs = { ...main, documents: hc.documents, corrections: [], correctionLines: [], problems: [...main.problems, ...hc.problems] };
  } else {
    inputs = opts.corrections && name === 'samples' ? main : { ...main, corrections: [], correctionLines: [] };
  }

  if (annotations && name !== 'speech-damaged') {
    const bodies = new Map(inputs.documents.map((d) => [d.id, d.body]));
    problems.push(...checkQuotes(annotations, bodies, relFile));
  }
  if (annotations && name === 'speech-damaged') {
    const names = annotations.people.map((p) => p.name);
    inputs = { ...inputs, documents: damageDocuments(inputs.documents, names, { seed: opts.seed ?? 1 }) };
  }
  return { name, annotationsFile: relFile, annotations, inputs, problems };
}
