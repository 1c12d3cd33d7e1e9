import type { CleanDoc, SourceDoc } from './types';

/** STUB (to be replaced): keeps every non-empty line. */
export function clean(doc: SourceDoc): CleanDoc {
  const kept = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.body))) kept.push({ start: m.index, end: m.index + m[0].length });
  return { ...doc, kept, removed: [] };
}
