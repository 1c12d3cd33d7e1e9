/**
 * Visual vocabulary shared by the charts, legends, panels and tables:
 * every event type has a colour AND a glyph, every actor kind a node shape,
 * every edge kind a line style. Colours keep white text at WCAG AA (≥ 4.5:1).
 */
import type { ActorKind, EdgeKind, EventStatus, EventType } from '../schema';

export interface TypeStyle {
  label: string;
  glyph: string;
  /** background colour, white text on it passes AA */
  color: string;
}

export const EVENT_TYPES: readonly EventType[] = ['call', 'meeting', 'statement', 'visit', 'agreement'];

export const TYPE_STYLE: Record<EventType, TypeStyle> = {
  call: { label: 'Call', glyph: '☎', color: '#1d4ed8' },
  meeting: { label: 'Meeting', glyph: '●', color: '#047857' },
  statement: { label: 'Statement', glyph: '❝', color: '#7e22ce' },
  visit: { label: 'Visit', glyph: '✈', color: '#b45309' },
  agreement: { label: 'Agreement', glyph: '✓', color: '#be123c' },
};

export const STATUS_LABEL: Record<EventStatus, string> = {
  happened: 'Happened',
  ongoing: 'Ongoing',
  planned: 'Planned',
  cancelled: 'Cancelled',
  denied: 'Denied',
};

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'country', 'organization', 'group'];

/** Cytoscape node shapes by actor kind. */
export const KIND_SHAPE: Record<ActorKind, string> = {
  person: 'ellipse',
  country: 'round-rectangle',
  organization: 'diamond',
  group: 'hexagon',
};

export const EDGE_KINDS: readonly EdgeKind[] = ['met', 'called', 'responded_to'];

export const EDGE_STYLE: Record<EdgeKind, { label: string; line: 'solid' | 'dashed' | 'dotted'; arrow: boolean; color: string }> = {
  met: { label: 'met', line: 'solid', arrow: false, color: '#047857' },
  called: { label: 'called', line: 'dashed', arrow: false, color: '#1d4ed8' },
  responded_to: { label: 'responded to', line: 'dotted', arrow: true, color: '#7e22ce' },
};

/** Dark enough for white labels / light enough to tell apart; assigned by sorted affiliation. */
const AFFILIATION_PALETTE = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#92400e',
  '#ea580c',
  '#0f766e',
  '#4f46e5',
];
export const NO_AFFILIATION_COLOR = '#64748b';

/** A stable colour per affiliation: sorted affiliations take palette colours in order. */
export function affiliationColors(affiliations: Iterable<string | null>): Map<string, string> {
  const names = [...new Set([...affiliations].filter((a): a is string => !!a))].sort();
  const out = new Map<string, string>();
  names.forEach((name, i) => out.set(name, AFFILIATION_PALETTE[i % AFFILIATION_PALETTE.length]));
  return out;
}
