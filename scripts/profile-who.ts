/**
 * npx tsx scripts/profile-who.ts DIR [--docs 300] [--reps 3]
 *
 * CPU of the who stage's matching functions alone on the first N documents of a bench corpus: the data files' actor and
 * place forms scanned over every sentence (as exactPass and placePass do), and the working contexts made. Prints CPU ms
 * per part (best of `reps`) and a digest of the hits, so that two versions of scan can be compared on the same work.
 * First the whole first pass of every document (firstPassData, once: its memos start cold, as on a worker) and a digest
 * of its data.
 * Prints figures; asserts nothing.
 */
import { createHash } from 'node:crypto';
import { load } from '../lib/compile/load';
import { prepareDoc } from '../lib/compile';
import { docFacts, firstPassData, outletNames, whoContext, whoPrepare } from '../lib/compile/mentions';
import { makeDocCtx } from '../lib/compile/who/context';
import { scan } from '../lib/compile/who/forms';
import { tokenize } from '../lib/compile/who/text';

const argv = process.argv.slice(2);
const opt = (name: string): string | null => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : null;
};
const dir = argv[0];
const n = Number(opt('docs') ?? 300);
const reps = Number(opt('reps') ?? 3);

const inputs = load(dir, dir);
const docs = [...inputs.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, n).map((d) => prepareDoc(d).doc);
const outlets = outletNames(inputs.lexicon, docs);
const prep = whoPrepare(docs, inputs.actors, inputs.places, inputs.lexicon, (d) => docFacts(d, outlets));
const cx = whoContext(prep.setup);
const ctxs = docs.map((d) => makeDocCtx(d));
const sents = ctxs.flatMap((dc) => dc.sents.map((sc) => ({ sc, transcript: dc.transcript })));
console.log(`${docs.length} documents, ${sents.length} sentences, ${cx.aForms.length} actor forms, ${cx.pForms.length} place forms`);

const cpu = (f: () => void): number => {
  const all: number[] = [];
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const c = process.cpuUsage();
    f();
    const d = process.cpuUsage(c);
    best = Math.min(best, (d.user + d.system) / 1000);
    all.push(Math.round((d.user + d.system) / 1000));
  }
  if (reps > 1) console.log(`  runs ${all.join(" ")}`);
  return best;
};
let digest = '';
const part = (name: string, f: () => unknown[]) => {
  let out: unknown[] = [];
  const ms = cpu(() => (out = f()));
  const h = createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 12);
  digest += h;
  console.log(`${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${h}`);
};
{
  // the whole first pass, once and first (its word memos cold, as a worker's)
  let out: unknown[] = [];
  const c = process.cpuUsage();
  out = docs.map((d) => firstPassData(d, cx));
  const d = process.cpuUsage(c);
  const h = createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 12);
  digest += h;
  console.log(`${'first pass (once, cold)'.padEnd(28)} ${((d.user + d.system) / 1000).toFixed(0).padStart(6)} ms  ${h}`);
}
part('makeDocCtx', () => docs.map((d) => makeDocCtx(d).sents.length));
part('tokenize', () => sents.map(({ sc }) => tokenize(sc.text).length));
part('scan actor forms', () => sents.map(({ sc, transcript }) => scan(sc.text, cx.aForms, transcript, sc.tokens).map((h) => [h.start, h.end, h.surface])));
part('scan place forms', () => sents.map(({ sc, transcript }) => scan(sc.text, cx.pForms, transcript, sc.tokens).map((h) => [h.start, h.end, h.surface])));
console.log(`digest ${createHash('sha256').update(digest).digest('hex').slice(0, 16)}`);
