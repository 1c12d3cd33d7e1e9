import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PresenterView } from '@/components/present/PresenterView';
import { getStories } from '@/lib/stories/server';

export const metadata: Metadata = { title: 'Presenter view — Parley' };

export default function PresenterPage() {
  return (
    <Suspense fallback={<div className="p-8 text-xl">Loading…</div>}>
      <PresenterView stories={getStories()} />
    </Suspense>
  );
}
