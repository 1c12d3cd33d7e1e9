/**
 * Where the step sits in time: a strip from the deck's first to its last day,
 * every event of the deck a tick, the step's days marked and labelled.
 */
import type { EventSummary } from '@/lib/ui/selection';
import { formatShortDate } from '@/lib/format';
import { TYPE_STYLE } from '@/lib/ui/theme';

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`);

interface Props {
  events: EventSummary[];
  span: { from: string; to: string } | null;
  eventIds: string[];
  label: string;
}

export function StepTimeline({ events, span, eventIds, label }: Props) {
  const dated = events.filter((e) => e.date);
  const days = [...dated.map((e) => ms(e.date!)), ...(span ? [ms(span.from), ms(span.to)] : [])];
  if (!days.length) return <div className="text-[0.8em] text-slate-700" data-testid="present-timeline">Undated</div>;
  const lo = Math.min(...days) - DAY;
  const hi = Math.max(...days) + 2 * DAY;
  const pct = (t: number) => ((t - lo) / (hi - lo)) * 100;
  const on = new Set(eventIds);
  const a = span ? pct(ms(span.from)) : null;
  const b = span ? pct(ms(span.to) + DAY) : null;
  const mid = a !== null && b !== null ? (a + b) / 2 : null;
  return (
    <div className="relative h-full w-full" data-testid="present-timeline" aria-label={`Timeline: ${label}`} role="img">
      <div className="absolute inset-x-0 top-[55%] h-[0.12em] bg-slate-400" />
      {a !== null && b !== null ? (
        <div className="absolute top-[40%] h-[30%] rounded bg-amber-300/70 outline outline-2 outline-amber-600" style={{ left: `${a}%`, width: `max(0.4em, ${b - a}%)` }} data-testid="present-timeline-span" />
      ) : null}
      {dated.map((e) => {
        const x = pct(ms(e.date!) + (e.date!.length === 10 ? DAY / 2 : 0));
        return (
          <div
            key={e.id}
            className={`absolute top-[55%] -translate-x-1/2 -translate-y-1/2 rounded-full ${on.has(e.id) ? 'h-[0.7em] w-[0.7em] ring-2 ring-slate-900' : 'h-[0.4em] w-[0.4em] opacity-60'}`}
            style={{ left: `${x}%`, backgroundColor: TYPE_STYLE[e.type].color }}
          />
        );
      })}
      {mid !== null ? (
        <div
          className="absolute top-0 w-[16em] whitespace-nowrap text-center text-[0.75em] font-semibold leading-none"
          style={{ left: `clamp(0%, calc(${mid}% - 8em), calc(100% - 16em))` }}
        >
          {label}
        </div>
      ) : null}
      <div className="absolute bottom-0 left-0 text-[0.6em] text-slate-700">{formatShortDate(new Date(lo + DAY).toISOString().slice(0, 10))}</div>
      <div className="absolute bottom-0 right-0 text-[0.6em] text-slate-700">{formatShortDate(new Date(hi - 2 * DAY).toISOString().slice(0, 10))}</div>
    </div>
  );
}
