/**
 * Transcripts: the first person of a turn is the person its speaker label names.
 * "SENIOR ADVISOR BOULOS: … I want to thank …" → "I" is Boulos; a label that is a
 * title only ("THE PRESIDENT:") names the one person the document's title names
 * ("Remarks by President Biden …"). Labels of hosts, reporters or "Q" name nobody.
 */
import type { DocCtx } from './context';
import type { PeopleByName } from './offices';
import { HONORIFICS, ROLE_WORDS } from './text';

export const TURN_FIRST_PERSON_RULE = {
  id: 'turn-first-person',
  pattern: '"I" in a transcript turn whose speaker label names one person (or is a title, with that person in the document title)',
  effect: 'a mention of the labelled speaker (events can take "I" as subject)',
  example: 'THE PRESIDENT: I just spoke with the prime minister of Freedonia (in "Remarks by President Alder")',
};

export interface Turn {
  /** body offsets of the turn's text (after its label, up to the next label) */
  start: number;
  end: number;
  actorId: string;
}

const MEDIA = /\b(anchor|host|presenter|correspondent|reporter|journalist|moderator|editor|producer)\b/i;

/** the one person a label or title names, by its words (longest form first), or null (nobody, or several) */
function whoIs(words: string[], names: PeopleByName): string | null {
  const found = new Set<string>();
  const used = new Set<number>();
  for (let n = Math.min(words.length, 4); n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      if ([...Array(n).keys()].some((k) => used.has(i + k))) continue;
      const ids = names.get(words.slice(i, i + n).join(' '));
      if (!ids) continue;
      ids.forEach((id) => found.add(id));
      for (let k = 0; k < n; k++) used.add(i + k);
    }
  return found.size === 1 ? [...found][0] : null;
}

export function transcriptTurns(dc: DocCtx, names: PeopleByName): Turn[] {
  if (!dc.transcript) return [];
  const labels = dc.doc.removed.filter((r) => r.reason === 'speaker-label').sort((a, b) => a.start - b.start);
  const turns: Turn[] = [];
  labels.forEach((r, i) => {
    const raw = dc.doc.body.slice(r.start, r.end).replace(/^\s*>+\s*/, '').replace(/\([^)]*\)/g, '').replace(/:\s*$/, '').trim();
    const [who, role = ''] = raw.split(/\s*,\s*/);
    if (!who || MEDIA.test(role) || MEDIA.test(who) || /^q$/i.test(who)) return;
    const words = who.toLowerCase().split(/\s+/).filter((w) => w !== 'the');
    let id = whoIs(words.filter((w) => !HONORIFICS.has(w) && !ROLE_WORDS.has(w)), names);
    if (!id && words.length && words.every((w) => HONORIFICS.has(w) || ROLE_WORDS.has(w))) {
      // a title only: the one person the document's title names
      const title = (dc.doc.meta.title ?? '').toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
      id = whoIs(title, names);
    }
    if (!id) return;
    const next = labels[i + 1];
    turns.push({ start: r.end, end: next ? next.start : dc.doc.body.length, actorId: id });
  });
  return turns;
}
