import { PageLink } from '../pages/PageLink';
import type { DatasetActor, DatasetEdge } from '@/lib/schema';
import { formatShortDate } from '@/lib/format';
import { actorPath, eventPath } from '@/lib/pages/seo';
import { sortEvents, type EventSummary } from '@/lib/ui/selection';
import { EDGE_STYLE, TYPE_STYLE } from '@/lib/ui/theme';
import { SelectLink } from '../pages/SelectLink';

interface Props {
  edge: DatasetEdge;
  events: Map<string, EventSummary>;
  actors: Map<string, DatasetActor>;
  onSelectEvent: (id: string) => void;
  onClose: () => void;
}

/** The events behind one link of the network ("met", "called", "responded to"). */
export function EdgePanel({ edge, events, actors, onSelectEvent, onClose }: Props) {
  const list = sortEvents(edge.eventIds.map((id) => events.get(id)).filter((e): e is EventSummary => !!e));
  const name = (id: string) => actors.get(id)?.name ?? id;
  return (
    <article className="space-y-2 rounded border border-slate-400 p-2" data-testid="edge-panel" data-edge={`${edge.kind}:${edge.source}:${edge.target}`}>
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-base font-semibold leading-tight">
          <PageLink href={actorPath(edge.source)} className="text-blue-800 underline">
            {name(edge.source)}
          </PageLink>{' '}
          {EDGE_STYLE[edge.kind].label}{' '}
          <PageLink href={actorPath(edge.target)} className="text-blue-800 underline">
            {name(edge.target)}
          </PageLink>
        </h2>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-sm text-slate-700 hover:bg-slate-100" aria-label="Close the link">
          ✕
        </button>
      </div>
      <p className="text-xs text-slate-700">
        {list.length} {list.length === 1 ? 'event' : 'events'} behind this link:
      </p>
      <ul className="space-y-1" data-testid="edge-events">
        {list.map((e) => (
          <li key={e.id} className="flex items-start gap-1.5 text-sm">
            <span aria-hidden="true" className="mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded text-[10px] text-white" style={{ backgroundColor: TYPE_STYLE[e.type].color }}>
              {TYPE_STYLE[e.type].glyph}
            </span>
            <span>
              <SelectLink href={eventPath(e.id)} onSelect={() => onSelectEvent(e.id)} className="text-left text-blue-800 underline" data-event={e.id}>
                {e.title}
              </SelectLink>
              <span className="block text-xs text-slate-700">
                {TYPE_STYLE[e.type].label} · {formatShortDate(e.date)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
