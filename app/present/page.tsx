import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Presentation } from '@/components/present/Presentation';
import { presentationPositions } from '@/components/present/positions';
import { getStories } from '@/lib/stories/server';

export const metadata: Metadata = { title: 'Presentation — Parley' };

export default function PresentPage() {
  const positions = presentationPositions();
  return (
    <Suspense fallback={<div className="flex h-dvh items-center justify-center text-2xl">Loading the presentation…</div>}>
      <Presentation stories={getStories()} positions={positions} />
    </Suspense>
  );
}
