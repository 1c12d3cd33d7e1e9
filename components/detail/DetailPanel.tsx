import type { DatasetActor, DatasetDocument, DatasetEvent } from '@/lib/schema';
import type { DatasetIndex } from '@/lib/ui/selection';
import { ActorPanel } from './ActorPanel';
import { DocumentPanel } from './DocumentPanel';
import { EventPanel } from './EventPanel';

interface Props {
  event: DatasetEvent | null;
  actor: DatasetActor | null;
  document: DatasetDocument | null;
  missing: string | null;
  actorEvents: DatasetEvent[];
  index: DatasetIndex;
  onSelectEvent: (id: string) => void;
  onSelectActor: (id: string) => void;
  onCloseEvent: () => void;
  onCloseActor: () => void;
  onOpenDocument: (id: string) => void;
  onCloseDocument: () => void;
}

export function DetailPanel(p: Props) {
  return (
    <div className="space-y-4">
      {p.missing && (
        <p className="rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950" role="status">
          Nothing called “{p.missing}” in this dataset.
        </p>
      )}
      {p.document ? (
        <DocumentPanel
          document={p.document}
          marks={(p.event?.evidence ?? []).filter((e) => e.documentId === p.document!.id).map((e): [number, number] => [e.start, e.end])}
          backLabel={p.event ? 'the event' : p.actor ? p.actor.name : null}
          onClose={p.onCloseDocument}
        />
      ) : p.event ? (
        <>
          {p.actor && (
            <button type="button" onClick={p.onCloseEvent} className="text-sm text-blue-900 underline">
              ← Back to {p.actor.name}
            </button>
          )}
          <EventPanel event={p.event} index={p.index} onSelectActor={p.onSelectActor} onOpenDocument={p.onOpenDocument} onClose={p.onCloseEvent} />
        </>
      ) : p.actor ? (
        <ActorPanel actor={p.actor} events={p.actorEvents} onSelectEvent={p.onSelectEvent} onClose={p.onCloseActor} />
      ) : (
        <div className="space-y-2 text-sm text-slate-700" data-testid="detail-empty">
          <h2 className="font-semibold text-slate-900">Select an event or an actor</h2>
          <p>Click an event on the timeline to read the sentences it comes from, or a person or country in the network to see their events.</p>
          <p>Drag the timeline to move in time; hold Ctrl and scroll to zoom. Tick “Network follows timeline” to show only what happened in the visible window. Press Escape to close the details.</p>
          <p>The Table view lists the same events and actors.</p>
        </div>
      )}
    </div>
  );
}
