/**
 * Links to other articles left in the page as a block of their headlines, one a line, with no "Read more" line
 * (teaser.ts reads that one): three lines or more in a row, each a headline — several words with lower-case ones
 * among them, no closing full stop, no quotation. Nobody named there takes part in this document's story
 * (makeDocCtx occupies the lines, like a teaser).
 */
import type { SentencedDoc } from '../types';

export const HEADLINE_BLOCK_RULE = {
  id: 'related-headline-block',
  pattern:
    'three to ten lines in a row (blank lines between allowed) between two lines of prose (closed by a full stop), at most one line in three naming a capitalised word found elsewhere in the document, each of 5 to 25 words opening with a capital, with a lower-case word, no punctuation at its end, no full stop inside, no quotation mark, bracket, colon or slash (a caption, a fact box label)',
  effect: "the lines are page chrome (other articles' headlines): no actor, place or name is read there",
  example:
    'The talks ended on Monday.\nTomas Vell returns to strike a sombre tone in Avalon\nRight-wing figures jockey for a place as Mara Quist watches\nBirch speech signals a change rather than a transfer of power\nBoth leaders spoke later.\n',
};

const MIN_LINES = 3;
/** a line of the story: several words, closed by a full stop (a quotation's closing mark after it allowed) */
const PROSE_LINE = /\s\S+\s\S+.*[.!?]["'’”)]*$/u;
/** more lines than this in a row without a full stop are text left unpunctuated (captions, a transcript), no list of links */
const MAX_LINES = 10;

/** a line that reads as another article's headline */
function headlineLine(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?…;:,]["'’”)\]]*$/u.test(t) || /["“”():[\]/|]/u.test(t) || /[.!?]\s/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 5 || words.length > 25) return false;
  // a list of names or a heading in capitals is no headline of prose
  if (!words.some((w) => /^\p{Ll}{2,}/u.test(w))) return false;
  // a line opening with a lower-case word continues a sentence broken over lines
  return /^[\p{Lu}\d'‘’]/u.test(t);
}

/** the capitalised words of a line after its first word ("Ukraine", "Mara"), three letters or more */
const namesOf = (line: string) => [...line.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]{2,}/gu)].map((m) => m[0].replace(/['’]s$/, ''));

/**
 * Other articles' headlines are about other stories: at most one line in three names a word the rest of the document
 * also has. A story's own highlights (the same people as its paragraphs) are no such block.
 */
function aboutOtherStories(body: string, run: { start: number; end: number }[]): boolean {
  const rest = body.slice(0, run[0].start) + '\n' + body.slice(run[run.length - 1].end);
  const shared = run.filter((r) => namesOf(body.slice(r.start, r.end)).some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(rest))).length;
  return shared * 3 <= run.length;
}

/** Body spans [start, end) of the document's related-headline blocks (HEADLINE_BLOCK_RULE), one span a line. */
export function headlineBlockSpans(doc: SentencedDoc): { start: number; end: number }[] {
  const body = doc.body;
  // a transcript's lines are speech, often unpunctuated
  if (doc.meta.kind === 'transcript' || !body.includes('\n')) return [];
  const out: { start: number; end: number }[] = [];
  let run: { start: number; end: number }[] = [];
  // the block stands inside the story: a line of prose (closed by a full stop) before it and after it
  let proseBefore = false;
  const flush = (proseAfter: boolean) => {
    if (run.length >= MIN_LINES && run.length <= MAX_LINES && proseBefore && proseAfter && aboutOtherStories(body, run)) out.push(...run);
    run = [];
  };
  let at = 0;
  for (const line of body.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) continue; // blank lines between headlines keep the block
    if (headlineLine(line)) {
      run.push({ start, end: start + line.length });
      continue;
    }
    const prose = PROSE_LINE.test(line.trim());
    flush(prose);
    proseBefore = prose;
  }
  flush(false);
  return out;
}
