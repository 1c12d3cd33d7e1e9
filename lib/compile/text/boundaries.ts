/**
 * sentenceEnds(text, transcript): where sentences end inside a run of text
 * (one paragraph, or several joined transcript lines). Returns exclusive end
 * offsets just after the terminal punctuation (and any closing quote). The end
 * of the text itself is not included: callers close the last sentence.
 */
import {
  CLAUSE_STARTERS,
  DOTTED_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NEVER_FINAL,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
  WEEKDAY_ABBREVIATIONS,
} from './abbreviations';

const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '\u00ab']);

const isLower = (c: string | undefined) => !!c && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined) => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string | undefined) => !!c && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => !!c && /\s/.test(c);

/** the word right after position i (letters, digits, apostrophes), lower-cased */
function wordAt(text: string, i: number): string {
  const m = /^[\p{L}\p{N}'\u2019]+/u.exec(text.slice(i, i + 40));
  return m ? m[0].replace(/\u2019/g, "'").toLowerCase() : '';
}

/** the token ending just before the period at `dot` (may contain inner periods: "U.S") */
function tokenBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[\p{L}\p{N}.'\-]/u.test(text[s - 1])) s--;
  return text.slice(s, dot).replace(/^[.'\-]+/, '');
}

/** a text without capitals (speech recognition output): a lower-case word after a period can start a sentence */
export function isLowerCaseText(text: string): boolean {
  // letters and capitals counted in UTF-16 units (as the lengths of the text's letters and of its capitals)
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) letters++;
      else if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (LETTER.test(ch)) {
      letters += ch.length;
      if (CAPITAL.test(ch)) upper += ch.length;
    }
    if (cp > 0xffff) i++;
  }
  if (letters < 200) return false;
  return upper / letters < 0.002;
}
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

export function sentenceEnds(text: string, transcript = false, lowerCase = false): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    // the run of terminal punctuation ("..", "??", "?!", "…")
    let j = i;
    while (j < text.length && TERMINATORS.has(text[j])) j++;
    const run = text.slice(i, j);
    // closing quotes/brackets belong to the sentence
    let k = j;
    while (k < text.length && CLOSERS.has(text[k])) k++;
    const end = k;
    // whitespace after
    let n = k;
    while (n < text.length && isSpace(text[n])) n++;
    const gap = text.slice(k, n);
    const next = text[n];
    const decision = decide(text, i, run, end, gap, n, next, transcript, lowerCase);
    if (decision) ends.push(end);
    i = Math.max(j, i + 1);
  }
  return ends;
}

function decide(
  text: string,
  i: number,
  run: string,
  end: number,
  gap: string,
  n: number,
  next: string | undefined,
  transcript: boolean,
  lowerCase = false,
): boolean {
  if (next === undefined) return false; // end of text: caller closes
  const hasNewline = gap.includes('\n');
  const single = run === '.';
  // no space after: "3.5", "U.S.-Russian", "example.com"; but "invasion.According" ends a sentence
  if (gap.length === 0) {
    if (end > i + run.length) return false; // closing quote glued to next char
    const prev = text[i - 1];
    const prev2 = text[i - 2];
    return single && isLower(prev) && isLower(prev2) && isUpper(next) && isLower(text[n + 1]);
  }
  const nextWord = wordAt(text, OPENERS.has(next) ? n + 1 : n);
  if (single || run === '..') {
    const tok = tokenBefore(text, i);
    const low = tok.toLowerCase();
    if (run === '.' && end === i + 1) {
      if (NEVER_FINAL.has(low)) return false;
      if (TITLE_ABBREVIATIONS.has(low) && !isLower(next) && !(low === 'jr' || low === 'sr' || low === 'co' || low === 'inc' || low === 'ltd' || low === 'corp')) return false;
      if (MONTH_ABBREVIATIONS.has(low) && isDigit(next)) return false;
      if (WEEKDAY_ABBREVIATIONS.has(low) && /^[A-Z]/.test(tok) && (isDigit(next) || MONTH_ABBREVIATIONS.has(nextWord) || /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(nextWord))) return false;
      if (NUMBER_ABBREVIATIONS.has(low) && isDigit(next) && /^[A-Za-z]/.test(tok)) return false;
      // initials: "J. D. Smith", "John F. Doe"
      if (/^\p{Lu}$/u.test(tok) && isUpper(next) && !SENTENCE_STARTERS.has(nextWord)) return false;
      if (DOTTED_ABBREVIATIONS.has(low) || /^(\p{L}\.)+\p{L}$/u.test(tok)) {
        if (isUpper(next) && SENTENCE_STARTERS.has(nextWord)) return true;
        if (OPENERS.has(next) && next !== '(') return true;
        if (transcript && hasNewline && isUpper(next)) return true;
        return false;
      }
      if (['jr', 'sr', 'co', 'inc', 'ltd', 'corp'].includes(low)) return isUpper(next) && SENTENCE_STARTERS.has(nextWord);
    }
  }
  if (isLower(next)) {
    // a text without capitals: ". the two sides", ".\nmedinski said" start sentences (not after "mr.", "u.s.", "...")
    if (lowerCase && (run === '.' || run === '!' || run === '?') && end === i + run.length) {
      const low = tokenBefore(text, i).toLowerCase();
      return !(TITLE_ABBREVIATIONS.has(low) || NEVER_FINAL.has(low) || DOTTED_ABBREVIATIONS.has(low) || /^(\p{L}\.)+\p{L}$/u.test(low) || /^\p{L}$/u.test(low));
    }
    if (!transcript || end > i + run.length) return false;
    // doubled punctuation of speech recognition ("said.. whitcoff arrived") ends a sentence
    if (run.length === 2) return true;
    // transcript: a line that wraps onto a lower-case line continues the sentence
    if (hasNewline) return false;
    if (run.startsWith('\u2026') || run === '...') return false;
    return CLAUSE_STARTERS.has(nextWord);
  }
  // a quotation ending in ? or ! followed by an attribution: "… ?” he asked" handled above (lower-case)
  if (isUpper(next) || isDigit(next) || OPENERS.has(next) || /[\p{Lo}]/u.test(next)) return true;
  // other symbols (dash, bullet, $): end when a terminator is followed by space and a non-letter start
  return /[$€£—–\-•*]/.test(next);
}
