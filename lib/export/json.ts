/** The visible events, actors, links and their documents' citations (no full texts) as one JSON file. */
import type { Subset } from './subset';

export function subsetJson(s: Subset, filter: Record<string, string | null> = {}): string {
  const documents = s.documents.map(({ id, title, outlet, url, published, kind }) => ({ id, title, outlet, url, published, kind }));
  return `${JSON.stringify({ schemaVersion: 1, filter, events: s.events, actors: s.actors, edges: s.edges, documents }, null, 2)}\n`;
}
