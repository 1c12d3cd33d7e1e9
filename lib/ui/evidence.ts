import type { Evidence, IndexDocument } from '../schema';

export interface EvidenceGroup {
  documentId: string;
  quotes: Evidence[];
}

/**
 * Evidence grouped by document: documents in order of publication (then id),
 * quotes in their order in the document, the same sentence never twice.
 */
export function groupEvidence(evidence: Evidence[], documents: Map<string, IndexDocument>): EvidenceGroup[] {
  const byDoc = new Map<string, Evidence[]>();
  for (const ev of evidence) {
    const list = byDoc.get(ev.documentId) ?? [];
    if (!list.some((x) => x.start === ev.start && x.end === ev.end)) list.push(ev);
    byDoc.set(ev.documentId, list);
  }
  const published = (id: string) => documents.get(id)?.published ?? '';
  return [...byDoc.entries()]
    .map(([documentId, quotes]) => ({ documentId, quotes: [...quotes].sort((a, b) => a.start - b.start) }))
    .sort((a, b) => published(a.documentId).localeCompare(published(b.documentId)) || a.documentId.localeCompare(b.documentId));
}
