/**
 * A story as a page (server component, no JavaScript needed): its steps in
 * order with their key quotes and a numbered source list. Prints as a handout
 * (controls hidden, see app/print.css).
 */
import Link from 'next/link';
import type { Deck, DeckQuote } from '@/lib/stories/deck';
import { formatPartialDate, isHttpUrl } from '@/lib/format';

/** Sources in order of first citation, numbered from 1. */
export function citations(quotes: (DeckQuote | null)[]): Map<string, { n: number; quote: DeckQuote }> {
  const out = new Map<string, { n: number; quote: DeckQuote }>();
  for (const q of quotes) if (q && !out.has(q.documentId)) out.set(q.documentId, { n: out.size + 1, quote: q });
  return out;
}

export function SourceList({ sources }: { sources: Map<string, { n: number; quote: DeckQuote }> }) {
  return (
    <ol className="list-decimal space-y-1 pl-8 text-base" data-testid="source-list">
      {[...sources.values()].map(({ n, quote: q }) => (
        <li key={n} id={`source-${n}`}>
          {q.outlet}, “{q.title}”, {formatPartialDate(q.published)}.{' '}
          {isHttpUrl(q.url) ? (
            <a href={q.url} className="break-all text-blue-800 underline" rel="noopener noreferrer">
              {q.url}
            </a>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function StoryView({ deck }: { deck: Deck }) {
  const id = deck.storyId!;
  const sources = citations(deck.steps.map((s) => s.quote));
  return (
    <main className="mx-auto max-w-3xl px-4 py-6 print:max-w-none print:p-0" data-testid="story">
      <nav className="no-print mb-4 flex flex-wrap items-center gap-3 text-sm print:hidden" aria-label="Story">
        <Link href="/" className="text-blue-800 underline">← Explorer</Link>
        <Link href="/stories/" className="text-blue-800 underline">All stories</Link>
        <Link
          href={`/present/?story=${encodeURIComponent(id)}`}
          className="rounded bg-slate-900 px-3 py-1.5 font-semibold text-white hover:bg-slate-700"
          data-testid="present-link"
        >
          ▶ Present
        </Link>
      </nav>
      <h1 className="text-3xl font-bold leading-tight">{deck.title}</h1>
      {deck.introduction ? <p className="mt-3 text-lg leading-relaxed text-slate-800">{deck.introduction}</p> : null}
      <ol className="mt-6 space-y-6" data-testid="story-steps">
        {deck.steps.map((s) => {
          const cite = s.quote ? sources.get(s.quote.documentId) : undefined;
          return (
            <li key={s.n} className="break-inside-avoid border-t border-slate-300 pt-4" data-testid="story-step" id={`step-${s.n}`}>
              <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">
                Step {s.n}
                {s.when ? ` · ${s.when}` : ''}
              </p>
              <h2 className="mt-1 text-xl font-bold">{s.title}</h2>
              {s.caption ? <p className="mt-1 text-lg text-slate-800">{s.caption}</p> : null}
              {s.missing ? (
                <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950" role="note">
                  This step is not available: {s.missing} (run <code>npm run check</code>).
                </p>
              ) : null}
              {s.quote ? (
                <figure className="mt-3 border-l-4 border-slate-500 pl-3">
                  <blockquote className="text-lg leading-snug">“{s.quote.text}”</blockquote>
                  <figcaption className="mt-1 text-sm text-slate-700">
                    — {s.quote.outlet}, “{s.quote.title}”, {formatPartialDate(s.quote.published)}
                    {cite ? (
                      <>
                        {' '}
                        <a href={`#source-${cite.n}`} className="text-blue-800 underline">[{cite.n}]</a>
                      </>
                    ) : null}
                  </figcaption>
                </figure>
              ) : null}
              {s.kind !== 'event' && s.eventIds.length > 1 ? (
                <p className="mt-2 text-sm text-slate-700">{s.eventIds.length} events in this step.</p>
              ) : null}
              <p className="no-print mt-2 text-sm print:hidden">
                <Link href={`/present/?story=${encodeURIComponent(id)}&step=${s.n}`} className="text-blue-800 underline">
                  Present from step {s.n}
                </Link>
                {s.eventId ? (
                  <>
                    {' · '}
                    <Link href={`/?event=${encodeURIComponent(s.eventId)}`} className="text-blue-800 underline">
                      Open in the explorer
                    </Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
      <section className="mt-8 break-inside-avoid border-t border-slate-400 pt-4" aria-labelledby="sources-h">
        <h2 id="sources-h" className="mb-2 text-xl font-bold">Sources</h2>
        <SourceList sources={sources} />
      </section>
    </main>
  );
}
