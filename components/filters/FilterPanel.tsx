'use client';
/**
 * The reader's filters, each choice with the number of events it would give
 * (other filters applied). Everything lives in the URL (lib/url-state.ts);
 * this component only reads `filters` and reports a new value.
 */
import { memo, useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import type { DataIndex } from '@/lib/schema';
import { facetChoices, facetCounts, isFiltering, type Filters } from '@/lib/filters';
import { STATUS_LABEL, TYPE_STYLE } from '@/lib/ui/theme';

const loadChoices = () => import('./FilterChoices').then((m) => m.FilterChoices);
const FilterChoices = dynamic(loadChoices, { loading: () => <p className="absolute inset-x-0 top-full border-b border-slate-400 bg-slate-50 px-3 py-2 text-sm shadow-lg" role="status">Loading the filters…</p> });
/** the choices' code, fetched when the reader points at or focuses the panel's summary */
const preload = () => void loadChoices().catch(() => undefined);

interface Props {
  dataset: DataIndex;
  filters: Filters;
  onChange: (f: Filters) => void;
}

/** memoised: re-rendered when the data or the filters change, not on every selection */
export const FilterPanel = memo(function FilterPanel({ dataset, filters: fromUrl, onChange: report }: Props) {
  // a tick shows at once; the URL (and so `fromUrl`) follows a moment later and then wins again
  const [pending, setPending] = useState<{ base: Filters; value: Filters } | null>(null);
  const filters = pending && pending.base === fromUrl ? pending.value : fromUrl;
  const onChange = (f: Filters) => {
    setPending({ base: fromUrl, value: f });
    report(f);
  };
  const active = isFiltering(filters);
  const [open, setOpen] = useState(false);
  // the choices and their counts (every event, thousands of actors and documents) are worked out
  // and rendered only while the panel is open; closed, the summary needs the count only when filtering
  const counts = useMemo(() => (open || active ? facetCounts(dataset, filters) : null), [dataset, filters, open, active]);
  const choices = useMemo(() => (open ? facetChoices(dataset) : null), [dataset, open]);
  const actors = useMemo(
    () =>
      open
        ? [...dataset.actors]
            .filter((a) => a.eventCount > 0 || filters.actors.includes(a.id))
            .sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name))
        : [],
    [dataset, filters.actors, open],
  );
  const chips = [
    ...filters.types.map((t) => TYPE_STYLE[t].label),
    ...filters.statuses.map((x) => STATUS_LABEL[x]),
    ...filters.affiliations,
    ...filters.actors.map((a) => dataset.actors.find((x) => x.id === a)?.name ?? a),
    ...filters.documents.map((d) => dataset.documents.find((x) => x.id === d)?.outlet ?? d),
    ...(filters.since || filters.until ? [`${filters.since ?? '…'} – ${filters.until ?? '…'}`] : []),
    ...(filters.minConfidence > 0 ? [`≥ ${Math.round(filters.minConfidence * 100)}% confidence`] : []),
  ];
  return (
    <details className="relative z-30 border-b border-slate-300 bg-slate-50" data-testid="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-1 text-sm" onPointerEnter={preload} onFocus={preload}>
        <span className="font-semibold">Filters</span>{' '}
        <span data-testid="filter-summary" className="text-slate-700">
          {active && counts ? `— showing ${counts.total} of ${dataset.events.length} events: ${chips.join(', ')}` : `— all ${dataset.events.length} events`}
        </span>
      </summary>
      {/* over the charts, not pushing them away; the choices' code loads when the panel first opens (or is about to) */}
      {open && counts && choices && (
        <FilterChoices
          filters={filters}
          counts={counts}
          choices={choices}
          actors={actors}
          onChange={onChange}
          onClose={() => setOpen(false)}
        />
      )}
    </details>
  );
});
