/** Small building blocks of the report page (all text rendered as text). */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { EventRef } from '@/lib/editor/report-schema';

export function Section({ id, title, count, children, intro }: { id: string; title: string; count?: number; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="mt-8">
      <h2 id={`${id}-h`} className="text-lg font-semibold text-slate-900">
        {title}
        {count !== undefined && <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm font-normal text-slate-700">{count}</span>}
      </h2>
      {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm italic text-slate-500">{children}</p>;
}

export function eventHref(id: string): string {
  return `/?event=${encodeURIComponent(id)}`;
}

export function actorHref(id: string): string {
  return `/?actor=${encodeURIComponent(id)}`;
}

export function EventLink({ e }: { e: EventRef }) {
  return (
    <Link href={eventHref(e.id)} className="text-blue-800 underline decoration-blue-300 hover:decoration-blue-800">
      {e.title}
    </Link>
  );
}

export function EventRow({ e, extra }: { e: EventRef; extra?: ReactNode }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 py-1 text-sm">
      <span className="w-24 shrink-0 font-mono text-xs text-slate-600">{e.date ?? 'no date'}</span>
      <span className="rounded bg-slate-100 px-1.5 text-xs uppercase tracking-wide text-slate-700">{e.type}</span>
      <EventLink e={e} />
      {extra}
      <span className="font-mono text-xs text-slate-400">{e.id}</span>
    </li>
  );
}

export function Plural({ n, one, many }: { n: number; one: string; many?: string }) {
  return (
    <>
      {n} {n === 1 ? one : (many ?? `${one}s`)}
    </>
  );
}
