/**
 * The events the explorer shows for a URL state: those in the date window
 * when one is set (as the network does when it follows the timeline), else
 * all. Further filters plug in here.
 */
import { inWindow } from '../format';
export function visibleEventIds(dataset: { events: { id: string; date: string | null }[] }, filter: { from: string | null; to: string | null }): string[] {
  if (!filter.from && !filter.to) return dataset.events.map((e) => e.id);
  return dataset.events.filter((e) => inWindow(e.date, filter.from, filter.to)).map((e) => e.id);
}

/** "2025-02-10_2025-02-20" or "all" for file names. */
export function filterSlug(filter: { from: string | null; to: string | null }): string {
  return filter.from || filter.to ? `${filter.from ?? 'start'}_${filter.to ?? 'end'}` : 'all';
}
