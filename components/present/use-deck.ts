'use client';
/**
 * The deck the URL names (a story, or the events of a date window), resolved
 * against the dataset, and the current step — read from and written to the URL
 * (one URL per step, replaced as the presentation moves). The browser has the
 * index (no quotes): the quotes of the step shown and the next are fetched.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { useDataset } from '@/lib/use-dataset';
import { keyQuote, storyDeck, windowDeck, type Deck, type DeckQuote, type StoryData } from '@/lib/stories/deck';
import { loadEvent } from '@/lib/data/client';
import type { DataIndex } from '@/lib/schema';
import { deckKey, deckQuery, parseDeckParams, type DeckParams } from './deck-url';

export type DeckState =
  | { status: 'loading' | 'error' | 'missing'; error: string | null }
  | { status: 'ready'; dataset: DataIndex; deck: Deck; params: DeckParams; deckId: string; step: number; go: (n: number) => void };

export function useDeck(stories: StoryData[]): DeckState {
  const search = useSearchParams();
  const params = useMemo(() => parseDeckParams(search), [search]);
  const data = useDataset();
  const dataset = data.status === 'ready' ? data.dataset : null;
  const deck = useMemo(() => {
    if (!dataset) return null;
    if (params.story) {
      const s = stories.find((x) => x.id === params.story);
      return s ? storyDeck(s, dataset) : null;
    }
    return windowDeck(dataset, params.from, params.to);
  }, [dataset, params.story, params.from, params.to, stories]);
  // the step lives in state (moves are instant) and mirrors into the URL
  const [moved, setMoved] = useState<number | null>(null);
  const total = deck?.steps.length ?? 0;
  const fromUrl = params.step ?? (params.event && deck ? (deck.steps.find((s) => s.eventId === params.event)?.n ?? 1) : 1);
  const step = Math.min(Math.max(1, moved ?? fromUrl), Math.max(1, total));
  const go = useCallback(
    (n: number) => {
      setMoved(n);
      const url = `${window.location.pathname}${deckQuery(params, n)}`;
      if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
    },
    [params],
  );
  // the key quotes of the step shown and the next one, fetched from the events' chunks
  const [quotes, setQuotes] = useState<ReadonlyMap<string, DeckQuote | null>>(() => new Map());
  const wanted = useMemo(() => {
    if (!deck) return [];
    return [deck.steps[step - 1]?.eventId, deck.steps[step]?.eventId].filter((id): id is string => !!id);
  }, [deck, step]);
  useEffect(() => {
    if (!dataset) return;
    let live = true;
    const docs = new Map(dataset.documents.map((d) => [d.id, d]));
    for (const id of wanted) {
      const e = dataset.events.find((x) => x.id === id);
      if (!e) continue;
      loadEvent(e)
        .then((full) => {
          if (live) setQuotes((m) => (m.has(id) ? m : new Map(m).set(id, keyQuote(full, docs))));
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [dataset, wanted]);
  const shown = useMemo(
    () => (deck ? { ...deck, steps: deck.steps.map((s) => (s.quote || !s.eventId || !quotes.get(s.eventId) ? s : { ...s, quote: quotes.get(s.eventId)! })) } : null),
    [deck, quotes],
  );
  // the URL always names the step shown (a link copied now reopens it)
  useEffect(() => {
    if (!deck || !deck.steps.length || params.step === step) return;
    window.history.replaceState(null, '', `${window.location.pathname}${deckQuery(params, step)}`);
  }, [deck, params, step]);
  if (data.status === 'loading') return { status: 'loading', error: null };
  if (data.status === 'error') return { status: 'error', error: data.error };
  if (!deck) return { status: 'missing', error: params.story ? `There is no story '${params.story}'.` : 'Nothing to present.' };
  if (!deck.steps.length) return { status: 'missing', error: 'No dated event in this window: nothing to present.' };
  return { status: 'ready', dataset: data.dataset, deck: shown ?? deck, params, deckId: deckKey(params), step, go };
}
