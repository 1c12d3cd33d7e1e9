/** Where the index's pages live (lib/data/pages.ts), in a module of its own: the page's first script uses it. */
export const PAGED_FORMAT = 'parley-index-paged-1';

export function pagePath(key: string): string {
  return `index/${encodeURIComponent(key)}.json`;
}
