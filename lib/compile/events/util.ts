/** Small helpers shared by the event passes. */
import type { ActorKind } from '../../schema';
import type { Mention, Sentence } from '../types';
import type { LocalMention } from '../what/participants';

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function toLocal(ms: Mention[], s: Sentence, kindOf: (id: string) => ActorKind | null): LocalMention[] {
  const out: LocalMention[] = [];
  for (const m of ms) {
    const kind = kindOf(m.actorId);
    if (!kind) continue;
    out.push({ actorId: m.actorId, kind, start: m.start - s.start, end: m.end - s.start, score: m.score, via: m.via, surface: m.surface });
  }
  // one mention per span: the best-scored
  out.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.score - a.score);
  const kept: LocalMention[] = [];
  for (const m of out) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept;
}
