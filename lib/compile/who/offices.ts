/**
 * Who holds an office in a country, for references by office ("the prime
 * minister of Lebanon", "Egypt's foreign minister", "the top Omani diplomat"):
 * people of the data file (role and titles valid on the day) and people
 * discovered anywhere in the corpus (the title they were found under).
 */
import type { ActorEntry } from '../../schema';
import type { ActorInfo } from '../types';

export interface OfficeHolder {
  id: string;
  /** lower-case role texts valid on the day asked for */
  roleTexts: string[];
}

/** People of a country on a day (only persons with an affiliation and some role). */
export type OfficeHolders = (code: string, day: string) => OfficeHolder[];

export function officeHolders(actors: ActorEntry[], discovered: Map<string, ActorInfo>): OfficeHolders {
  const byCode = new Map<string, (ActorEntry | ActorInfo)[]>();
  const seen = new Set<string>();
  const put = (a: ActorEntry | ActorInfo) => {
    if (a.kind !== 'person' || !a.affiliation || seen.has(a.id)) return;
    seen.add(a.id);
    const list = byCode.get(a.affiliation);
    if (list) list.push(a);
    else byCode.set(a.affiliation, [a]);
  };
  for (const a of actors) put(a);
  for (const a of discovered.values()) put(a);
  return (code, day) =>
    (byCode.get(code) ?? [])
      .map((a) => {
        const titles = 'titles' in a ? (a.titles ?? []).filter((t) => (!t.from || day >= t.from) && (!t.to || day <= t.to)).map((t) => t.title.toLowerCase()) : [];
        const role = a.role && !/^(?:former|ex-|late)\b/i.test(a.role) ? [a.role.toLowerCase()] : [];
        return { id: a.id, roleTexts: [...role, ...titles] };
      })
      .filter((h) => h.roleTexts.length > 0);
}

/** Person ids by folded name, alias and surname (the last word of a name of two words or more). */
export type PeopleByName = Map<string, Set<string>>;

export function peopleByName(actors: ActorEntry[], discovered: Map<string, ActorInfo>): PeopleByName {
  const idx: PeopleByName = new Map();
  const put = (k: string, id: string) => {
    const set = idx.get(k);
    if (set) set.add(id);
    else idx.set(k, new Set([id]));
  };
  for (const a of [...actors, ...discovered.values()]) {
    if (a.kind !== 'person') continue;
    for (const form of [a.name, ...a.aliases]) {
      const f = form.toLowerCase().replace(/\s+/g, ' ').trim();
      put(f, a.id);
      const words = f.split(' ');
      if (words.length > 1) put(words[words.length - 1], a.id);
    }
  }
  return idx;
}
