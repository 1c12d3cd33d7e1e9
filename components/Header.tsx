import type { DataIndex } from '@/lib/schema';
import type { View } from '@/lib/url-state';
import { ViewControls } from './controls/ViewControls';

interface Props {
  dataset: Pick<DataIndex, 'events' | 'actors' | 'edges' | 'documents'>;
  view: View;
  follow: boolean;
  onView: (v: View) => void;
  onFollow: (f: boolean) => void;
  /** extra controls at the end (Present, Export) */
  children?: React.ReactNode;
}

export function Header({ dataset, view, follow, onView, onFollow, children }: Props) {
  const dated = dataset.events.filter((e) => e.date).length;
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-slate-50 px-3 py-2">
      <div className="min-w-0">
        <h1 className="text-xl font-bold tracking-tight">Parley</h1>
        <p className="text-sm text-slate-700">
          Who talked to whom: calls, meetings, statements, visits and agreements compiled from news documents — every event links to its quotes.
        </p>
      </div>
      <p className="text-sm text-slate-800" data-testid="counts">
        <strong>{dataset.events.length}</strong> events ({dated} dated) · <strong>{dataset.actors.length}</strong> actors ·{' '}
        <strong>{dataset.edges.length}</strong> links · <strong>{dataset.documents.length}</strong> documents
      </p>
      <ViewControls view={view} follow={follow} onView={onView} onFollow={onFollow} />
      {children}
    </header>
  );
}
