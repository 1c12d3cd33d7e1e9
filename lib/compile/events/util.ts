/** Small helpers shared by the event passes. */
import type { ActorKind } from '../../schema';
import type { Mention, Sentence } from '../types';
import type { LocalMention } from '../what/participants';
import { EN } from '../lang/en';

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
  for (const m of out) if (!kept.some((k) => k.start < m.end && m.start < k.end && !coordinated(k, m))) kept.push(m);
  return kept;
}

/**
 * "the prime ministers of Israel and Lebanon": one coordinated span the people stage resolved to two people —
 * both are kept (any other overlap keeps the best-scored mention only).
 */
function coordinated(a: LocalMention, b: LocalMention): boolean {
  return a.start === b.start && a.end === b.end && a.actorId !== b.actorId && a.kind === 'person' && b.kind === 'person' && EN.coordinatedPeople.pattern.test(a.surface);
}
