/** Where the index's pages live (lib/data/pages.ts), in a module of its own: the page's first script uses it. */
// 2: the documents' columns but their ids moved out of the head (lib/data/pages.ts DOCUMENTS_PATH)
export const PAGED_FORMAT = 'parley-index-paged-2';

export function pagePath(key: string): string {
  return `index/${encodeURIComponent(key)}.json`;
}

/** The page an event belongs to: its month, its year when dated to a year only, else 'undated'. */
export function pageKeyOf(date: string | null): string {
  if (!date) return 'undated';
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : date.slice(0, 4);
}

/** The paged index's documents' file (lib/data/pages.ts; its name is no page key: keys are years, months and 'undated'). */
export const DOCUMENTS_PATH = 'index/documents.json';
