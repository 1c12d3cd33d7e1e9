import type { Dataset, DatasetActor } from '@/lib/schema';
import { egoNetwork } from '@/lib/pages/actor';
import { actorPath } from '@/lib/pages/seo';
import { EDGE_STYLE, NO_AFFILIATION_COLOR } from '@/lib/ui/theme';

interface Props {
  dataset: Pick<Dataset, 'edges'>;
  actor: DatasetActor;
  actors: Map<string, DatasetActor>;
  colors: Map<string, string>;
}

/** A static SVG of an actor's contacts (no script needed): each node links to its actor's page. */
export function EgoNetwork({ dataset, actor, actors, colors }: Props) {
  const size = 340;
  const g = egoNetwork(dataset, actor.id, 12, size);
  if (g.nodes.length < 2) return null;
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
  return (
    <figure className="max-w-md">
      <svg viewBox={`0 0 ${size} ${size}`} role="group" aria-label={`${actor.name} and their contacts`} className="ego h-auto w-full rounded border border-slate-300" data-testid="ego-network">
        {g.edges.map((e) => {
          const a = byId.get(e.source)!;
          const b = byId.get(e.target)!;
          const s = EDGE_STYLE[e.kind];
          return (
            <line
              key={`${e.kind}:${e.source}:${e.target}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={s.color}
              strokeWidth={Math.min(6, 1 + e.weight)}
              strokeDasharray={s.line === 'dashed' ? '6 4' : s.line === 'dotted' ? '2 3' : undefined}
              opacity={0.75}
            />
          );
        })}
        {g.nodes.map((n) => {
          const a = actors.get(n.id);
          const label = a?.name ?? n.id;
          const fill = (a?.affiliation && colors.get(a.affiliation)) || NO_AFFILIATION_COLOR;
          return (
            <a key={n.id} href={`${base}${actorPath(n.id)}`} aria-label={label}>
              <circle cx={n.x} cy={n.y} r={n.r} fill={fill} className="ego-node" strokeWidth={n.center ? 3 : 1} />
              <text x={n.x} y={n.y + n.r + 12} textAnchor="middle" fontSize="11" className="ego-label" paintOrder="stroke" strokeWidth="3">
                {label.length > 22 ? `${label.slice(0, 21)}…` : label}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-700">Lines: solid met, dashed called, dotted responded to; thicker with more events.</figcaption>
    </figure>
  );
}
