'use client';
/**
 * Search over actor names and aliases, event titles and quotes. A combobox:
 * `/` anywhere focuses it; arrows move through the results; Enter selects
 * (an actor or an event in the explorer); Escape clears. The first index
 * (names, aliases, titles) loads on first focus; quotes are searched (in a
 * Web Worker, lib/search/quotes.ts) when the names and titles give fewer than
 * a full list, or when the reader asks ("Search quotes too").
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { SearchSource } from '@/lib/search/build';
import { mergeHits, MIN_QUERY, runSearch, type QuoteHit, type SearchHit } from '@/lib/search/query';
import { loadSearchIndex, type LoadedSearch } from '@/lib/search/load';
import { searchQuotes } from '@/lib/search/quotes';

const LIMIT = 10;

interface Props {
  source: () => SearchSource;
  onPick: (hit: SearchHit) => void;
}

/** memoised: a selection re-renders the explorer, not its search box (its props are the same) */
export const SearchBox = memo(function SearchBox({ source, onPick }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [index, setIndex] = useState<LoadedSearch | null>(null);
  /** quote hits per query (the latest answer), and the queries the reader asked quotes for */
  const [quotes, setQuotes] = useState<{ query: string; hits: QuoteHit[] | null } | null>(null);
  const [quotesAsked, setQuotesAsked] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const sourceRef = useRef(source);
  useEffect(() => {
    sourceRef.current = source;
  });

  // "/" focuses the search from anywhere but a text field
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const load = () => {
    if (index || failed) return;
    loadSearchIndex(() => sourceRef.current()).then(setIndex, () => setFailed(true));
  };

  const q = query.trim();
  const firstHits = index ? runSearch(index.first, q, LIMIT, index.describe) : [];
  const wantQuotes = !!index && index.quotes.length > 0 && q.length >= MIN_QUERY && (firstHits.length < LIMIT || quotesAsked === q);
  const quoteHits = wantQuotes && quotes?.query === q ? quotes.hits : null;
  const searchingQuotes = wantQuotes && quoteHits === null;
  const hits = index && quoteHits ? mergeHits(index.describe, firstHits, quoteHits, LIMIT) : firstHits;
  const expanded = open && q.length >= MIN_QUERY;
  const canAskQuotes = !!index && index.quotes.length > 0 && !wantQuotes && hits.length > 0;
  /** the options: the hits, then "Search quotes too" when the quotes were not searched */
  const count = hits.length + (canAskQuotes ? 1 : 0);

  useEffect(() => {
    if (!wantQuotes || !index) return;
    let live = true;
    const t = setTimeout(() => {
      searchQuotes(index.quotes, q, LIMIT).then(
        (h) => live && setQuotes({ query: q, hits: h }),
        () => live && setQuotes({ query: q, hits: [] }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [wantQuotes, index, q]);
  const pick = (h: SearchHit) => {
    onPick(h);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && count) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % count);
    } else if (e.key === 'ArrowUp' && count) {
      e.preventDefault();
      setActive((a) => (a - 1 + count) % count);
    } else if (e.key === 'Enter' && expanded && canAskQuotes && active === hits.length) {
      e.preventDefault();
      setQuotesAsked(q);
    } else if (e.key === 'Enter' && expanded && hits[active]) {
      e.preventDefault();
      pick(hits[active]);
    } else if (e.key === 'Escape') {
      // the first Escape closes the list, the second clears; never the detail panel
      e.preventDefault();
      if (open && query) setOpen(false);
      else setQuery('');
    }
  };

  const status = !expanded
    ? ''
    : failed
      ? 'Search is not available.'
      : !index
        ? 'Loading the search index…'
        : hits.length
          ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}${searchingQuotes ? '; searching quotes…' : ''}; arrows to move, Enter to open.`
          : searchingQuotes
            ? 'Searching quotes…'
            : 'No matches.';


  return (
    <div className="relative w-full max-w-sm" data-testid="search">
      <label htmlFor={`${id}-q`} className="sr-only">
        Search actors, events and quotes
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active < count ? `${id}-opt-${active}` : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        placeholder="Search people, events, quotes  ( / )"
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded border border-slate-500 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-600"
        data-testid="search-input"
      />
      <p className="sr-only" aria-live="polite" data-testid="search-status">
        {status}
      </p>
      {expanded && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Search results"
          className="absolute left-0 right-0 top-full z-50 mt-1 max-h-80 overflow-y-auto rounded border border-slate-400 bg-white p-1 text-sm shadow-lg"
          data-testid="search-results"
        >
          {hits.length === 0 && (
            <li role="presentation" className="px-2 py-1 text-slate-700">
              {status}
            </li>
          )}
          {hits.map((h, i) => (
            <li
              key={`${h.kind}:${h.ref}`}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              data-kind={h.kind}
              data-ref={h.ref}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(h)}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer rounded px-2 py-1 ${i === active ? 'bg-amber-100 text-slate-900' : 'text-slate-900'}`}
            >
              <span className="mr-1 rounded border border-slate-500 px-1 text-[10px] uppercase tracking-wide text-slate-700">{h.kind}</span>
              {h.label}
              <span className="block text-xs text-slate-700">
                {h.sub}
                {h.fields.includes('quotes') && !h.fields.includes('title') ? ' · in a quote' : ''}
                {h.fields.includes('aliases') && !h.fields.includes('name') ? ' · by another name' : ''}
              </span>
            </li>
          ))}
          {canAskQuotes && (
            <li
              id={`${id}-opt-${hits.length}`}
              role="option"
              aria-selected={active === hits.length}
              data-kind="quotes"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => setQuotesAsked(q)}
              onMouseEnter={() => setActive(hits.length)}
              className={`cursor-pointer rounded px-2 py-1 text-xs underline ${active === hits.length ? 'bg-amber-100 text-slate-900' : 'text-slate-800'}`}
              data-testid="search-quotes"
            >
              Search quotes too
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
