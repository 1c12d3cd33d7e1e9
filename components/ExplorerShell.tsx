/**
 * The explorer page as its static HTML draws it before any script runs: the
 * header's title and the dataset's counts (read from the compiled data at
 * build), a "Loading the dataset…" status where the views will be and, on a
 * laptop, the details pane's hint where the explorer shows it. The explorer
 * reads the URL, so its views render in the browser only; this shell stays
 * until they can (the page's largest text is painted at once).
 */
import { HeaderTitle, type Counts } from './HeaderTitle';
import { DetailHint } from './detail/DetailHint';

export function ExplorerShell({ counts }: { counts: Counts | null }) {
  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-slate-50 px-3 py-2">
        <HeaderTitle counts={counts} />
      </header>
      <div className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,1fr)_380px]">
        <div className="flex items-center justify-center p-8 text-slate-700" role="status" data-testid="loading">
          Loading the dataset…
        </div>
        <aside className="hidden min-h-0 overflow-y-auto border-l border-slate-300 p-3 lg:block" aria-label="Details">
          <DetailHint />
        </aside>
      </div>
    </div>
  );
}
