/** npm run compile: data/ → public/data/dataset.json (exit 1, nothing written, on any error). */
import { join } from 'node:path';
import { load } from '../lib/compile/load';
import { compile } from '../lib/compile';
import { emit } from '../lib/compile/emit';
import { formatProblem } from '../lib/problems';

const root = process.cwd();
const inputs = load(join(root, 'data'), root);
const result = compile(inputs);
const errors = result.problems.filter((p) => p.severity === 'error');
for (const p of result.problems) console.error(formatProblem(p));
if (errors.length) {
  console.error(`\n${errors.length} error(s): the previous dataset was left untouched.`);
  process.exit(1);
}
emit(join(root, 'public', 'data'), result.dataset);
const byType: Record<string, number> = {};
for (const e of result.dataset.events) byType[e.type] = (byType[e.type] ?? 0) + 1;
console.log(
  `compiled ${result.dataset.documents.length} documents → ${result.dataset.events.length} events (${Object.entries(byType)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}), ${result.dataset.actors.length} actors, ${result.dataset.edges.length} edges`,
);
