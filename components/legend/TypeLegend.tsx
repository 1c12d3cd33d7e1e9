import { memo } from 'react';
import { EVENT_TYPES, TYPE_STYLE } from '@/lib/ui/theme';

/** memoised (no props): a selection re-renders the explorer, not its legend */
export const TypeLegend = memo(function TypeLegend() {
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-800" aria-label="Event types">
      {EVENT_TYPES.map((t) => (
        <li key={t} className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-flex h-4 w-4 items-center justify-center rounded text-[10px] text-white" style={{ backgroundColor: TYPE_STYLE[t].color }}>
            {TYPE_STYLE[t].glyph}
          </span>
          {TYPE_STYLE[t].label}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="legend-range inline-block h-3 w-6 rounded-sm" />
        week, month or year only
      </li>
    </ul>
  );
});
