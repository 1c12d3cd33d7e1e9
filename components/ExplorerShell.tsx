/**
 * The explorer page as its static HTML draws it before any script runs: the
 * header's title and the dataset's counts (read from the compiled data at
 * build), then a "Loading the dataset…" status where the views will be. The
 * explorer reads the URL, so its views render in the browser only; this shell
 * stays until they can (the page's largest text is painted at once).
 */
import { HeaderTitle, type Counts } from './HeaderTitle';

export function ExplorerShell({ counts }: { counts: Counts | null }) {
  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-slate-50 px-3 py-2">
        <HeaderTitle counts={counts} />
      </header>
      <div className="flex flex-1 items-center justify-center p-8 text-slate-700" role="status" data-testid="loading">
        Loading the dataset…
      </div>
    </div>
  );
}
