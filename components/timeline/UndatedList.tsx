import { memo, useState } from 'react';
import type { EventSummary } from '@/lib/ui/selection';
import { TYPE_STYLE } from '@/lib/ui/theme';

interface Props {
  events: EventSummary[];
  selectedId: string | null;
  relatedActor: string | null;
  onSelect: (id: string) => void;
}

/** Shown at first (thousands at scale): the rest behind one button, all in the table view too. */
export const UNDATED_FIRST = 100;

/** Events without a date are listed beside the timeline, never dropped. */
/** memoised: the explorer re-renders on every selection; this list changes only with its own props */
export const UndatedList = memo(function UndatedList({ events, selectedId, relatedActor, onSelect }: Props) {
  const [all, setAll] = useState(false);
  const selectedAt = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  // the first ones, and the selected one wherever it is
  const shown = all || events.length <= UNDATED_FIRST ? events : events.filter((e, i) => i < UNDATED_FIRST || i === selectedAt);
  return (
    <section aria-labelledby="undated-title" className="flex h-full min-h-0 flex-col" data-testid="undated">
      <h2 id="undated-title" className="px-2 pt-1 text-xs font-semibold uppercase tracking-wide text-slate-700">
        Undated ({events.length})
      </h2>
      {events.length === 0 ? (
        <p className="px-2 text-xs text-slate-600">Every event has a date.</p>
      ) : (
        <ul className="min-h-0 flex-1 space-y-1 overflow-y-auto p-1">
          {shown.map((e) => {
            const s = TYPE_STYLE[e.type];
            const related = !!relatedActor && e.participants.includes(relatedActor);
            return (
              <li key={e.id}>
                <button
                  type="button"
                  onClick={() => onSelect(e.id)}
                  aria-pressed={selectedId === e.id}
                  className={`flex w-full items-start gap-1 rounded border px-1.5 py-1 text-left text-xs leading-tight ${
                    selectedId === e.id ? 'border-slate-900 bg-amber-100' : related ? 'border-slate-900 bg-slate-100' : 'border-slate-300 bg-white hover:bg-slate-50'
                  }`}
                  data-event={e.id}
                >
                  <span aria-hidden="true" className="inline-flex h-4 w-4 shrink-0 items-center justify-center rounded text-[10px] text-white" style={{ backgroundColor: s.color }}>
                    {s.glyph}
                  </span>
                  <span>{e.title}</span>
                </button>
              </li>
            );
          })}
          {shown.length < events.length && (
            <li>
              <button type="button" onClick={() => setAll(true)} className="w-full rounded border border-slate-500 bg-white px-1.5 py-1 text-xs underline" data-testid="undated-all">
                Show all {events.length} undated events
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
});
