'use client';
/**
 * The filter panel's choices (FilterPanel.tsx), each with the number of events it would give: their own chunk,
 * loaded when the panel first opens.
 */
import { useId } from 'react';
import type { DataIndex, DatasetActor } from '@/lib/schema';
import { NO_FILTERS, isFiltering, type FacetCounts, type Filters, type facetChoices } from '@/lib/filters';
import { EventStatus } from '@/lib/schema-enums';
import { EVENT_TYPES, STATUS_LABEL, TYPE_STYLE } from '@/lib/ui/theme';

interface Props {
  filters: Filters;
  counts: FacetCounts;
  choices: ReturnType<typeof facetChoices<DataIndex['events'][number], DataIndex['documents'][number]>>;
  /** the actors to offer, most active first */
  actors: DatasetActor[];
  onChange: (f: Filters) => void;
  onClose: () => void;
}

function toggle<T>(xs: T[], x: T): T[] {
  return xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];
}

export function FilterChoices({ filters, counts, choices, actors, onChange, onClose }: Props) {
  const id = useId();
  const active = isFiltering(filters);
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const n = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
  return (
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
          <button type="button" onClick={onClose} className="rounded border border-slate-500 bg-white px-2 py-1" data-testid="filter-close">
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
