/**
 * What static pages tell machines: absolute addresses, schema.org JSON-LD.
 * The site's origin comes from SITE_URL (e.g. https://example.github.io) at
 * build; the sub-folder from NEXT_PUBLIC_BASE_PATH. Pure.
 */
import type { DatasetActor, DatasetDocument, DatasetEvent } from '../schema';
import { isHttpUrl } from '../format';

export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL?.trim();
  return isHttpUrl(raw) ? raw.replace(/\/+$/, '') : 'http://localhost:3000';
}

function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** The sub-folder the site is served from ("" or "/parley"), as next.config.js derives it. */
export function basePath(env?: Record<string, string | undefined>): string {
  if (env) return normalizeBase(env.NEXT_PUBLIC_BASE_PATH ?? env.BASE_PATH);
  // written out literally so Next inlines it where the config's `env` sets it
  return normalizeBase(process.env.NEXT_PUBLIC_BASE_PATH || process.env.BASE_PATH);
}

export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}/`;
export const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}/`;
export const documentPath = (id: string) => `/documents/${encodeURIComponent(id)}/`;

/** An absolute address of a path of this site (base path included). */
export function absoluteUrl(path: string, env?: Record<string, string | undefined>): string {
  return `${siteOrigin(env ?? process.env)}${basePath(env)}${path}`;
}

const STATUS: Record<DatasetEvent['status'], string> = {
  happened: 'https://schema.org/EventScheduled',
  ongoing: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  denied: 'https://schema.org/EventCancelled',
};

function agent(a: DatasetActor, env?: Record<string, string | undefined>) {
  return {
    '@type': a.kind === 'person' ? 'Person' : a.kind === 'country' ? 'Country' : 'Organization',
    name: a.name,
    url: absoluteUrl(actorPath(a.id), env),
  };
}

export function eventJsonLd(
  e: DatasetEvent,
  actors: Map<string, DatasetActor>,
  documents: Map<string, DatasetDocument>,
  env?: Record<string, string | undefined>,
): Record<string, unknown> {
  const people = e.participants.map((id) => actors.get(id)).filter((a): a is DatasetActor => !!a);
  const sources = [...new Set(e.evidence.map((q) => q.documentId))].map((id) => documents.get(id)).filter((d): d is DatasetDocument => !!d);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.title,
    ...(e.date ? { startDate: e.date } : {}),
    ...(e.location ? { location: { '@type': 'Place', name: e.location } } : {}),
    eventStatus: STATUS[e.status],
    eventAttendanceMode: e.type === 'call' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    attendee: people.map((a) => agent(a, env)),
    description: `${e.type} — ${e.evidence[0]?.quote ?? ''}`.slice(0, 300),
    url: absoluteUrl(eventPath(e.id), env),
    subjectOf: sources.map((d) => ({
      '@type': 'NewsArticle',
      headline: d.title,
      datePublished: d.published,
      publisher: { '@type': 'Organization', name: d.outlet },
      url: isHttpUrl(d.url) ? d.url : absoluteUrl(documentPath(d.id), env),
    })),
  };
}

export function actorJsonLd(a: DatasetActor, env?: Record<string, string | undefined>): Record<string, unknown> {
  const names = [...new Set([...a.aliases, ...a.surfaceForms])].filter((n) => n !== a.name).sort();
  return {
    '@context': 'https://schema.org',
    ...agent(a, env),
    ...(names.length ? { alternateName: names } : {}),
    ...(a.role && a.kind === 'person' ? { jobTitle: a.role } : {}),
    ...(a.affiliation ? { [a.kind === 'person' ? 'affiliation' : 'parentOrganization']: { '@type': 'Organization', name: a.affiliation } } : {}),
  };
}

export function documentJsonLd(d: DatasetDocument, env?: Record<string, string | undefined>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: d.title,
    datePublished: d.published,
    publisher: { '@type': 'Organization', name: d.outlet },
    url: absoluteUrl(documentPath(d.id), env),
    ...(isHttpUrl(d.url) ? { isBasedOn: d.url } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: no "</script>" can close it early. */
export function jsonLdString(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** "‘last week’ in a text of 18 Feb 2025" — how an event's date was found, for a reader. */
export function dateResolution(info: DatasetEvent['dateInfo'], formatDay: (d: string) => string): string | null {
  const ref = info.reference;
  const published = ref?.match(/^published (\d{4}-\d{2}-\d{2})$/);
  const against = published ? `in a text of ${formatDay(published[1])}` : ref ? `relative to ${ref}` : null;
  if (info.expression && against) return `‘${info.expression}’ ${against}`;
  if (info.expression) return `‘${info.expression}’`;
  return against;
}

/** The social preview image (public/og.png); a page's openGraph replaces the layout's, so each page names it. */
export const OG_IMAGES = [{ url: '/og.png', width: 1200, height: 630, alt: 'Parley: who talked to whom, every event linked to its quotes' }];
