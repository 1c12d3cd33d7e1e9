'use client';
/**
 * Presentation mode: one step at a time, full screen, large type (the root
 * size is min(1.5vw, 2.6vh): 28 px at 1920×1080), high contrast. Each step
 * shows its words and key quote with the source, its place on a timeline and
 * its actors in the network (fixed positions). Keys: → ← Space PageDown PageUp
 * Home End, digits + Enter, Esc back to the explorer, P presenter view, F full screen.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useRouter } from 'next/navigation';
import type { Positions } from '@/lib/export/gexf';
import type { StoryData } from '@/lib/stories/deck';
import { deckEvents } from '@/lib/stories/deck';
import { formatPartialDate, isHttpUrl } from '@/lib/format';
import { TYPE_STYLE } from '@/lib/ui/theme';
import { deckQuery, explorerQuery } from './deck-url';
import { StepNetwork } from './StepNetwork';
import { StepTimeline } from './StepTimeline';
import { useDeck } from './use-deck';
import { usePresentKeys } from './use-present-keys';
import { useStepSync } from './sync';

const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export function Presentation({ stories, positions }: { stories: StoryData[]; positions: Positions }) {
  const state = useDeck(stories);
  if (state.status !== 'ready') {
    return (
      <div className="flex h-dvh items-center justify-center p-8 text-2xl" role={state.status === 'loading' ? 'status' : 'alert'} data-testid="present-status">
        {state.status === 'loading' ? 'Loading the presentation…' : state.error}
      </div>
    );
  }
  return <Slides {...state} positions={positions} />;
}

type Ready = Extract<ReturnType<typeof useDeck>, { status: 'ready' }>;

function Slides({ dataset, deck, params, deckId, step, go, positions }: Ready & { positions: Positions }) {
  const router = useRouter();
  const total = deck.steps.length;
  const s = deck.steps[step - 1];
  const events = useMemo(() => deckEvents(deck, dataset), [deck, dataset]);
  const event = s.eventId ? dataset.events.find((e) => e.id === s.eventId) ?? null : null;
  const announce = useStepSync(deckId, 'screen', step, go);
  const move = useCallback(
    (n: number) => {
      go(n);
      announce(n);
    },
    [go, announce],
  );
  const exit = useCallback(() => router.push(`/${explorerQuery(params, s)}`), [router, params, s]);
  const openPresenter = useCallback(() => {
    window.open(`${BASE}/present/presenter/${deckQuery(params, step)}`, 'parley-presenter', 'width=1100,height=750');
  }, [params, step]);
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  const buffer = usePresentKeys(step, total, move, exit, (e) => {
    if (e.key === 'p' || e.key === 'P') openPresenter();
    else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
    else return false;
    return true;
  });

  // fit the step's words into their box: shrink only when a long quote would not fit
  const box = useRef<HTMLElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const outer = box.current;
    const content = inner.current;
    if (!outer || !content) return;
    const fit = () => {
      let scale = 1;
      content.style.fontSize = '1em';
      while (content.scrollHeight > outer.clientHeight + 1 && scale > 0.55) {
        scale -= 0.05;
        content.style.fontSize = `${scale}em`;
      }
      content.dataset.scale = scale.toFixed(2);
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(outer);
    return () => ro.disconnect();
  }, [step, deck]);

  const type = event ? TYPE_STYLE[event.type] : null;
  const names = s.actorIds.filter((id) => id !== s.actorId).map((id) => dataset.actors.find((a) => a.id === id)?.name ?? id);
  const who =
    (s.kind !== 'event' && s.eventIds.length > 1 ? `${s.eventIds.length} events · ` : '') +
    (names.length ? `${s.kind === 'actor' ? 'With' : 'Who'}: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}` : '');
  const kindLabel = s.kind === 'actor' ? 'Actor' : s.kind === 'window' ? 'Period' : type ? `${type.glyph} ${type.label}` : 'Event';
  const btn = 'rounded border-2 border-slate-900 px-[0.5em] py-[0.1em] font-semibold hover:bg-slate-900 hover:text-white disabled:opacity-40';
  return (
    <div className="fixed inset-0 flex flex-col overflow-hidden bg-white text-slate-950" style={{ fontSize: 'min(1.5vw, 2.6vh)' }} data-testid="presentation" data-step={step} data-total={total}>
      <header className="flex items-center justify-between gap-[1em] px-[1.2em] pt-[0.5em]" data-testid="present-header">
        <p className="min-w-0 truncate text-[0.8em] font-semibold text-slate-800" data-testid="deck-title">{deck.title}</p>
        <nav className="flex shrink-0 items-center gap-[0.4em] text-[0.6em]" aria-label="Presentation">
          <button type="button" className={btn} onClick={() => move(Math.max(1, step - 1))} disabled={step <= 1} aria-label="Previous step">←</button>
          <button type="button" className={btn} onClick={() => move(Math.min(total, step + 1))} disabled={step >= total} aria-label="Next step">→</button>
          <button type="button" className={btn} onClick={openPresenter} data-testid="open-presenter" title="P">Presenter view</button>
          <button type="button" className={btn} onClick={toggleFullscreen} title="F">Full screen</button>
          <button type="button" className={btn} onClick={exit} data-testid="exit-present" title="Esc">Exit</button>
        </nav>
        <p className="shrink-0 text-[0.8em] font-bold tabular-nums" data-testid="progress-text">
          {step} / {total}
        </p>
      </header>
      <div className="mx-[1.2em] mt-[0.35em] h-[0.3em] shrink-0 rounded bg-slate-200" role="progressbar" aria-label="Progress" aria-valuemin={1} aria-valuemax={total} aria-valuenow={step} aria-valuetext={`Step ${step} of ${total}`}>
        <div className="h-full rounded bg-slate-900" style={{ width: `${(step / total) * 100}%` }} />
      </div>
      <main className="grid min-h-0 flex-1 grid-cols-[minmax(0,1.35fr)_minmax(0,1fr)] gap-[1.2em] px-[1.2em] pt-[0.7em]">
        <section ref={box} className="min-h-0 overflow-hidden" data-testid="step-text" aria-live="polite">
          <div ref={inner}>
            <p className="text-[0.8em] font-bold uppercase tracking-wide text-slate-800" data-testid="step-meta">
              <span style={type && s.kind === 'event' ? { color: type.color } : undefined}>{kindLabel}</span>
              {s.when ? ` · ${s.when}` : ''}
              {s.kind === 'event' && event?.location ? ` · ${event.location}` : ''}
            </p>
            <h1 className="mt-[0.15em] text-[1.6em] font-bold leading-[1.15]" data-testid="step-title">{s.title}</h1>
            {s.caption ? <p className="mt-[0.4em] leading-snug text-slate-900" data-testid="step-caption">{s.caption}</p> : null}
            {s.missing ? <p className="mt-[0.4em] rounded border-2 border-amber-700 bg-amber-50 p-[0.4em]" role="note">This step is not available: {s.missing}.</p> : null}
            {who ? <p className="mt-[0.3em] text-[0.8em] text-slate-800" data-testid="step-who">{who}</p> : null}
            {s.quote ? (
              <figure className="mt-[0.6em] border-l-[0.25em] border-slate-800 pl-[0.6em]" data-testid="step-quote">
                <blockquote className="leading-snug">“{s.quote.text}”</blockquote>
                <figcaption className="mt-[0.3em] text-[0.8em] text-slate-800">
                  — <strong>{s.quote.outlet}</strong>, {isHttpUrl(s.quote.url) ? <a href={s.quote.url} className="underline" target="_blank" rel="noopener noreferrer">{s.quote.title}</a> : <cite>{s.quote.title}</cite>}, {formatPartialDate(s.quote.published)}
                </figcaption>
              </figure>
            ) : null}
          </div>
        </section>
        <section className="min-h-0" data-testid="step-network" aria-label="Network">
          <StepNetwork dataset={dataset} positions={positions} actorIds={s.actorIds} eventIds={s.eventIds} actorId={s.actorId} />
        </section>
      </main>
      <footer className="h-[3.6em] shrink-0 px-[1.6em] pb-[0.5em] pt-[0.3em]" data-testid="present-footer">
        <StepTimeline events={events} span={s.span} eventIds={s.eventIds} label={s.when || 'Undated'} />
      </footer>
      {buffer ? (
        <div className="absolute bottom-[4.5em] left-1/2 -translate-x-1/2 rounded bg-slate-900 px-[0.8em] py-[0.3em] text-white" role="status" data-testid="jump-buffer">
          Go to step {buffer}… (Enter)
        </div>
      ) : null}
    </div>
  );
}
