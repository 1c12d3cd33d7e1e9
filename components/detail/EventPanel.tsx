import dynamic from 'next/dynamic';
import { useDeferredValue } from 'react';
import type { DatasetEvent } from '@/lib/schema';
import { describeDateInfo, formatConfidence, formatPartialDate, formatShortDate, precisionOf } from '@/lib/format';
import type { DatasetIndex } from '@/lib/ui/selection';
import { participantsOf } from '@/lib/ui/selection';
import { ActorButton } from './ActorButton';
import { EvidenceList } from './EvidenceList';
import { StatusBadge, TypeBadge } from './TypeBadge';

interface Props {
  event: DatasetEvent;
  index: DatasetIndex;
  onSelectActor: (id: string) => void;
  onOpenDocument: (id: string) => void;
  onClose: () => void;
}

// the rules behind the event: closed and last, below the fold; its code comes with the first event shown, not with the page
// (`loading` gives it a Suspense boundary of its own: without one, the panel itself, its quote included, waited for the chunk)
const WhyList = dynamic(() => import('./WhyList').then((m) => m.WhyList), { loading: () => null });

const PRECISION_NOTE = { day: 'exact day', week: 'day estimated from the week', month: 'month only', year: 'year only' } as const;

export function EventPanel({ event, index, onSelectActor, onOpenDocument, onClose }: Props) {
  // the rules come in a render of their own, after the quote's: the first one requests their chunk (Turbopack appends its
  // script), ~20 % of the quote's render on a phone (CPU ×4, bench:browser --mobile --profile-held), before the quote's frame
  const why = useDeferredValue(event.id, null);
  const participants = participantsOf(event, index);
  const answered = event.respondsTo.map((id) => index.actors.get(id)).filter((a) => !!a);
  const how = describeDateInfo(event.dateInfo);
  const precision = event.dateInfo.precision ?? (event.date ? precisionOf(event.date) : null);
  return (
    <article className="space-y-3" data-testid="event-panel" data-event-id={event.id}>
      <div className="flex items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-1.5">
          <TypeBadge type={event.type} />
          <StatusBadge status={event.status} />
        </div>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-sm text-slate-700 hover:bg-slate-100" aria-label="Close details">
          ✕
        </button>
      </div>
      <h2 className="text-lg font-semibold leading-tight">{event.title}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Date</dt>
        <dd>
          <span data-testid="event-date">{formatPartialDate(event.date)}</span>
          {precision && precision !== 'day' && <span className="ml-1 text-xs text-slate-600">({PRECISION_NOTE[precision]})</span>}
          {how && <div className="text-xs text-slate-600">{how}</div>}
        </dd>
        {event.location && (
          <>
            <dt className="text-slate-600">Place</dt>
            <dd>{event.location}</dd>
          </>
        )}
        <dt className="text-slate-600">Confidence</dt>
        <dd>{formatConfidence(event.confidence)}</dd>
      </dl>
      {participants.length > 0 && (
        <section>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Participants</h3>
          <div className="mt-1 flex flex-wrap gap-1">
            {participants.map((a) => (
              <ActorButton key={a.id} actor={a} onSelect={onSelectActor} />
            ))}
          </div>
        </section>
      )}
      {answered.length > 0 && (
        <section>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Responds to</h3>
          <div className="mt-1 flex flex-wrap gap-1">
            {answered.map((a) => (
              <ActorButton key={a!.id} actor={a!} onSelect={onSelectActor} />
            ))}
          </div>
        </section>
      )}
      {event.edited && (
        <p className="rounded border border-sky-700 bg-sky-50 p-2 text-xs text-sky-950" data-testid="edited-notice">
          Edited by an editor{event.edited.notes.length ? `: ${event.edited.notes.join('; ')}` : '.'}
        </p>
      )}
      {event.disagreements.length > 0 && (
        <section className="rounded border border-amber-600 bg-amber-50 p-2 text-xs text-amber-950">
          <h3 className="font-semibold">Sources disagree</h3>
          <ul className="mt-1 space-y-0.5">
            {event.disagreements.map((d) => (
              <li key={d.field}>
                <span className="font-semibold">{d.field}:</span>{' '}
                {d.values
                  .map((v) => {
                    const shown = v.value === null ? 'not given' : d.field === 'date' ? formatShortDate(v.value) : v.value;
                    const outlets = v.documentIds.map((id) => index.documents.get(id)?.outlet ?? id).join(', ');
                    return `${shown} (${outlets})`;
                  })
                  .join(' vs ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
          Evidence ({event.evidence.length} {event.evidence.length === 1 ? 'quote' : 'quotes'} from {new Set(event.evidence.map((e) => e.documentId)).size}{' '}
          {new Set(event.evidence.map((e) => e.documentId)).size === 1 ? 'document' : 'documents'})
        </h3>
        <EvidenceList evidence={event.evidence} documents={index.documents} onOpenDocument={onOpenDocument} />
      </section>
      {why === event.id && <WhyList rules={event.rules} />}
    </article>
  );
}
