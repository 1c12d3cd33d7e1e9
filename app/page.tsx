import { ExplorerLoader } from '@/components/ExplorerLoader';
import { ExplorerShell } from '@/components/ExplorerShell';
import { countsOf, type Counts } from '@/components/HeaderTitle';
import { getDataset } from '@/lib/data/server';
import { headScript } from '@/lib/data/head-script';

const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

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
  return (
    <>
      {/* the index's head is fetched from here, while the page's scripts download (lib/data/head-script.ts) */}
      <script dangerouslySetInnerHTML={{ __html: headScript(base) }} />
      <ExplorerLoader shell={<ExplorerShell counts={counts()} />} />
    </>
  );
}
