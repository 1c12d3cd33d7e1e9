/**
 * keep/explain: what the keep stage tells an editor about an event it dropped — its score, the
 * threshold, and the three features that weighed most against it (rows of lang/en-keep.ts) — as
 * a trace record and as report lines. Pure.
 */
import { contributions } from './model';

export interface DroppedEvent {
  eventId: string;
  title: string;
  /** the model's probability that an annotator would record the event */
  score: number;
  threshold: number;
  /** the three features that weighed most against keeping it (most negative first) */
  against: { id: string; weight: number }[];
  /** set when a rule of keep/stale.ts dropped it (no score): the rule's id and the days from its date to its first report */
  rule?: string;
  lag?: number;
}

export function explainDrop(e: { id: string; title: string }, features: string[], weights: Record<string, number>, score: number, threshold: number): DroppedEvent {
  const all = contributions(features, weights);
  const negative = all.filter((c) => c.weight < 0);
  const against = (negative.length >= 3 ? negative : [...negative, ...all.filter((c) => c.weight >= 0).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))]).slice(0, 3);
  return { eventId: e.id, title: e.title, score: Math.round(score * 1000) / 1000, threshold, against };
}

/** Lines for the editors' compile report: one per dropped event, and how to keep it. */
export function droppedReportLines(dropped: readonly DroppedEvent[]): string[] {
  if (!dropped.length) return [];
  const byRule = dropped.filter((d) => d.rule);
  const scored = dropped.filter((d) => !d.rule);
  const out: string[] = [];
  if (byRule.length) out.push(`Dropped by the stale rules (lib/compile/keep/stale.ts): ${byRule.length} event(s). To keep one, name its id in data/corrections.yaml (e.g. an edit-event with a note).`);
  for (const d of byRule) out.push(`  ${d.eventId} — ${d.rule}: dated ${d.lag} days before its first report`);
  if (!scored.length) return out;
  out.push(`Dropped by the keep filter (lib/compile/keep.ts): ${scored.length} event(s) scored below ${scored[0].threshold}. To keep one, name its id in data/corrections.yaml (e.g. an edit-event with a note).`);
  for (const d of scored) out.push(`  ${d.eventId} — score ${d.score.toFixed(3)} < ${d.threshold}; against it: ${d.against.map((a) => `${a.id} (${a.weight > 0 ? '+' : ''}${a.weight})`).join(', ')}`);
  return out;
}
