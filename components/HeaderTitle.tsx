/**
 * The explorer's title and counts: the header draws them, and so does the
 * page's static HTML (built from the compiled data) before any script runs,
 * so the first paint is the page's text, not a loading message.
 */
export interface Counts {
  events: number;
  dated: number;
  actors: number;
  links: number;
  documents: number;
}

export function countsOf(d: { events: { date: unknown }[]; actors: unknown[]; edges: unknown[]; documents: unknown[] }): Counts {
  return { events: d.events.length, dated: d.events.filter((e) => e.date).length, actors: d.actors.length, links: d.edges.length, documents: d.documents.length };
}

export function HeaderTitle({ counts, loading }: { counts: Counts | null; loading?: { shown: number; total: number } | null }) {
  return (
    <div className="min-w-0">
      <h1 className="text-xl font-bold tracking-tight">
        Parley <span className="text-sm font-normal text-slate-700">— who talked to whom, every event linked to its quotes</span>
      </h1>
      {loading ? (
        <p className="text-sm text-slate-800" role="status" data-testid="loading-all">
          Showing the first {loading.shown} events; loading all <strong>{loading.total}</strong>…
        </p>
      ) : counts ? (
        <p className="text-sm text-slate-800" data-testid="counts">
          <strong>{counts.events}</strong> events ({counts.dated} dated) · <strong>{counts.actors}</strong> actors ·{' '}
          <strong>{counts.links}</strong> links · <strong>{counts.documents}</strong> documents
        </p>
      ) : null}
    </div>
  );
}
