import { ExplorerLoader } from '@/components/ExplorerLoader';
import { ExplorerShell } from '@/components/ExplorerShell';
import { countsOf, type Counts } from '@/components/HeaderTitle';
import { getDataset } from '@/lib/data/server';

/** The compiled data's counts, known at build. In development the data may not be compiled yet: none then. */
function counts(): Counts | null {
  if (process.env.NODE_ENV !== 'development') return countsOf(getDataset());
  try {
    return countsOf(getDataset());
  } catch {
    return null;
  }
}

export default function Home() {
  // the static HTML shows the title and the counts before any script runs (the page's first paint is its text)
  return <ExplorerLoader shell={<ExplorerShell counts={counts()} />} />;
}
