import Link from 'next/link';
import type { DatasetDocument, Evidence } from '@/lib/schema';
import { formatPartialDate, isHttpUrl } from '@/lib/format';
import { documentPath } from '@/lib/pages/seo';
import { groupEvidence } from '@/lib/ui/evidence';

/** Every quote of an event, original reports first; copies and transcripts after, labelled. Text only. */
export function EvidenceSection({ evidence, documents }: { evidence: Evidence[]; documents: Map<string, DatasetDocument> }) {
  const groups = groupEvidence(evidence, documents);
  return (
    <div className="space-y-4">
      {groups.map((g) => {
        const doc = documents.get(g.documentId);
        return (
          <section key={g.documentId} className="space-y-2" data-testid="evidence-group" data-document-id={g.documentId} data-source={g.source}>
            <h3 className="text-sm">
              <span className="font-semibold">{doc?.outlet ?? g.documentId}</span>
              {doc && (
                <>
                  {' — '}
                  <Link href={documentPath(doc.id)} className="text-blue-800 underline">
                    {doc.title}
                  </Link>
                  , published {formatPartialDate(doc.published)}
                  {isHttpUrl(doc.url) && (
                    <>
                      {' · '}
                      <a href={doc.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">
                        original at the outlet
                      </a>
                    </>
                  )}
                </>
              )}
            </h3>
            {g.label && (
              <p className="inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-950" data-testid="source-label">
                {g.label}
              </p>
            )}
            <ul className="space-y-2">
              {g.quotes.map((q) => (
                <li key={`${q.start}:${q.end}`}>
                  <figure className="rounded border-l-4 border-slate-400 bg-slate-50 p-2" data-testid="evidence">
                    <blockquote className="text-sm leading-snug">“{q.quote}”</blockquote>
                    <figcaption className="mt-1 text-xs">
                      <Link href={`${documentPath(g.documentId)}#q-${q.start}`} className="text-blue-800 underline">
                        read it in the document
                      </Link>
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
