import type { Metadata } from 'next';
import Link from 'next/link';
import { StoryView } from '@/components/stories/StoryView';
import { getStories, getStoryDeck } from '@/lib/stories/server';
import '../../print.css';

export const dynamicParams = false;

/** One page per story; with no story at all, one placeholder page (a static export needs at least one). */
export function generateStaticParams() {
  const ids = getStories().map((s) => ({ id: s.id }));
  return ids.length ? ids : [{ id: 'none' }];
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const deck = getStoryDeck(id);
  return { title: deck ? `${deck.title} — Parley` : 'Story — Parley', description: deck?.introduction ?? undefined };
}

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const deck = getStoryDeck(id);
  if (!deck) {
    return (
      <main className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-2xl font-bold">No such story</h1>
        <p className="mt-2">
          Stories are written as <code>data/stories/&lt;id&gt;.yaml</code>. <Link href="/stories/" className="text-blue-800 underline">All stories</Link>
        </p>
      </main>
    );
  }
  return <StoryView deck={deck} />;
}
