/**
 * Confidence in 0..1 of a merged event, from: independent documents (outlets),
 * trigger strength, date certainty, participant certainty, and penalties for
 * speech-recognition transcripts and weak (paraphrased) triggers.
 */
import type { DateSource } from './types';

export interface Support {
  outlet: string;
  kind: 'article' | 'transcript';
  triggerStrength: number;
  participantCertainty: number;
}

const DATE_FACTOR: Record<DateSource, number> = { explicit: 1, anchored: 0.95, published: 0.95, range: 0.9, none: 0.85 };

export function confidenceOf(supports: Support[], dateSource: DateSource): number {
  if (!supports.length) return 0;
  // one value per outlet: the best report of each outlet
  const byOutlet = new Map<string, number>();
  for (const s of supports) {
    const w = s.kind === 'transcript' ? 0.7 : 1;
    const p = Math.max(0.3, s.participantCertainty || 0.5);
    const v = Math.min(0.95, s.triggerStrength * w * (0.6 + 0.4 * p) * 0.85);
    const key = s.outlet.toLowerCase();
    byOutlet.set(key, Math.max(byOutlet.get(key) ?? 0, v));
  }
  let miss = 1;
  for (const v of byOutlet.values()) miss *= 1 - v;
  const c = (1 - miss) * DATE_FACTOR[dateSource];
  return Math.round(Math.min(0.99, Math.max(0.05, c)) * 100) / 100;
}
