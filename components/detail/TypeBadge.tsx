import type { EventStatus, EventType } from '@/lib/schema';
import { STATUS_LABEL, TYPE_STYLE } from '@/lib/ui/theme';

export function TypeBadge({ type }: { type: EventType }) {
  const s = TYPE_STYLE[type];
  return (
    <span
      className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold text-white"
      style={{ backgroundColor: s.color }}
    >
      <span aria-hidden="true">{s.glyph}</span>
      {s.label}
    </span>
  );
}

export function StatusBadge({ status }: { status: EventStatus }) {
  if (status === 'happened') return null;
  return (
    <span className="inline-flex rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
      {STATUS_LABEL[status]}
    </span>
  );
}
