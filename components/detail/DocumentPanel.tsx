'use client';
import { useEffect, useMemo, useRef } from 'react';
import type { DatasetDocument } from '@/lib/schema';
import { formatPartialDate, isHttpUrl } from '@/lib/format';
import { segmentText } from '@/lib/ui/segments';

interface Props {
  document: DatasetDocument;
  /** evidence ranges of the selected event in this document */
  marks: [number, number][];
  backLabel: string | null;
  onClose: () => void;
}

/** The whole document as published (text only), evidence marked, unused parts greyed. */
export function DocumentPanel({ document: doc, marks, backLabel, onClose }: Props) {
  const segments = useMemo(() => segmentText(doc.text.length, doc.kept, marks), [doc, marks]);
  const first = useRef<HTMLElement>(null);
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' });
  }, [doc.id, marks]);
  const firstMarked = segments.findIndex((s) => s.marked);
  return (
    <article className="space-y-3" data-testid="document-panel" data-document-id={doc.id}>
      <div className="flex items-start justify-between gap-2">
        <button type="button" onClick={onClose} className="text-sm text-blue-900 underline">
          ← {backLabel ? `Back to ${backLabel}` : 'Close document'}
        </button>
        <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold capitalize text-slate-900">{doc.kind}</span>
      </div>
      <header>
        <h2 className="text-lg font-semibold leading-tight">
          {isHttpUrl(doc.url) ? (
            <a href={doc.url} target="_blank" rel="noopener noreferrer" className="underline">
              {doc.title}
            </a>
          ) : (
            doc.title
          )}
        </h2>
        <p className="text-sm text-slate-700">
          {doc.outlet}, published {formatPartialDate(doc.published)}
        </p>
      </header>
      <p className="text-xs text-slate-600">
        <mark className="bg-amber-200 px-0.5 text-slate-900">Highlighted</mark>: the quotes of the selected event.{' '}
        <span className="bg-slate-100 px-0.5 text-slate-600">Grey</span>: not read as article text (page chrome, fragments).
      </p>
      <div className="whitespace-pre-wrap text-sm leading-relaxed text-slate-900" data-testid="document-text">
        {segments.map((s, i) => {
          const text = doc.text.slice(s.start, s.end);
          if (s.marked) {
            return (
              <mark key={s.start} ref={i === firstMarked ? first : undefined} className="bg-amber-200 text-slate-900">
                {text}
              </mark>
            );
          }
          return s.kept ? (
            <span key={s.start}>{text}</span>
          ) : (
            <span key={s.start} className="bg-slate-100 text-slate-600">
              {text}
            </span>
          );
        })}
      </div>
    </article>
  );
}
