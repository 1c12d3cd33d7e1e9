import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getActor, getDataset } from '@/lib/data/server';
import { counterparts } from '@/lib/pages/actor';
import { actorJsonLd, actorPath, jsonLdString, OG_IMAGES } from '@/lib/pages/seo';
import { eventsOfActor, indexDataset } from '@/lib/ui/selection';
import { EDGE_STYLE, affiliationColors } from '@/lib/ui/theme';
import { PageShell, Section } from '@/components/pages/PageShell';
import { EventRow } from '@/components/pages/links';
import { EgoNetwork } from '@/components/pages/EgoNetwork';

export const dynamicParams = false;

export function generateStaticParams() {
  return getDataset().actors.map((a) => ({ id: a.id }));
}

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const a = getActor((await params).id);
  if (!a) return {};
  const description = `${a.name}${a.role ? `, ${a.role}` : ''}${a.affiliation ? ` (${a.affiliation})` : ''}: ${a.eventCount} ${
    a.eventCount === 1 ? 'event' : 'events'
  } in the documents, with every quote and every counterpart.`;
  return {
    title: `${a.name} — Parley`,
    description,
    alternates: { canonical: actorPath(a.id) },
    openGraph: { title: a.name, description, type: a.kind === 'person' ? 'profile' : 'website', url: actorPath(a.id), images: OG_IMAGES },
  };
}

export default async function ActorPage({ params }: Params) {
  const actor = getActor((await params).id);
  if (!actor) notFound();
  const d = getDataset();
  const index = indexDataset(d);
  const events = eventsOfActor(d, actor.id);
  const others = counterparts(d, actor.id);
  const names = [...new Set([...actor.aliases, ...actor.surfaceForms])].filter((n) => n !== actor.name).sort((a, b) => a.localeCompare(b));
  const colors = affiliationColors(d.actors.map((a) => a.affiliation));
  return (
    <PageShell kind="Actor" explorerHref={`/?actor=${encodeURIComponent(actor.id)}`} jsonLd={jsonLdString(actorJsonLd(actor))}>
      <article className="space-y-6" data-testid="actor-page" data-actor-id={actor.id}>
        <header className="space-y-1">
          <h1 className="text-2xl font-bold leading-tight">{actor.name}</h1>
          <p className="text-sm text-slate-700">
            <span className="capitalize">{actor.kind}</span>
            {actor.role ? ` · ${actor.role}` : ''}
            {actor.affiliation ? ` · ${actor.affiliation}` : ''}
            {actor.discovered ? ' · found in the documents, not in the editors’ list' : ''}
          </p>
        </header>
        {names.length > 0 && (
          <Section title="Names the documents use" id="names-h">
            <ul className="flex flex-wrap gap-2 text-sm" data-testid="actor-names">
              {names.map((n) => (
                <li key={n} className="rounded border border-slate-400 px-1.5 py-0.5">
                  {n}
                </li>
              ))}
            </ul>
          </Section>
        )}
        <Section title={`Events (${events.length}), in order`} id="events-h">
          {events.length ? (
            <ol className="space-y-2 text-sm" data-testid="actor-events">
              {events.map((e) => (
                <li key={e.id}>
                  <EventRow event={e} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-slate-700">No events found for this actor.</p>
          )}
        </Section>
        <Section title={`Counterparts (${others.length}), by number of contacts`} id="counterparts-h">
          {others.length ? (
            <div className="grid gap-4 md:grid-cols-2">
              <ol className="space-y-1 text-sm" data-testid="counterparts">
                {others.map((c) => {
                  const a = index.actors.get(c.id);
                  return (
                    <li key={c.id}>
                      <Link href={actorPath(c.id)} className="text-blue-800 underline">
                        {a?.name ?? c.id}
                      </Link>{' '}
                      <span className="text-slate-700">
                        — {c.contacts} {c.contacts === 1 ? 'event' : 'events'} ({c.kinds.map((k) => EDGE_STYLE[k].label).join(', ')})
                      </span>
                    </li>
                  );
                })}
              </ol>
              <EgoNetwork dataset={d} actor={actor} actors={index.actors} colors={colors} />
            </div>
          ) : (
            <p className="text-sm text-slate-700">No one is linked to {actor.name} in these documents.</p>
          )}
        </Section>
      </article>
    </PageShell>
  );
}
