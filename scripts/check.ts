/** npm run check: validate data/ without writing anything; exit 1 on errors. */
import { check } from '../lib/editor/check';

try {
  const r = check(process.cwd());
  for (const l of r.lines) (r.errors ? console.error : console.log)(l);
  process.exit(r.exitCode);
} catch (e) {
  // a fault outside the data files (a bug, a broken installation): one line, not a stack trace
  console.error(`check: could not run: ${e instanceof Error ? e.message : String(e)} (this is not a problem in your data; run it again, or report it with this line)`);
  process.exit(2);
}
