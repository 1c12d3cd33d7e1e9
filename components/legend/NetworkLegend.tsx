import { memo } from 'react';
import { ACTOR_KINDS, EDGE_KINDS, EDGE_STYLE } from '@/lib/ui/theme';

const KIND_ICON: Record<string, string> = {
  person: 'rounded-full',
  country: 'rounded-sm',
  organization: 'rotate-45 scale-75',
  group: 'legend-hexagon',
};

/** `plainLinks`: the network draws its links as plain lines told apart by colour (at scale: components/network/cy-style.ts) */
/** memoised: a selection re-renders the explorer, not its legend (its props are the same) */
export const NetworkLegend = memo(function NetworkLegend({ affiliations, plainLinks = false }: { affiliations: [string, string][]; plainLinks?: boolean }) {
  return (
    <div className="space-y-1 text-xs text-slate-800" aria-label="Network legend">
      <ul className="flex flex-wrap gap-x-2 gap-y-0.5">
        {affiliations.map(([name, color]) => (
          <li key={name} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: color }} />
            {name}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-2 gap-y-0.5">
        {ACTOR_KINDS.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-3 w-3 bg-slate-600 ${KIND_ICON[k]}`} />
            {k}
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap gap-x-2 gap-y-0.5" data-testid="legend-links" data-plain={plainLinks ? 'true' : 'false'}>
        {EDGE_KINDS.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <svg aria-hidden="true" width="26" height="8" viewBox="0 0 26 8">
              <line
                x1="1"
                y1="4"
                x2={EDGE_STYLE[k].arrow && !plainLinks ? 19 : 25}
                y2="4"
                stroke={EDGE_STYLE[k].color}
                strokeWidth="2"
                strokeDasharray={plainLinks ? undefined : EDGE_STYLE[k].line === 'dashed' ? '5 3' : EDGE_STYLE[k].line === 'dotted' ? '1.5 2.5' : undefined}
              />
              {EDGE_STYLE[k].arrow && !plainLinks && <path d="M19 0 L26 4 L19 8 Z" fill={EDGE_STYLE[k].color} />}
            </svg>
            {EDGE_STYLE[k].label}
          </li>
        ))}
      </ul>
    </div>
  );
});
