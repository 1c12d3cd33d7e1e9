import type { EventSummary } from '@/lib/ui/selection';
import { formatShortDate } from '@/lib/format';
import { TYPE_STYLE } from '@/lib/ui/theme';

export function EventButton({ event, onSelect }: { event: EventSummary; onSelect: (id: string) => void }) {
  const s = TYPE_STYLE[event.type];
  return (
    <button
      type="button"
      onClick={() => onSelect(event.id)}
      className="flex w-full items-start gap-2 rounded px-1.5 py-1 text-left text-sm hover:bg-slate-100"
      data-event={event.id}
    >
      <span aria-hidden="true" className="mt-0.5 inline-flex h-5 w-5 shrink-0 items-center justify-center rounded text-xs text-white" style={{ backgroundColor: s.color }}>
        {s.glyph}
      </span>
      <span>
        <span className="block leading-tight">{event.title}</span>
        <span className="block text-xs text-slate-600">
          {s.label} · {formatShortDate(event.date)}
          {event.status !== 'happened' ? ` · ${event.status}` : ''}
        </span>
      </span>
    </button>
  );
}
