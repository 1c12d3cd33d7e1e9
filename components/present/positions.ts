/**
 * Network positions for the presentation, computed at build (server side).
 * One small function: swap its body for the positions shipped in the dataset
 * when they exist.
 */
import 'server-only';
import { computeLayout, type Positions } from '@/lib/adapters/layout';
import { toCytoscapeElements } from '@/lib/adapters/network';
import type { Dataset } from '@/lib/schema';

export function presentationPositions(dataset: Dataset): Positions {
  return computeLayout(toCytoscapeElements(dataset));
}
