'use client';
import type { DatasetActor, IndexDocument, IndexEvent } from '@/lib/schema';
import type { DatasetIndex, EventSummary } from '@/lib/ui/selection';
import { useFullDocument, useFullEvent } from '@/lib/data/use-loaded';
import { ActorPanel } from './ActorPanel';
import dynamic from 'next/dynamic';
import { EventPanel } from './EventPanel';
import { DetailHint } from './DetailHint';

interface Props {
  /** the selected event from the index: its quotes are fetched here */
  event: IndexEvent | null;
  actor: DatasetActor | null;
  /** the document opened: its text is fetched here */
  document: IndexDocument | null;
  missing: string | null;
  actorEvents: EventSummary[];
  index: DatasetIndex;
  onSelectEvent: (id: string) => void;
  onSelectActor: (id: string) => void;
  onCloseEvent: () => void;
  onCloseActor: () => void;
  onOpenDocument: (id: string) => void;
  onCloseDocument: () => void;
}

// a document's text is opened from a quote: its panel loads then (not part of the first view)
const DocumentPanel = dynamic(() => import('./DocumentPanel').then((m) => m.DocumentPanel), { loading: () => <Pending what="the document" error={null} /> });

function Pending({ what, error }: { what: string; error: string | null }) {
  return error ? (
    <p className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-950" role="alert">
      {what} could not be loaded: {error}
    </p>
  ) : (
    <p className="text-sm text-slate-600" role="status" data-testid="detail-loading">
      Loading {what}…
    </p>
  );
}

export function DetailPanel(p: Props) {
  const full = useFullEvent(p.event);
  const doc = useFullDocument(p.document);
  const event = full.value && p.event && full.value.id === p.event.id ? full.value : null;
  const document = doc.value && p.document && doc.value.id === p.document.id ? doc.value : null;
  return (
    <div className="space-y-4">
      {p.missing && (
        <p className="rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950" role="status">
          Nothing called “{p.missing}” in this dataset.
        </p>
      )}
      {p.document ? (
        document ? (
        <DocumentPanel
          document={document}
          marks={(event?.evidence ?? []).filter((e) => e.documentId === document.id).map((e): [number, number] => [e.start, e.end])}
          backLabel={p.event ? 'the event' : p.actor ? p.actor.name : null}
          onClose={p.onCloseDocument}
        />
        ) : (
          <Pending what="the document" error={doc.error} />
        )
      ) : p.event ? (
        <>
          {p.actor && (
            <button type="button" onClick={p.onCloseEvent} className="text-sm text-blue-900 underline">
              ← Back to {p.actor.name}
            </button>
          )}
          {event ? (
            <EventPanel event={event} index={p.index} onSelectActor={p.onSelectActor} onOpenDocument={p.onOpenDocument} onClose={p.onCloseEvent} />
          ) : (
            <>
              <h2 className="text-lg font-semibold leading-tight">{p.event.title}</h2>
              <Pending what="the quotes" error={full.error} />
            </>
          )}
        </>
      ) : p.actor ? (
        <ActorPanel actor={p.actor} events={p.actorEvents} onSelectEvent={p.onSelectEvent} onClose={p.onCloseActor} />
      ) : (
        <DetailHint />
      )}
    </div>
  );
}
