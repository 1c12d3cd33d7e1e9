/**
 * Rough clause boundaries inside one sentence, so that the participants and the
 * date of one happening are not taken from another one the sentence also tells
 * of ("Birch is meeting Cedar in Avalon following a phone call last week
 * between Elm and Dogwood"). Lists ("A, B, and C represented …") stay whole.
 */
import type { Span } from '../types';

const BOUNDARY =
  /[;:]|\s[—–]\s|\s--\s|\(|\)|,?\s(?=(?:while|whereas|but|though|although|because|following|after|before|since|when|until|unless|whereby)\b)|,\s(?=(?:which|who|saying|adding|as|where)\b)/gi;

/** Clause spans (relative to the sentence), covering the whole sentence. */
export function splitClauses(sentence: string): Span[] {
  const cuts: number[] = [0];
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(sentence))) {
    if (m.index > 0) cuts.push(m.index);
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  cuts.push(sentence.length);
  const spans: Span[] = [];
  const uniq = [...new Set(cuts)].sort((a, b) => a - b);
  for (let i = 0; i + 1 < uniq.length; i++) if (uniq[i + 1] > uniq[i]) spans.push({ start: uniq[i], end: uniq[i + 1] });
  return spans;
}

/** The clause that holds offset `at`. */
export function clauseAt(clauses: Span[], at: number): Span {
  for (const c of clauses) if (at >= c.start && at < c.end) return c;
  return clauses[clauses.length - 1] ?? { start: 0, end: 0 };
}
