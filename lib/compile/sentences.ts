import type { CleanDoc, Sentence, SentencedDoc } from './types';

/** STUB (to be replaced): naive split on . ! ? inside kept spans. */
export function splitSentences(doc: CleanDoc): SentencedDoc {
  const sentences: Sentence[] = [];
  for (const span of doc.kept) {
    const text = doc.body.slice(span.start, span.end);
    const re = /[^.!?]+[.!?]*/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const t = m[0].trim();
      if (!t) continue;
      const start = span.start + m.index + m[0].indexOf(t);
      sentences.push({ docId: doc.id, index: sentences.length, start, end: start + t.length, text: t, norm: t });
    }
  }
  return { ...doc, sentences };
}
