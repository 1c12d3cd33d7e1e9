import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDataset, getEvent } from '@/lib/data/server';
import { formatConfidence, formatPartialDate, formatShortDate } from '@/lib/format';
import { actorPath, dateResolution, eventJsonLd, eventPath, jsonLdString, OG_IMAGES } from '@/lib/pages/seo';
import { indexDataset } from '@/lib/ui/selection';
import { STATUS_LABEL, TYPE_STYLE } from '@/lib/ui/theme';
import { PageShell, Section } from '@/components/pages/PageShell';
import { EvidenceSection } from '@/components/pages/EvidenceSection';
import { ActorLink, TypeGlyph } from '@/components/pages/links';

export const dynamicParams = false;

export function generateStaticParams() {
  return getDataset().events.map((e) => ({ id: e.id }));
}

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const e = getEvent((await params).id);
  if (!e) return {};
  const names = e.participants.map((id) => getDataset().actors.find((a) => a.id === id)?.name ?? id);
  const description = `${TYPE_STYLE[e.type].label}, ${formatPartialDate(e.date)}${e.location ? `, ${e.location}` : ''}${
    names.length ? ` — ${names.join(', ')}` : ''
  }. ${new Set(e.evidence.map((q) => q.documentId)).size} source(s), every quote shown.`;
  return {
    title: `${e.title} (${formatShortDate(e.date)}) — Parley`,
    description,
    alternates: { canonical: eventPath(e.id) },
    openGraph: { title: e.title, description, type: 'article', url: eventPath(e.id), images: OG_IMAGES },
  };
}

const PRECISION = { day: 'exact day', week: 'day estimated from the week', month: 'month only', year: 'year only' } as const;

export default async function EventPage({ params }: Params) {
  const event = getEvent((await params).id);
  if (!event) notFound();
  const d = getDataset();
  const index = indexDataset(d);
  const participants = event.participants.map((id) => index.actors.get(id)).filter((a) => !!a);
  const answered = event.respondsTo.map((id) => index.actors.get(id)).filter((a) => !!a);
  const sources = [...new Set(event.evidence.map((q) => q.documentId))];
  const how = dateResolution(event.dateInfo, formatShortDate);
  const style = TYPE_STYLE[event.type];
  return (
    <PageShell kind="Event" explorerHref={`/?event=${encodeURIComponent(event.id)}`} jsonLd={jsonLdString(eventJsonLd(event, index.actors, index.documents))}>
      <article className="space-y-6" data-testid="event-page" data-event-id={event.id}>
        <header className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <TypeGlyph type={event.type} />
            <span className="font-semibold">{style.label}</span>
            {event.status !== 'happened' && (
              <span className="rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{STATUS_LABEL[event.status]}</span>
            )}
          </p>
          <h1 className="text-2xl font-bold leading-tight">{event.title}</h1>
        </header>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-semibold text-slate-700">Date</dt>
          <dd>
            <span data-testid="event-date">{formatPartialDate(event.date)}</span>
            {event.dateInfo.precision && event.dateInfo.precision !== 'day' && <span className="text-slate-700"> ({PRECISION[event.dateInfo.precision]})</span>}
            {how && <span className="block text-slate-700">Resolved from {how}</span>}
          </dd>
          <dt className="font-semibold text-slate-700">Place</dt>
          <dd>{event.location ?? 'not stated'}</dd>
          <dt className="font-semibold text-slate-700">Participants</dt>
          <dd>
            {participants.length ? (
              <ul className="flex flex-wrap gap-x-3 gap-y-1">
                {participants.map((a) => (
                  <li key={a.id}>
                    <ActorLink actor={a} />
                    {a.role ? <span className="text-slate-700"> ({a.role})</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              'none named'
            )}
          </dd>
          {answered.length > 0 && (
            <>
              <dt className="font-semibold text-slate-700">Responds to</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-3">
                  {answered.map((a) => (
                    <li key={a.id}>
                      <ActorLink actor={a} />
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt className="font-semibold text-slate-700">Status</dt>
          <dd>{STATUS_LABEL[event.status]}</dd>
          <dt className="font-semibold text-slate-700">Confidence</dt>
          <dd>{formatConfidence(event.confidence)}</dd>
          <dt className="font-semibold text-slate-700">Sources</dt>
          <dd data-testid="source-count">
            reported by {sources.length} {sources.length === 1 ? 'document' : 'documents'} ({event.evidence.length}{' '}
            {event.evidence.length === 1 ? 'quote' : 'quotes'})
          </dd>
        </dl>
        {event.disagreements.length > 0 && (
          <section className="rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950" aria-labelledby="disagree-h" data-testid="disagreements">
            <h2 id="disagree-h" className="font-semibold">
              The sources disagree
            </h2>
            <ul className="mt-1 space-y-1">
              {event.disagreements.map((dis) => (
                <li key={dis.field}>
                  <span className="font-semibold">{dis.field}:</span>{' '}
                  {dis.values.map((v, i) => (
                    <span key={i}>
                      {i > 0 && ' vs '}
                      {v.value === null ? 'not given' : dis.field === 'date' ? formatShortDate(v.value) : v.value} (
                      {v.documentIds.map((id, j) => (
                        <span key={id}>
                          {j > 0 && ', '}
                          <Link href={`/documents/${encodeURIComponent(id)}/`} className="underline">
                            {index.documents.get(id)?.outlet ?? id}
                          </Link>
                        </span>
                      ))}
                      )
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )}
        {event.edited && (
          <p className="rounded border border-sky-700 bg-sky-50 p-2 text-sm text-sky-950">
            Corrected by an editor{event.edited.notes.length ? `: ${event.edited.notes.join('; ')}` : '.'}
          </p>
        )}
        <Section title="What the documents say" id="evidence-h">
          <EvidenceSection evidence={event.evidence} documents={index.documents} />
        </Section>
        {participants.length > 0 && (
          <p className="text-sm text-slate-700">
            More on{' '}
            {participants.map((a, i) => (
              <span key={a.id}>
                {i > 0 && (i === participants.length - 1 ? ' and ' : ', ')}
                <Link href={actorPath(a.id)} className="text-blue-800 underline">
                  {a.name}
                </Link>
              </span>
            ))}
            .
          </p>
        )}
      </article>
    </PageShell>
  );
}
