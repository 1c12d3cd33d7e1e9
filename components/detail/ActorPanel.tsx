import type { DatasetActor } from '@/lib/schema';
import type { EventSummary } from '@/lib/ui/selection';
import { EventButton } from './EventButton';

interface Props {
  actor: DatasetActor;
  events: EventSummary[];
  onSelectEvent: (id: string) => void;
  onClose: () => void;
}

export function ActorPanel({ actor, events, onSelectEvent, onClose }: Props) {
  const forms = [...new Set([...actor.aliases, ...actor.surfaceForms])].filter((f) => f !== actor.name).sort();
  return (
    <article className="space-y-3" data-testid="actor-panel" data-actor-id={actor.id}>
      <div className="flex items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <span className="rounded bg-slate-200 px-1.5 py-0.5 font-semibold capitalize text-slate-900">{actor.kind}</span>
          {actor.affiliation && <span className="rounded border border-slate-400 px-1.5 py-0.5 text-slate-900">{actor.affiliation}</span>}
          {actor.discovered && (
            <span className="rounded border border-dashed border-slate-700 px-1.5 py-0.5 text-slate-900" title="Found in the documents, not in data/actors.yaml">
              discovered
            </span>
          )}
        </div>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-sm text-slate-700 hover:bg-slate-100" aria-label="Close details">
          ✕
        </button>
      </div>
      <h2 className="text-lg font-semibold leading-tight">{actor.name}</h2>
      {actor.role && <p className="text-sm text-slate-700">{actor.role}</p>}
      {forms.length > 0 && (
        <p className="text-xs text-slate-700">
          <span className="font-semibold">Also written: </span>
          {forms.join(', ')}
        </p>
      )}
      <section>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Events ({events.length})</h3>
        {events.length ? (
          <ul className="mt-1 space-y-0.5" data-testid="actor-events">
            {events.map((e) => (
              <li key={e.id}>
                <EventButton event={e} onSelect={onSelectEvent} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No events found for this actor.</p>
        )}
      </section>
    </article>
  );
}
