/** npm run check: validate data/ without writing anything; exit 1 on errors. */
import { check } from '../lib/editor/check';

const r = check(process.cwd());
for (const l of r.lines) (r.errors ? console.error : console.log)(l);
process.exit(r.exitCode);
