import type { Metadata } from 'next';
import Link from 'next/link';
import { getStories } from '@/lib/stories/server';

export const metadata: Metadata = {
  title: 'Stories — Parley',
  description: 'Guided paths through the events, written by teachers and editors, to read or present in class.',
};

export default function StoriesPage() {
  const stories = getStories();
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <nav className="mb-4 text-sm print:hidden">
        <Link href="/" className="text-blue-800 underline">← Explorer</Link>
      </nav>
      <h1 className="text-3xl font-bold">Stories</h1>
      <p className="mt-2 text-slate-800">
        Guided paths through the events, to read or to present in class. Editors write them as <code>data/stories/&lt;id&gt;.yaml</code>.
      </p>
      <ul className="mt-6 space-y-4" data-testid="stories">
        {stories.map((s) => (
          <li key={s.id} className="border-t border-slate-300 pt-3">
            <h2 className="text-xl font-semibold">
              <Link href={`/stories/${s.id}/`} className="text-blue-800 underline">{s.story.title}</Link>
            </h2>
            {s.story.introduction ? <p className="mt-1 text-slate-800">{s.story.introduction}</p> : null}
            <p className="mt-1 text-sm text-slate-700">
              {s.story.steps.length} steps ·{' '}
              <Link href={`/present/?story=${s.id}`} className="text-blue-800 underline">Present</Link>
            </p>
          </li>
        ))}
        {stories.length === 0 ? <li>No stories yet.</li> : null}
      </ul>
    </main>
  );
}
