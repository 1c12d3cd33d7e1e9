import type { DatasetActor } from '@/lib/schema';
import { actorPath } from '@/lib/pages/seo';
import { SelectLink } from '../pages/SelectLink';

interface Props {
  actors: DatasetActor[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function ActorsTable({ actors, selectedId, onSelect }: Props) {
  const rows = [...actors].sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-sm" data-testid="actors-table">
        <caption className="sr-only">Actors, most active first</caption>
        <thead className="sticky top-0 bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Kind</th>
            <th scope="col" className="p-2">Affiliation</th>
            <th scope="col" className="p-2">Role</th>
            <th scope="col" className="p-2 text-right">Events</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} data-actor={a.id} aria-selected={a.id === selectedId} className={`border-b border-slate-200 ${a.id === selectedId ? 'bg-amber-100' : ''}`}>
              <td className="p-2">
                <SelectLink href={actorPath(a.id)} onSelect={() => onSelect(a.id)} className="text-left text-blue-900 underline decoration-slate-400 hover:decoration-blue-900">
                  {a.name}
                </SelectLink>
                {a.discovered && <span className="ml-1 text-xs text-slate-600">(discovered)</span>}
              </td>
              <td className="p-2 capitalize">{a.kind}</td>
              <td className="p-2">{a.affiliation ?? '—'}</td>
              <td className="p-2">{a.role ?? ''}</td>
              <td className="p-2 text-right">{a.eventCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
