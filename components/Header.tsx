import type { ReactNode } from 'react';
import type { DataIndex } from '@/lib/schema';
import type { View } from '@/lib/url-state';
import { ViewControls } from './controls/ViewControls';
import { ThemeToggle } from './a11y/ThemeToggle';

interface Props {
  dataset: Pick<DataIndex, 'events' | 'actors' | 'edges' | 'documents'>;
  view: View;
  onView: (v: View) => void;
  /** the search box */
  search?: ReactNode;
  /** extra controls at the end (Present, Export) */
  children?: ReactNode;
  /** while only the first view is loaded: the whole index's number of events (the counts wait for it) */
  loadingTotal?: number | null;
}

export function Header({ dataset, view, onView, search, children, loadingTotal = null }: Props) {
  const dated = loadingTotal === null ? dataset.events.filter((e) => e.date).length : 0;
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-slate-50 px-3 py-2">
      <div className="min-w-0">
        <h1 className="text-xl font-bold tracking-tight">
          Parley <span className="text-sm font-normal text-slate-700">— who talked to whom, every event linked to its quotes</span>
        </h1>
        {loadingTotal === null ? (
          <p className="text-sm text-slate-800" data-testid="counts">
            <strong>{dataset.events.length}</strong> events ({dated} dated) · <strong>{dataset.actors.length}</strong> actors ·{' '}
            <strong>{dataset.edges.length}</strong> links · <strong>{dataset.documents.length}</strong> documents
          </p>
        ) : (
          <p className="text-sm text-slate-800" role="status" data-testid="loading-all">
            Showing the first {dataset.events.length} events; loading all <strong>{loadingTotal}</strong>…
          </p>
        )}
      </div>
      <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
        {search}
        <ViewControls view={view} onView={onView} />
        <ThemeToggle />
        {children}
      </div>
    </header>
  );
}
