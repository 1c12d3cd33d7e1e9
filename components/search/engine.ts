/**
 * The search's code (index loading, ranking, the quote shards' worker), fetched with the search index at the
 * search box's first focus: not part of the explorer's first download.
 */
export { loadSearchIndex } from '@/lib/search/load';
export { mergeHits, runSearch } from '@/lib/search/query';
export { searchQuotes } from '@/lib/search/quotes';
