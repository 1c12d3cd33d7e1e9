/**
 * The network for a step, drawn as light SVG from fixed positions (the same
 * for every step): every actor a grey mark, the step's actors in their
 * affiliation colour and shape with their names, the step's links drawn dark.
 */
import { memo, useMemo } from 'react';
import type { Positions } from '@/lib/export/gexf';
import type { ActorKind, DataIndex } from '@/lib/schema';
import { placeLabels } from './label-layout';
import { EDGE_STYLE, NO_AFFILIATION_COLOR, affiliationColors } from '@/lib/ui/theme';

interface Props {
  dataset: Pick<DataIndex, 'actors' | 'edges'>;
  positions: Positions;
  actorIds: string[];
  eventIds: string[];
  /** the actor a step is about (ringed) */
  actorId: string | null;
}

function Shape({ kind, x, y, r, fill, stroke, sw }: { kind: ActorKind; x: number; y: number; r: number; fill: string; stroke: string; sw: number }) {
  const common = { fill, stroke, strokeWidth: sw };
  if (kind === 'country') return <rect x={x - r} y={y - r * 0.8} width={2 * r} height={1.6 * r} rx={r * 0.3} {...common} />;
  if (kind === 'organization') return <polygon points={`${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`} {...common} />;
  if (kind === 'group') {
    const pts = Array.from({ length: 6 }, (_, i) => `${x + r * Math.cos((Math.PI / 3) * i)},${y + r * Math.sin((Math.PI / 3) * i)}`).join(' ');
    return <polygon points={pts} {...common} />;
  }
  return <circle cx={x} cy={y} r={r} {...common} />;
}

function StepNetworkImpl({ dataset, positions, actorIds, eventIds, actorId }: Props) {
  const base = useMemo(() => {
    const ids = Object.keys(positions);
    const xs = ids.map((id) => positions[id].x);
    const ys = ids.map((id) => positions[id].y);
    const pad = 70;
    const minX = Math.min(...xs, 0) - pad;
    const minY = Math.min(...ys, 0) - pad;
    const w = Math.max(...xs, 0) + pad - minX;
    const h = Math.max(...ys, 0) + pad - minY;
    const colors = affiliationColors(dataset.actors.map((a) => a.affiliation));
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    return { viewBox: `${minX} ${minY} ${w} ${h}`, unit: Math.max(w, h) / 40, colors, actors };
  }, [dataset, positions]);
  const on = new Set(actorIds);
  const evs = new Set(eventIds);
  const { unit, colors, actors } = base;
  const edges = dataset.edges.filter((e) => positions[e.source] && positions[e.target]);
  const lit = edges.filter((e) => e.eventIds.some((id) => evs.has(id)));
  const nodes = Object.keys(positions).filter((id) => actors.has(id));
  const labels = placeLabels(
    [...actorIds]
      .filter((id) => positions[id] && actors.has(id))
      .sort((a, b) => Number(b === actorId) - Number(a === actorId) || (actors.get(b)!.eventCount - actors.get(a)!.eventCount) || a.localeCompare(b))
      .map((id) => ({ id, text: actors.get(id)!.name, x: positions[id].x, y: positions[id].y })),
    unit * 1.15,
    unit * 0.95,
  );
  return (
    <svg viewBox={base.viewBox} className="h-full w-full" role="img" aria-label={`Network: ${actorIds.map((id) => actors.get(id)?.name ?? id).join(', ') || 'no actors'} highlighted`} data-testid="present-network" data-highlighted={actorIds.join(' ')}>
      <g stroke="#d5dbe3" strokeWidth={unit * 0.08}>
        {edges.map((e) => {
          const a = positions[e.source];
          const b = positions[e.target];
          return <line key={`${e.kind}:${e.source}:${e.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
        })}
      </g>
      <g>
        {lit.map((e) => {
          const a = positions[e.source];
          const b = positions[e.target];
          const st = EDGE_STYLE[e.kind];
          return (
            <line
              key={`lit:${e.kind}:${e.source}:${e.target}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={st.color}
              strokeWidth={unit * 0.35}
              strokeDasharray={st.line === 'dashed' ? `${unit} ${unit * 0.6}` : st.line === 'dotted' ? `${unit * 0.3} ${unit * 0.4}` : undefined}
              strokeLinecap="round"
            />
          );
        })}
      </g>
      <g>
        {nodes.filter((id) => !on.has(id)).map((id) => {
          const p = positions[id];
          return <Shape key={id} kind={actors.get(id)!.kind} x={p.x} y={p.y} r={unit * 0.45} fill="#c3cad4" stroke="#fff" sw={unit * 0.08} />;
        })}
        {nodes.filter((id) => on.has(id)).map((id) => {
          const a = actors.get(id)!;
          const p = positions[id];
          const fill = (a.affiliation && colors.get(a.affiliation)) || NO_AFFILIATION_COLOR;
          return (
            <g key={id} data-actor={id}>
              {id === actorId ? <circle cx={p.x} cy={p.y} r={unit * 1.5} fill="none" stroke="#0f172a" strokeWidth={unit * 0.2} /> : null}
              <Shape kind={a.kind} x={p.x} y={p.y} r={unit * 0.95} fill={fill} stroke="#0f172a" sw={unit * 0.12} />
            </g>
          );
        })}
      </g>
      <g fontFamily="ui-sans-serif, system-ui, sans-serif" fontWeight={700} fontSize={unit * 1.15} fill="#0f172a" stroke="#fff" strokeWidth={unit * 0.35} paintOrder="stroke" strokeLinejoin="round">
        {labels.map((l) => (
          <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} data-label={l.id}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}

export const StepNetwork = memo(StepNetworkImpl);
