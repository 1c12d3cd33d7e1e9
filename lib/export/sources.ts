/** The documents behind the visible events, numbered, to cite: outlet, title, date, address. */
import { formatPartialDate, isHttpUrl } from '../format';
import type { Subset } from './subset';

export interface SourceEntry {
  n: number;
  id: string;
  outlet: string;
  title: string;
  published: string;
  url: string | null;
}

/** In order of publication, then outlet and title; numbered from 1. */
export function sourceList(s: Pick<Subset, 'documents'>): SourceEntry[] {
  return [...s.documents]
    .sort((a, b) => a.published.localeCompare(b.published) || a.outlet.localeCompare(b.outlet) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((d, i) => ({ n: i + 1, id: d.id, outlet: d.outlet, title: d.title, published: d.published, url: isHttpUrl(d.url) ? d.url : null }));
}

/** One citation a line: "1. Outlet, “Title”, 18 February 2025. https://…" */
export function sourcesText(entries: SourceEntry[]): string {
  return entries.map((e) => `${e.n}. ${e.outlet}, “${e.title}”, ${formatPartialDate(e.published)}.${e.url ? ` ${e.url}` : ''}`).join('\n') + (entries.length ? '\n' : '');
}
