'use client';
import { useContext } from 'react';
import type { Evidence, IndexDocument } from '@/lib/schema';
import { formatPartialDate, isHttpUrl } from '@/lib/format';
import { DocumentsPending } from './documents-pending';

/** One evidence sentence, verbatim, with where it comes from. Text only, never HTML. */
interface Props {
  evidence: Evidence;
  document: IndexDocument | undefined;
  onOpenDocument?: (id: string) => void;
}

export function EvidenceQuote({ evidence, document, onOpenDocument }: Props) {
  const pending = useContext(DocumentsPending);
  return (
    <figure className="rounded border-l-4 border-slate-400 bg-slate-50 p-2" data-testid="evidence">
      <blockquote className="text-sm leading-snug text-slate-900">“{evidence.quote}”</blockquote>
      <figcaption className="mt-1 text-xs text-slate-700">
        {document ? (
          <>
            <span className="font-semibold">{document.outlet}</span>
            {document.kind === 'transcript' ? ' (transcript)' : ''} —{' '}
            {isHttpUrl(document.url) ? (
              <a
                href={document.url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-blue-800 underline hover:text-blue-950"
              >
                {document.title}
              </a>
            ) : (
              <span className="italic">{document.title}</span>
            )}
            , published {formatPartialDate(document.published)}
            {onOpenDocument && (
              <>
                {' · '}
                <button type="button" onClick={() => onOpenDocument(document.id)} className="text-blue-800 underline hover:text-blue-950" data-testid="open-document">
                  read in the document
                </button>
              </>
            )}
          </>
        ) : (
          <span data-testid={pending ? 'source-loading' : undefined}>
            document {evidence.documentId}
            {pending && <span className="text-slate-600"> — its source is loading…</span>}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
