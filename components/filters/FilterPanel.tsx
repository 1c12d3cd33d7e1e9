'use client';
/**
 * The reader's filters, each choice with the number of events it would give
 * (other filters applied). Everything lives in the URL (lib/url-state.ts);
 * this component only reads `filters` and reports a new value.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { DataIndex } from '@/lib/schema';
import { NO_FILTERS, facetChoices, facetCounts, isFiltering, type Filters } from '@/lib/filters';
import { EventStatus } from '@/lib/schema-enums';
import { EVENT_TYPES, STATUS_LABEL, TYPE_STYLE } from '@/lib/ui/theme';

interface Props {
  dataset: DataIndex;
  filters: Filters;
  onChange: (f: Filters) => void;
}

function toggle<T>(xs: T[], x: T): T[] {
  return xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];
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
  const id = useId();
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
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const chips = [
    ...filters.types.map((t) => TYPE_STYLE[t].label),
    ...filters.statuses.map((x) => STATUS_LABEL[x]),
    ...filters.affiliations,
    ...filters.actors.map((a) => dataset.actors.find((x) => x.id === a)?.name ?? a),
    ...filters.documents.map((d) => dataset.documents.find((x) => x.id === d)?.outlet ?? d),
    ...(filters.since || filters.until ? [`${filters.since ?? '…'} – ${filters.until ?? '…'}`] : []),
    ...(filters.minConfidence > 0 ? [`≥ ${Math.round(filters.minConfidence * 100)}% confidence`] : []),
  ];
  const n = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
  return (
    <details className="relative z-30 border-b border-slate-300 bg-slate-50" data-testid="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-1 text-sm">
        <span className="font-semibold">Filters</span>{' '}
        <span data-testid="filter-summary" className="text-slate-700">
          {active && counts ? `— showing ${counts.total} of ${dataset.events.length} events: ${chips.join(', ')}` : `— all ${dataset.events.length} events`}
        </span>
      </summary>
      {/* over the charts, not pushing them away */}
      {open && counts && choices && (
      <div className="absolute inset-x-0 top-full grid max-h-[70vh] grid-cols-1 gap-3 overflow-y-auto border-b border-slate-400 bg-slate-50 px-3 pb-3 pt-1 text-sm shadow-lg sm:grid-cols-2 lg:grid-cols-4" tabIndex={-1}>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Type</legend>
          {EVENT_TYPES.map((t) => (
            <label key={t} className="flex items-center gap-1.5">
              <input type="checkbox" checked={filters.types.includes(t)} onChange={() => set({ types: toggle(filters.types, t) })} data-testid={`filter-type-${t}`} />
              <span aria-hidden="true" className="inline-flex h-4 w-4 items-center justify-center rounded text-[10px] text-white" style={{ backgroundColor: TYPE_STYLE[t].color }}>
                {TYPE_STYLE[t].glyph}
              </span>
              {TYPE_STYLE[t].label} <span className="text-slate-700">({n(counts.types, t)})</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Status</legend>
          {EventStatus.map((s) => (
            <label key={s} className="flex items-center gap-1.5">
              <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => set({ statuses: toggle(filters.statuses, s) })} data-testid={`filter-status-${s}`} />
              {STATUS_LABEL[s]} <span className="text-slate-700">({n(counts.statuses, s)})</span>
            </label>
          ))}
          <label className="mt-2 block" htmlFor={`${id}-conf`}>
            <span className="font-semibold">Confidence</span> at least {Math.round(filters.minConfidence * 100)}%{' '}
            <span className="text-slate-700">({counts.confidence})</span>
          </label>
          <input
            id={`${id}-conf`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(filters.minConfidence * 100)}
            onChange={(e) => set({ minConfidence: Number(e.target.value) / 100 })}
            className="w-full accent-slate-900"
            data-testid="filter-confidence"
          />
        </fieldset>
        <fieldset className="space-y-1">
          <legend className="font-semibold">Dates</legend>
          <label className="flex items-center justify-between gap-2">
            From
            <input type="date" value={filters.since ?? ''} onChange={(e) => set({ since: e.target.value || null })} className="rounded border border-slate-400 bg-white px-1" data-testid="filter-since" />
          </label>
          <label className="flex items-center justify-between gap-2">
            To
            <input type="date" value={filters.until ?? ''} onChange={(e) => set({ until: e.target.value || null })} className="rounded border border-slate-400 bg-white px-1" data-testid="filter-until" />
          </label>
          <p className="text-xs text-slate-700">{filters.since || filters.until ? `${counts.dates} events in these dates (undated ones left out)` : 'Any date, undated included'}</p>
          <p className="mt-2 font-semibold">Affiliation</p>
          <div className="space-y-1">
            {choices.affiliations.map((a) => (
              <label key={a} className="flex items-center gap-1.5">
                <input type="checkbox" checked={filters.affiliations.includes(a)} onChange={() => set({ affiliations: toggle(filters.affiliations, a) })} data-testid="filter-affiliation" value={a} />
                {a} <span className="text-slate-700">({n(counts.affiliations, a)})</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-3">
          <fieldset className="space-y-1">
            <legend className="font-semibold">Actor</legend>
            <div className="max-h-36 space-y-1 overflow-y-auto rounded border border-slate-300 bg-white p-1">
              {actors.map((a) => (
                <label key={a.id} className="flex items-center gap-1.5">
                  <input type="checkbox" checked={filters.actors.includes(a.id)} onChange={() => set({ actors: toggle(filters.actors, a.id) })} data-testid="filter-actor" value={a.id} />
                  {a.name} <span className="text-slate-700">({n(counts.actors, a.id)})</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="space-y-1">
            <legend className="font-semibold">Outlet / document</legend>
            <div className="max-h-36 space-y-1 overflow-y-auto rounded border border-slate-300 bg-white p-1">
              {choices.documents.map((d) => (
                <label key={d.id} className="flex items-start gap-1.5">
                  <input type="checkbox" className="mt-1" checked={filters.documents.includes(d.id)} onChange={() => set({ documents: toggle(filters.documents, d.id) })} data-testid="filter-document" value={d.id} />
                  <span>
                    <span className="font-semibold">{d.outlet}</span> — {d.title} <span className="text-slate-700">({n(counts.documents, d.id)})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-2">
            {active && (
              <button type="button" onClick={() => onChange(NO_FILTERS)} className="rounded border border-slate-500 bg-white px-2 py-1" data-testid="filter-clear">
                Clear all filters
              </button>
            )}
            <button type="button" onClick={() => setOpen(false)} className="rounded border border-slate-500 bg-white px-2 py-1" data-testid="filter-close">
              Done
            </button>
          </div>
        </div>
      </div>
      )}
    </details>
  );
});
