/**
 * A link to another article left in the page: its headline on a line of its own, then a "Read more" line (page
 * chrome, removed by clean). Nobody named in that headline takes part in this document's story (makeDocCtx
 * occupies it, like a glued name card).
 */
import type { SentencedDoc } from '../types';

export const TEASER_RULE = {
  id: 'teaser-before-read-more',
  pattern: 'a sentence without a closing full stop (a headline) that opens its line and is followed, after blank space only, by a removed page-chrome line "Read more" (or "Read next", "Continue reading")',
  effect: 'the whole sentence is page chrome: no actor, place or name is read there (another article\'s headline)',
  example: "'Tomas Vell sees the talks as a way forward'\n\nRead more\n",
};

const MORE = /^\s*(?:read (?:more|next)|continue reading)\b/i;

/** Body spans [start, end) of the document's sentences that are teasers of other articles (TEASER_RULE). */
export function teaserSpans(doc: SentencedDoc): { start: number; end: number }[] {
  const more = doc.removed.filter((r) => r.reason === 'chrome' && MORE.test(doc.body.slice(r.start, r.end)));
  if (!more.length) return [];
  const out: { start: number; end: number }[] = [];
  for (const s of doc.sentences) {
    if (s.start > 0 && !/\n[ \t]*$/.test(doc.body.slice(Math.max(0, s.start - 4), s.start))) continue;
    // a headline has no closing full stop; a story's last paragraph before the link has one
    if (/[.!?…]["'’”)]*\s*$/u.test(s.text)) continue;
    const next = more.find((r) => r.start >= s.end);
    if (next && /^\s*$/.test(doc.body.slice(s.end, next.start))) out.push({ start: s.start, end: s.end });
  }
  return out;
}
