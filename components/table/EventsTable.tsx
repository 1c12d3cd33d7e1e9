'use client';
import { useState } from 'react';
import type { IndexEvent } from '@/lib/schema';
import { formatShortDate } from '@/lib/format';
import { sortEvents, type DatasetIndex } from '@/lib/ui/selection';
import { TYPE_STYLE } from '@/lib/ui/theme';
import { eventPath } from '@/lib/pages/seo';
import { SelectLink } from '../pages/SelectLink';

interface Props {
  events: IndexEvent[];
  index: DatasetIndex;
  selectedId: string | null;
  relatedActor: string | null;
  onSelect: (id: string) => void;
}

/** The accessible equivalent of the timeline: every event, sortable by date. */
export function EventsTable({ events, index, selectedId, relatedActor, onSelect }: Props) {
  const [dir, setDir] = useState<'asc' | 'desc'>('asc');
  const rows = sortEvents(events, dir);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm" data-testid="events-table">
        <caption className="sr-only">Events, sorted by date {dir === 'asc' ? 'ascending' : 'descending'}</caption>
        <thead className="sticky top-0 bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="p-2" aria-sort={dir === 'asc' ? 'ascending' : 'descending'}>
              <button type="button" onClick={() => setDir(dir === 'asc' ? 'desc' : 'asc')} className="font-semibold uppercase">
                Date {dir === 'asc' ? '▲' : '▼'}
              </button>
            </th>
            <th scope="col" className="p-2">Type</th>
            <th scope="col" className="p-2">Title</th>
            <th scope="col" className="p-2">Participants</th>
            <th scope="col" className="p-2 text-right">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const s = TYPE_STYLE[e.type];
            const selected = e.id === selectedId;
            const related = !!relatedActor && e.participants.includes(relatedActor);
            return (
              <tr
                key={e.id}
                data-event={e.id}
                aria-selected={selected}
                className={`border-b border-slate-200 ${selected ? 'bg-amber-100' : related ? 'bg-slate-100' : ''}`}
              >
                <td className="whitespace-nowrap p-2 align-top">{formatShortDate(e.date)}</td>
                <td className="whitespace-nowrap p-2 align-top">
                  <span aria-hidden="true" className="mr-1 inline-flex h-4 w-4 items-center justify-center rounded text-[10px] text-white" style={{ backgroundColor: s.color }}>
                    {s.glyph}
                  </span>
                  {s.label}
                  {e.status !== 'happened' && <span className="ml-1 text-xs text-amber-900">({e.status})</span>}
                </td>
                <td className="p-2 align-top">
                  <SelectLink href={eventPath(e.id)} onSelect={() => onSelect(e.id)} className="text-left text-blue-900 underline decoration-slate-400 hover:decoration-blue-900">
                    {e.title}
                  </SelectLink>
                </td>
                <td className="p-2 align-top">{e.participants.map((id) => index.actors.get(id)?.name ?? id).join(', ')}</td>
                <td className="p-2 text-right align-top">{e.documentIds.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
