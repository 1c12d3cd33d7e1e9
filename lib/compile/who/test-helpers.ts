/** Test helper: a SentencedDoc built directly from sentence strings (joined by one space). */
import type { ActorEntry } from '../../schema';
import type { Sentence, SentencedDoc } from '../types';

export function makeDoc(
  sentences: string[],
  opts: { id?: string; kind?: 'article' | 'transcript'; published?: string } = {},
): SentencedDoc {
  const id = opts.id ?? 'doc';
  const body = sentences.join(' ');
  const out: Sentence[] = [];
  let pos = 0;
  sentences.forEach((text, index) => {
    const norm = text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/([,.?!;])\1+/g, (m) => m[0] + ' '.repeat(m.length - 1));
    out.push({ docId: id, index, start: pos, end: pos + text.length, text, norm });
    pos += text.length + 1;
  });
  return {
    id,
    file: `data/documents/${id}.md`,
    meta: { title: 't', outlet: 'o', published: opts.published ?? '2025-02-18', kind: opts.kind ?? 'article' },
    body,
    bodyLine: 1,
    kept: [{ start: 0, end: body.length }],
    removed: [],
    sentences: out,
  };
}

/** A person entry for tests. */
export function person(id: string, name: string, extra: Partial<ActorEntry> = {}): ActorEntry {
  return { id, name, kind: 'person', aliases: [], titles: [], ...extra };
}
