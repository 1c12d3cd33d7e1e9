import type { ActorEntry, Lexicon, PlaceEntry } from '../schema';
import type { ActorInfo, Mention, MentionsResult, SentencedDoc } from './types';

/** STUB (to be replaced): exact names and aliases only. */
export function findMentions(
  docs: SentencedDoc[],
  actors: ActorEntry[],
  _places: PlaceEntry[],
  _lexicon: Lexicon,
): MentionsResult {
  const mentions: Mention[] = [];
  for (const doc of docs)
    for (const s of doc.sentences)
      for (const a of actors)
        for (const form of [a.name, ...a.aliases]) {
          const i = s.text.indexOf(form);
          if (i >= 0)
            mentions.push({ docId: doc.id, sentence: s.index, start: s.start + i, end: s.start + i + form.length, surface: form, actorId: a.id, via: 'name', score: 1 });
        }
  const infos: ActorInfo[] = actors.map((a) => ({
    id: a.id, name: a.name, kind: a.kind, affiliation: a.affiliation ?? null, aliases: a.aliases, role: a.role ?? null, discovered: false, surfaceForms: [],
  }));
  return { mentions, places: [], actors: infos, problems: [] };
}
