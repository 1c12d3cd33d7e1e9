import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryView } from '@/components/stories/StoryView';
import { getStories, getStoryDeck } from '@/lib/stories/server';
import '../../print.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const deck = getStoryDeck(id);
  return { title: deck ? `${deck.title} — Parley` : 'Story — Parley', description: deck?.introduction ?? undefined };
}

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const deck = getStoryDeck(id);
  if (!deck) notFound();
  return <StoryView deck={deck} />;
}
