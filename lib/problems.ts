import type { Problem } from './schema';

/**
 * One line per problem, as editors read it:
 *   data/actors.yaml:12 [3].kind: 'persn' is not allowed here (did you mean 'person'? …)
 * Warnings say so after the location.
 */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line != null ? `:${p.line}` : ''}${p.column != null && p.line != null ? `:${p.column}` : ''}`;
  const field = p.field ? ` ${p.field}` : '';
  const severity = p.severity === 'warning' ? 'warning: ' : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where}${field}: ${severity}${p.message}${hint}`;
}

/** "2 errors, 1 warning" */
export function countProblems(problems: Problem[]): { errors: number; warnings: number; text: string } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return { errors, warnings, text: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
}
