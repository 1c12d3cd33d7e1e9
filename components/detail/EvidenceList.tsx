'use client';
import { useContext, useState } from 'react';
import type { Evidence, IndexDocument } from '@/lib/schema';
import { groupEvidence } from '@/lib/ui/evidence';
import { EvidenceQuote } from './EvidenceQuote';
import { DocumentsPending } from './documents-pending';

/** How many quotes of one document show before "show all". */
const FIRST = 2;

interface Props {
  evidence: Evidence[];
  documents: Map<string, IndexDocument>;
  onOpenDocument?: (id: string) => void;
}

/** The evidence of an event, one group per document (its source shown once), long groups folded. */
export function EvidenceList({ evidence, documents, onOpenDocument }: Props) {
  const groups = groupEvidence(evidence, documents);
  const pending = useContext(DocumentsPending) && groups.some((g) => !documents.has(g.documentId));
  return (
    <div className="mt-1 space-y-3">
      {/* said politely, not shown: each quote says it in place (no line comes and goes) */}
      <p role="status" className="sr-only">
        {pending ? 'The quotes are here; their documents’ titles and outlets are loading.' : ''}
      </p>
      {groups.map((g) => (
        <EvidenceGroup key={g.documentId} quotes={g.quotes} document={documents.get(g.documentId)} documentId={g.documentId} onOpenDocument={onOpenDocument} />
      ))}
    </div>
  );
}

function EvidenceGroup({
  quotes,
  document,
  documentId,
  onOpenDocument,
}: {
  quotes: Evidence[];
  document: IndexDocument | undefined;
  documentId: string;
  onOpenDocument?: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const shown = open ? quotes : quotes.slice(0, FIRST);
  return (
    <section data-testid="evidence-group" data-document-id={documentId} className="space-y-1">
      {shown.map((ev, i) => (
        <EvidenceQuote key={`${ev.start}:${i}`} evidence={ev} document={document} onOpenDocument={onOpenDocument} />
      ))}
      {quotes.length > FIRST && (
        <button
          type="button"
          data-testid="more-evidence"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
          className="text-xs text-blue-800 underline hover:text-blue-950"
        >
          {open ? 'Show fewer' : `Show all ${quotes.length} quotes from ${document?.outlet ?? 'this document'}`}
        </button>
      )}
    </section>
  );
}
