/**
 * Nation of a government body: "the Palace said …", "the Nordvik Chancellery announced …" — an organisation that is
 * one nation's (its affiliation is the code of a country actor: a seat of government speaking, a nation's office)
 * speaks for that nation's government, so its statement has the country as a participant beside the body (the
 * annotators list the body, or its country, as the speaker). A bloc's body (affiliation "EU", "NATO") names no
 * country and stays alone; a group (an army, a party, a front) never speaks for its nation.
 */
import type { ActorInfo } from '../types';
import type { LangRule } from '../lang/en';

export const NATION_OF_BODY: LangRule = {
  id: 'nation-of-body',
  pattern: /^organization$/,
  effect: "a statement of an organisation whose affiliation is a country actor's code has that country as a participant too",
  example: 'organization',
};

const nationIndex = new WeakMap<Map<string, ActorInfo>, Map<string, string>>();

/** the country actor of the body's nation (by affiliation code), or null: a person, a group, a bloc's body, no such country */
export function nationOfBody(actors: Map<string, ActorInfo>, id: string): string | null {
  const a = actors.get(id);
  if (!a || !a.affiliation || !NATION_OF_BODY.pattern.test(a.kind)) return null;
  let byCode = nationIndex.get(actors);
  if (!byCode) {
    byCode = new Map();
    for (const c of [...actors.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
      if (c.kind === 'country' && c.affiliation && !byCode.has(c.affiliation)) byCode.set(c.affiliation, c.id);
    nationIndex.set(actors, byCode);
  }
  const country = byCode.get(a.affiliation);
  return country && country !== id ? country : null;
}
