'use client';
/**
 * The presenter view, in a second window: the current step with its speaker
 * notes, the next step, the elapsed time and the clock. Follows the projected
 * window and steers it (same keys) through a BroadcastChannel.
 */
import { useCallback, useEffect, useState } from 'react';
import type { StoryData } from '@/lib/stories/deck';
import { useDeck } from './use-deck';
import { usePresentKeys } from './use-present-keys';
import { useStepSync } from './sync';

function mmss(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function PresenterView({ stories }: { stories: StoryData[] }) {
  const state = useDeck(stories);
  if (state.status !== 'ready') {
    return <div className="p-8 text-xl" role="status">{state.status === 'loading' ? 'Loading…' : state.error}</div>;
  }
  return <Notes {...state} />;
}

type Ready = Extract<ReturnType<typeof useDeck>, { status: 'ready' }>;

function Notes({ deck, deckId, step, go }: Ready) {
  const total = deck.steps.length;
  const announce = useStepSync(deckId, 'presenter', step, go);
  const move = useCallback(
    (n: number) => {
      go(n);
      announce(n);
    },
    [go, announce],
  );
  const buffer = usePresentKeys(step, total, move, () => undefined);
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const s = deck.steps[step - 1];
  const next = deck.steps[step] ?? null;
  return (
    <div className="flex min-h-dvh flex-col bg-slate-950 p-5 text-slate-50" data-testid="presenter" data-step={step}>
      <header className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-600 pb-3">
        <h1 className="text-xl font-semibold">{deck.title}</h1>
        <p className="text-2xl font-bold tabular-nums" data-testid="presenter-progress">Step {step} of {total}</p>
        <p className="text-2xl tabular-nums">
          <span aria-label="Elapsed time" data-testid="elapsed">{mmss(now - start)}</span>{' '}
          <button type="button" className="ml-2 rounded border border-slate-400 px-2 text-base" onClick={() => { setStart(Date.now()); setNow(Date.now()); }}>
            Reset
          </button>
          <span className="ml-4 text-slate-300">{new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
        </p>
      </header>
      <main className="grid flex-1 gap-6 pt-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="now-h">
          <h2 id="now-h" className="text-sm font-semibold uppercase tracking-wide text-amber-300">Now</h2>
          <p className="mt-1 text-3xl font-bold" data-testid="presenter-current">{s.title}</p>
          {s.caption ? <p className="mt-2 text-xl text-slate-200">{s.caption}</p> : null}
          <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-amber-300">Notes</h3>
          <p className="mt-1 whitespace-pre-line text-2xl leading-snug" data-testid="presenter-notes">{s.notes ?? '—'}</p>
          {s.quote ? <p className="mt-5 text-lg italic text-slate-300">“{s.quote.text}” — {s.quote.outlet}</p> : null}
        </section>
        <section aria-labelledby="next-h" className="rounded border border-slate-600 p-3">
          <h2 id="next-h" className="text-sm font-semibold uppercase tracking-wide text-amber-300">Next</h2>
          <p className="mt-1 text-xl font-semibold" data-testid="presenter-next">{next ? next.title : 'End of the presentation'}</p>
          {next?.caption ? <p className="mt-1 text-slate-300">{next.caption}</p> : null}
          <ol className="mt-4 max-h-[50vh] space-y-1 overflow-y-auto text-sm">
            {deck.steps.map((x) => (
              <li key={x.n}>
                <button type="button" onClick={() => move(x.n)} aria-current={x.n === step ? 'step' : undefined} className={`w-full rounded px-2 py-1 text-left ${x.n === step ? 'bg-amber-300 font-semibold text-slate-950' : 'hover:bg-slate-800'}`}>
                  {x.n}. {x.title}
                </button>
              </li>
            ))}
          </ol>
        </section>
      </main>
      <p className="mt-3 text-sm text-slate-400">
        Keys: → Space PageDown next · ← PageUp previous · Home End · a number then Enter{buffer ? ` — going to ${buffer}` : ''}
      </p>
    </div>
  );
}
