import type { Evidence, IndexDocument } from '../schema';

/**
 * Where a document's wording comes from. An `original` report is the words
 * as its outlet wrote them; a `paraphrase` is a machine-rewritten copy (a
 * word-spinner's "assembly" for meeting); a `transcript` is speech turned
 * into text (names misheard, punctuation doubled). Quotes from originals are
 * shown first; the others follow, labelled.
 */
export type SourceKind = 'original' | 'paraphrase' | 'transcript';

/** Rules as data: the first row whose pattern matches the document decides; none → original. */
export interface SourceRule {
  id: string;
  /** tested against the document's outlet and title as the editors wrote them */
  pattern: RegExp;
  /** `kind: transcript` in the front matter also makes a transcript */
  kind?: 'transcript';
  effect: Exclude<SourceKind, 'original'>;
  example: string;
}

export const SOURCE_RULES: readonly SourceRule[] = [
  {
    id: 'paraphrased-copy',
    pattern: /\b(?:machine[- ]?)?(?:paraphras\w*|re-?written|re-?worded|word[- ]?spun|spun)\b/i,
    effect: 'paraphrase',
    example: 'outlet: "The Epoch Times (machine-paraphrased copy)"',
  },
  {
    id: 'transcript-kind',
    pattern: /$^/,
    kind: 'transcript',
    effect: 'transcript',
    example: 'kind: transcript',
  },
  {
    id: 'transcript-words',
    pattern: /\b(?:automatic|machine|speech[- ]recognition|auto-?generated)\s+(?:transcript|captions?|subtitles?)\b/i,
    effect: 'transcript',
    example: 'title: "Foreign ministers meet in the capital (news video, automatic transcript)"',
  },
];

export const SOURCE_LABEL: Record<SourceKind, string> = {
  original: 'original report',
  paraphrase: 'machine-paraphrased copy: wording not the original',
  transcript: 'automatic transcript: names may be misheard',
};

type DocLike = Pick<IndexDocument, 'outlet' | 'title' | 'kind'>;

export function sourceKind(doc: DocLike | undefined): SourceKind {
  if (!doc) return 'original';
  const text = `${doc.outlet} ${doc.title}`;
  for (const rule of SOURCE_RULES) {
    if (rule.kind && doc.kind === rule.kind) return rule.effect;
    if (rule.pattern.test(text)) return rule.effect;
  }
  return 'original';
}

const RANK: Record<SourceKind, number> = { original: 0, paraphrase: 1, transcript: 2 };

export interface EvidenceGroup {
  documentId: string;
  quotes: Evidence[];
  /** original report, machine-paraphrased copy or automatic transcript */
  source: SourceKind;
  /** null for an original report; otherwise what a reader should know of the wording */
  label: string | null;
}

/**
 * Evidence grouped by document: original reports first, then paraphrased
 * copies, then transcripts; within each, documents in order of publication
 * (then id); quotes in their order in the document, the same sentence never twice.
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
    .map(([documentId, quotes]) => {
      const source = sourceKind(documents.get(documentId));
      return {
        documentId,
        quotes: [...quotes].sort((a, b) => a.start - b.start),
        source,
        label: source === 'original' ? null : SOURCE_LABEL[source],
      };
    })
    .sort(
      (a, b) =>
        RANK[a.source] - RANK[b.source] ||
        published(a.documentId).localeCompare(published(b.documentId)) ||
        a.documentId.localeCompare(b.documentId),
    );
}
