'use client';
/**
 * The explorer's handout: hidden on screen, printed instead of the page
 * (app/print.css): the visible events in time order with their key quotes and
 * a numbered source list.
 */
import { createPortal } from 'react-dom';
import { formatPartialDate } from '@/lib/format';
import type { Subset, SubsetEvent } from '@/lib/export/subset';
import { sourceList } from '@/lib/export/sources';
import { TYPE_STYLE } from '@/lib/ui/theme';
import '@/app/print.css';

/** Beyond this many events the handout lists the first ones and says so. */
const MAX = 400;

/** With index events (no quotes) the handout lists events without quotes; "Print a handout" fetches them first. */
export function Handout({ subset, title }: { subset: Subset<SubsetEvent>; title: string }) {
  // rendered only in the browser (the explorer shows once the dataset has loaded)
  if (typeof document === 'undefined') return null;
  const host = document.body;
  const sources = sourceList(subset);
  const number = new Map(sources.map((s) => [s.id, s.n]));
  const names = new Map(subset.actors.map((a) => [a.id, a.name]));
  const shown = subset.events.slice(0, MAX);
  return createPortal(
    <article className="print-handout p-4 text-black" data-testid="handout">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mb-4 text-sm">
        {subset.events.length} events · {subset.actors.length} actors · {sources.length} sources — compiled by Parley; every quote is verbatim from the source cited.
      </p>
      <ol className="space-y-3">
        {shown.map((e) => {
          const q = 'evidence' in e ? e.evidence[0] : undefined;
          return (
            <li key={e.id} className="break-inside-avoid" data-testid="handout-event">
              <p className="font-semibold">
                {formatPartialDate(e.date)} — {TYPE_STYLE[e.type].label}: {e.title}
              </p>
              {e.participants.length ? <p className="text-sm">{e.participants.map((p) => names.get(p) ?? p).join(', ')}</p> : null}
              {q ? (
                <blockquote className="mt-1 border-l-2 border-black pl-2 text-sm">
                  “{q.quote}” <span className="not-italic">[{number.get(q.documentId)}]</span>
                </blockquote>
              ) : null}
            </li>
          );
        })}
      </ol>
      {subset.events.length > MAX ? <p className="mt-2 text-sm">… and {subset.events.length - MAX} more: narrow the filter to print them.</p> : null}
      <h2 className="mt-6 text-xl font-bold">Sources</h2>
      <ol className="list-decimal pl-6 text-sm" data-testid="handout-sources">
        {sources.map((s) => (
          <li key={s.id}>
            {s.outlet}, “{s.title}”, {formatPartialDate(s.published)}.{s.url ? ` ${s.url}` : ''}
          </li>
        ))}
      </ol>
    </article>,
    host,
  );
}
