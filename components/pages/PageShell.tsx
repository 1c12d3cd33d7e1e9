import Link from 'next/link';
import type { ReactNode } from 'react';
import { ThemeToggle } from '../a11y/ThemeToggle';

interface Props {
  /** what kind of page: "Event", "Actor", "Document" */
  kind: string;
  /** the explorer at this selection, e.g. "/?event=…" */
  explorerHref: string;
  jsonLd: string;
  children: ReactNode;
}

/** The frame of a reader page: a way home, to the explorer at this selection, the theme; the page's JSON-LD. */
export function PageShell({ kind, explorerHref, jsonLd, children }: Props) {
  return (
    <div className="min-h-dvh bg-white text-slate-900">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-slate-300 bg-slate-50">
        <nav aria-label="Site" className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <p className="text-sm">
            <Link href="/" className="font-bold tracking-tight text-slate-900 underline decoration-slate-400">
              Parley
            </Link>{' '}
            <span className="text-slate-700">› {kind}</span>
          </p>
          <div className="flex flex-wrap items-center gap-3">
            <Link href={explorerHref} className="text-sm text-blue-800 underline" data-testid="open-in-explorer">
              Open in the explorer
            </Link>
            <ThemeToggle />
          </div>
        </nav>
      </header>
      <main id="content" className="mx-auto max-w-4xl space-y-6 px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-4xl border-t border-slate-300 px-4 py-4 text-xs text-slate-700">
        Parley compiles who talked to whom from news documents; every event links to the sentences it comes from.{' '}
        <Link href="/" className="underline">
          Back to the timeline and network
        </Link>
      </footer>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
    </div>
  );
}

export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {title}
      </h2>
      {children}
    </section>
  );
}
