import { Suspense } from 'react';
import { Explorer } from '@/components/Explorer';

export default function Home() {
  return (
    <Suspense fallback={<div className="flex h-dvh items-center justify-center text-slate-700">Loading…</div>}>
      <Explorer />
    </Suspense>
  );
}
