/** Where the index's pages live (lib/data/pages.ts), in a module of its own: the page's first script uses it. */
export const PAGED_FORMAT = 'parley-index-paged-1';

export function pagePath(key: string): string {
  return `index/${encodeURIComponent(key)}.json`;
}

/** The page an event belongs to: its month, its year when dated to a year only, else 'undated'. */
export function pageKeyOf(date: string | null): string {
  if (!date) return 'undated';
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : date.slice(0, 4);
}
