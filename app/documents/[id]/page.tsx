import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDataset, getDocument } from '@/lib/data/server';
import { formatPartialDate, isHttpUrl } from '@/lib/format';
import { documentRuns, findMentions } from '@/lib/pages/document-marks';
import { actorPath, documentJsonLd, documentPath, eventPath, jsonLdString, OG_IMAGES } from '@/lib/pages/seo';
import { SOURCE_LABEL, sourceKind } from '@/lib/ui/evidence';
import { indexDataset, sortEvents } from '@/lib/ui/selection';
import { TYPE_STYLE } from '@/lib/ui/theme';
import { PageShell, Section } from '@/components/pages/PageShell';
import { ActorLink, EventRow } from '@/components/pages/links';

export const dynamicParams = false;

export function generateStaticParams() {
  return getDataset().documents.map((d) => ({ id: d.id }));
}

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const doc = getDocument((await params).id);
  if (!doc) return {};
  const n = getDataset().events.filter((e) => e.evidence.some((q) => q.documentId === doc.id)).length;
  const description = `${doc.outlet}, ${formatPartialDate(doc.published)}: the text as published, with the ${n} ${
    n === 1 ? 'event' : 'events'
  } Parley found in it highlighted.`;
  return {
    title: `${doc.title} (${doc.outlet}) — Parley`,
    description,
    alternates: { canonical: documentPath(doc.id) },
    openGraph: { title: doc.title, description, type: 'article', url: documentPath(doc.id), images: OG_IMAGES },
  };
}

export default async function DocumentPage({ params }: Params) {
  const doc = getDocument((await params).id);
  if (!doc) notFound();
  const d = getDataset();
  const index = indexDataset(d);
  const events = sortEvents(d.events.filter((e) => e.evidence.some((q) => q.documentId === doc.id)));
  const mentions = findMentions(doc, d.actors);
  const runs = documentRuns(doc, events, mentions);
  const named = [...new Set(mentions.map((m) => m.actorId))].map((id) => index.actors.get(id)!).sort((a, b) => a.name.localeCompare(b.name));
  const source = sourceKind(doc);
  // the first run of each quote carries its anchor (#q-<start>) for links from event pages
  const anchors = new Set<number>();
  for (const e of events) for (const q of e.evidence) if (q.documentId === doc.id) anchors.add(q.start);
  return (
    <PageShell kind="Document" explorerHref={`/?doc=${encodeURIComponent(doc.id)}`} jsonLd={jsonLdString(documentJsonLd(doc))}>
      <article className="space-y-6" data-testid="document-page" data-document-id={doc.id}>
        <header className="space-y-1">
          <h1 className="text-2xl font-bold leading-tight">{doc.title}</h1>
          <p className="text-sm text-slate-700">
            {doc.outlet} · published {formatPartialDate(doc.published)} · {doc.kind}
            {isHttpUrl(doc.url) && (
              <>
                {' · '}
                <a href={doc.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
                  at the outlet
                </a>
              </>
            )}
          </p>
          {source !== 'original' && (
            <p className="inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-950" data-testid="source-label">
              {SOURCE_LABEL[source]}
            </p>
          )}
        </header>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <Section title="The text as published" id="text-h">
            <p className="text-xs text-slate-700" data-testid="document-legend">
              <mark className="doc-quote px-0.5">Highlighted</mark>: a quote Parley took as evidence (the link after it opens the event).{' '}
              <span className="doc-mention">Underlined names</span> open the actor’s page.{' '}
              <span className="doc-aside px-0.5">Dimmed</span>: set aside by the compiler (page chrome, credits, fragments).
            </p>
            <div className="whitespace-pre-wrap break-words rounded border border-slate-300 p-3 text-base leading-relaxed" data-testid="document-text">
              {runs.map((r) => {
                const text = doc.text.slice(r.start, r.end);
                let node: React.ReactNode = text;
                if (r.actor) {
                  node = (
                    <Link href={actorPath(r.actor)} className="doc-mention" data-mention={r.actor}>
                      {text}
                    </Link>
                  );
                }
                if (r.events.length) {
                  node = (
                    <mark className="doc-quote" data-events={r.events.join(' ')} id={anchors.has(r.start) ? `q-${r.start}` : undefined}>
                      {node}
                    </mark>
                  );
                }
                if (!r.kept) node = <span className="doc-aside">{node}</span>;
                return (
                  <span key={r.start}>
                    {node}
                    {r.quoteEnd?.map((id) => {
                      const e = index.events.get(id)!;
                      return (
                        <Link key={id} href={eventPath(id)} className="doc-event-link" data-event={id} aria-label={`${TYPE_STYLE[e.type].label.toLowerCase()} event: ${e.title}`} title={e.title}>
                          <span aria-hidden="true">{TYPE_STYLE[e.type].glyph}</span> {TYPE_STYLE[e.type].label.toLowerCase()}
                        </Link>
                      );
                    })}
                  </span>
                );
              })}
            </div>
          </Section>
          <div className="space-y-6">
            <Section title={`Events found (${events.length})`} id="doc-events-h">
              <ol className="space-y-2 text-sm" data-testid="document-events">
                {events.map((e) => (
                  <li key={e.id}>
                    <EventRow event={e} />
                  </li>
                ))}
              </ol>
            </Section>
            <Section title={`Actors named (${named.length})`} id="doc-actors-h">
              <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {named.map((a) => (
                  <li key={a.id}>
                    <ActorLink actor={a} />
                  </li>
                ))}
              </ul>
            </Section>
          </div>
        </div>
      </article>
    </PageShell>
  );
}
