import { useMemo, type ReactNode } from 'react';
import type { DataIndex } from '@/lib/schema';
import type { View } from '@/lib/url-state';
import { ViewControls } from './controls/ViewControls';
import { ThemeToggle } from './a11y/ThemeToggle';
import { HeaderTitle, countsOf } from './HeaderTitle';

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
  // counted once per dataset, not on every render of the explorer (a window change re-renders it: 123k events at scale)
  const counts = useMemo(() => countsOf(dataset), [dataset]);
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-slate-50 px-3 py-2">
      <HeaderTitle
        counts={loadingTotal === null ? counts : null}
        loading={loadingTotal === null ? null : { shown: dataset.events.length, total: loadingTotal }}
      />
      <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto">
        {search}
        <ViewControls view={view} onView={onView} />
        <ThemeToggle />
        {children}
      </div>
    </header>
  );
}
