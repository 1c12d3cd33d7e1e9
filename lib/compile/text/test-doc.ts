/** Test helper: a SourceDoc from a body string (used by the text-layer tests only). */
import type { SourceDoc } from '../types';

export function makeDoc(body: string, opts: { kind?: 'article' | 'transcript'; published?: string; title?: string; id?: string } = {}): SourceDoc {
  return {
    id: opts.id ?? 'test-doc',
    file: `data/documents/${opts.id ?? 'test-doc'}.md`,
    meta: { title: opts.title ?? 'A test document', outlet: 'Test Outlet', url: null, published: opts.published ?? '2025-02-18', kind: opts.kind ?? 'article' },
    body,
    bodyLine: 1,
  };
}
