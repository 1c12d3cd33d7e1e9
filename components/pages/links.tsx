import Link from 'next/link';
import type { DatasetActor, DatasetDocument, DatasetEvent } from '@/lib/schema';
import { formatShortDate } from '@/lib/format';
import { actorPath, documentPath, eventPath } from '@/lib/pages/seo';
import { STATUS_LABEL, TYPE_STYLE } from '@/lib/ui/theme';

/** A glyph on the type's colour (colour plus shape); the label is given in text beside it. */
export function TypeGlyph({ type }: { type: DatasetEvent['type'] }) {
  const s = TYPE_STYLE[type];
  return (
    <span aria-hidden="true" className="inline-flex h-5 w-5 shrink-0 items-center justify-center rounded text-xs text-white" style={{ backgroundColor: s.color }}>
      {s.glyph}
    </span>
  );
}

export function ActorLink({ actor, className }: { actor: DatasetActor; className?: string }) {
  return (
    <Link href={actorPath(actor.id)} className={className ?? 'text-blue-800 underline'} data-actor={actor.id}>
      {actor.name}
    </Link>
  );
}

export function DocumentLink({ document }: { document: DatasetDocument }) {
  return (
    <Link href={documentPath(document.id)} className="text-blue-800 underline" data-document={document.id}>
      {document.title}
    </Link>
  );
}

/** An event as a list row: glyph, linked title, type · date · status. */
export function EventRow({ event }: { event: DatasetEvent }) {
  const s = TYPE_STYLE[event.type];
  return (
    <span className="flex items-start gap-2">
      <TypeGlyph type={event.type} />
      <span>
        <Link href={eventPath(event.id)} className="text-blue-800 underline" data-event={event.id}>
          {event.title}
        </Link>
        <span className="block text-xs text-slate-700">
          {s.label} · {formatShortDate(event.date)}
          {event.location ? ` · ${event.location}` : ''}
          {event.status !== 'happened' ? ` · ${STATUS_LABEL[event.status]}` : ''}
        </span>
      </span>
    </span>
  );
}
