/**
 * "… foreign leaders, including the late US President Tomas Vell, have been received here": a person named as "the
 * late …" is dead by the time of writing, named in passing (history, a memorial, a comparison), not an actor of the
 * story. Only that span is not discovered; the same person named otherwise in the document is found as before.
 */
import { ROLE_WORDS } from './text';

export const LATE_PERSON = {
  id: 'late-person-in-passing',
  pattern: 'right before a discovered name: "the late", then at most four capitalised words or title words (a nation, an office)',
  effect: 'not discovered there (named in passing: a dead person is no actor of the story)',
  example: 'Many foreign leaders, including the late Nordvik President Tomas Vell, have stayed at the lodge.',
};

const LATE = /(?:^|[^\p{L}])[Tt]he\s+late\s+((?:[\p{L}.'’-]+\s+){0,4})$/u;

/** whether the name starting at `start` of `text` is named as "the late …" */
export function namedAsLate(text: string, start: number): boolean {
  if (!text.includes('late')) return false; // cheap literal check first
  const m = LATE.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return false;
  return m[1].split(/\s+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()));
}
