import type { Problem } from './schema';

/** "data/actors.yaml:12 [aliases.0] error: … — did you mean …?" */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line != null ? `:${p.line}` : ''}${p.column != null ? `:${p.column}` : ''}`;
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where} ${p.severity}: ${p.message}${hint}`;
}
