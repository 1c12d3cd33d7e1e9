/** Plain-text report of a set's figures (what `npm run eval` prints). Pure. */
import type { DatasetEvent } from '../schema';
import { EVENT_TYPES, sharesDocument, type TypeFigures } from './match';
import type { SetFigures } from './evaluate';

const pct = (v: number | null) => (v == null ? '   n/a' : v.toFixed(3).padStart(6));
const pad = (s: string | number, n: number) => String(s).padStart(n);
const short = (s: string, n = 140) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function row(label: string, t: TypeFigures): string {
  return `  ${label.padEnd(10)} ${pad(t.tp, 4)} ${pad(t.fp, 4)} ${pad(t.fn, 4)}  ${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)}  ${pct(t.exactDay)} (${t.exactDays}/${t.dayTotal})`;
}

function describe(e: DatasetEvent): string {
  const q = e.evidence[0];
  return `${e.id} [${e.type}, ${e.status}] "${short(e.title, 70)}" date=${e.date ?? 'null'} participants=[${e.participants.join(', ')}]${q ? `\n        ${q.documentId}: "${short(q.quote)}"` : ''}`;
}

export function formatSet(f: SetFigures, opts: { targets: boolean }): string {
  const out: string[] = [];
  const e = f.events;
  out.push(`=== set: ${f.set} — ${f.documents} documents, ${f.compiledEvents} compiled events, ${f.annotatedEvents} annotated (${f.annotatedMain} main)`);
  out.push('  type         TP   FP   FN   precis recall     F1   exact-day');
  for (const t of EVENT_TYPES) out.push(row(t, e.byType[t]));
  out.push(row('overall', e.overall));
  out.push(row('strict', e.strict) + '   (strict: a wrong day counts as a miss and a false positive)');
  const p = e.participants;
  out.push(`  participants of matched meetings+calls: precision ${pct(p.precision)} (${p.correct}/${p.compiled}), recall ${pct(p.recall)} (${p.covered}/${p.annotated})`);
  const a = f.actors;
  out.push(`  people recall: ${pct(a.peopleRecall)} (${a.peopleFound.length}/${a.peopleFound.length + a.peopleMissed.length})${a.peopleMissed.length ? ` missed: ${a.peopleMissed.join(', ')}` : ''}`);
  out.push(`  actor precision: ${pct(a.actorPrecision)} (${a.real}/${a.compiled} compiled actors are real)`);
  if (f.duplicateActors.length) out.push(`  duplicate actors (one annotated actor, several compiled): ${f.duplicateActors.map(([x, cs]) => `${x} = ${cs.join(' + ')}`).join(', ')}`);
  if (f.resolvedIds.length) out.push(`  compiled ids read as the annotated actor of the same name: ${f.resolvedIds.map(([c, x]) => `${c} → ${x}`).join(', ')}`);
  for (const j of a.junk) out.push(`    junk: ${j.id} "${j.name}"${j.surfaceForms.length ? ` as ${j.surfaceForms.map((s) => `"${s}"`).join(', ')}` : ''}`);
  const g = f.edges;
  out.push(`  met/called edge recall: ${pct(g.recall)} (${g.found}/${g.total})${g.missed.length ? ` missed: ${g.missed.join(', ')}` : ''}`);
  if (g.respondedTotal) out.push(`  responded_to recall: ${g.respondedFound}/${g.respondedTotal}${g.respondedMissed.length ? ` missed: ${g.respondedMissed.join(', ')}` : ''}`);
  if (g.wrong.length) out.push(`  WRONG edges (annotated as absent: denied/postponed): ${g.wrong.join(', ')}`);
  if (g.extra.length)
    out.push(`  compiled met/called edges not annotated (${g.extra.length}): ${g.extra.slice(0, 12).join(', ')}${g.extra.length > 12 ? ', …' : ''}`);
  if (opts.targets) {
    out.push('  targets:');
    for (const t of f.targets)
      out.push(`    ${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(40)} ${t.value == null ? 'n/a' : Number.isInteger(t.value) ? t.value : t.value.toFixed(3)} (${t.goal})`);
  }
  out.push(`  misses (${e.misses.length} main annotated events not found):`);
  e.misses.forEach((m, i) => {
    const [doc, quote] = Object.entries(m.quotes)[0];
    out.push(`    - ${m.id} [${m.type}, ${m.status}] date=${m.date ?? 'null'} participants=[${m.participants.join(', ')}]\n        ${doc}: "${short(quote)}"`);
    const why = e.missReasons[i];
    out.push(why ? `        nearest: ${why.compiled.id} — fails on ${why.reason}` : '        nearest: no compiled event comes close');
  });
  out.push(`  false positives (${e.falsePositives.length}):`);
  for (const c of e.falsePositives) out.push(`    - ${describe(c)}`);
  out.push(`  duplicates (${e.duplicates.length}, counted as false positives):`);
  for (const d of e.duplicates) out.push(`    - ${describe(d.compiled)}\n        duplicates ${d.of}`);
  if (e.dateErrors.length) {
    out.push(`  date errors of matched main events (${e.dateErrors.length}):`);
    for (const d of e.dateErrors) out.push(`    - ${d.annotated.id}: annotated ${d.annotated.date}, compiled ${d.compiled.date ?? 'null'} (${d.compiled.id}, "${d.compiled.dateInfo.expression ?? ''}")`);
  }
  const elsewhere = e.pairs.filter((p) => !sharesDocument(p.annotated, p.compiled));
  if (elsewhere.length) {
    out.push(`  matched without a shared document (check: the compiled evidence is from other documents) (${elsewhere.length}):`);
    for (const p of elsewhere) out.push(`    - ${p.annotated.id}${p.annotated.main ? '' : ' (minor)'} ← ${describe(p.compiled)}`);
  }
  if (e.ignored.length) {
    out.push(`  not counted (${e.ignored.length} compiled planned/cancelled/denied events resembling an annotation):`);
    for (const c of e.ignored) out.push(`    - ${describe(c)}`);
  }
  return out.join('\n');
}
