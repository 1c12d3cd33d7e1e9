import { Suspense } from 'react';
import { ExplorerLoader } from '@/components/ExplorerLoader';

export default function Home() {
  return (
    <Suspense fallback={<div className="flex h-dvh items-center justify-center text-slate-700">Loading…</div>}>
      <ExplorerLoader />
    </Suspense>
  );
}
