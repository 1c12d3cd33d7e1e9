/**
 * The shortest query searched: lib/search/query.ts's MIN_QUERY, restated here so the search box does not pull the
 * search's code (ranking options and all) into the explorer's first download (min-query.test.ts keeps them equal).
 */
export const MIN_QUERY = 2;
