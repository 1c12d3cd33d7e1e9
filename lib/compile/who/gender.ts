/**
 * A person's grammatical gender as one document shows it, for "he"/"she" (coref.ts): a pronoun is given only to a
 * person it can agree with. Evidence, strongest first (rows below, weights in `weight`):
 *  - a gendered title or honorific right before a mention, or in the person's name or role ("Mrs", "Queen",
 *    "spokeswoman", "King");
 *  - the document's own possessives: a sentence naming that person alone, its "his"/"her" after the name;
 *  - the first word of a full name, when the general English lexicon (compromise) tags it a male or a female given
 *    name and the person is called by the name's last word alone (an alias, or alone in the document) and never by
 *    the first (a family name written first, "Lee Cedar", gives no vote).
 * Unknown (null) when the evidence is absent or tied: the pronoun then resolves as before.
 */
import nlp from 'compromise';
import type { DocCtx, SentCtx } from './context';
import type { Mention } from '../types';

export type Gender = 'm' | 'f';

export interface GenderRule {
  id: string;
  pattern: RegExp | string;
  effect: string;
  example: string;
  weight: number;
}

const MALE_TITLES =
  'Mr|Mister|Sir|Lord|King|Prince|Duke|Emperor|Sheikh|Sultan|Emir|Pope|Baron|Count|Monsieur|Signor|Herr|Señor|Senor|Father|Brother|' +
  '[Ss]pokesman|[Cc]hairman|[Cc]ongressman|[Bb]usinessman|husband|widower';
const FEMALE_TITLES =
  'Mrs|Ms|Miss|Madam|Madame|Mme|Lady|Dame|Queen|Princess|Duchess|Empress|Sheikha|Baroness|Countess|Signora|Frau|Señora|Senora|Sister|First Lady|' +
  '[Ss]pokeswoman|[Cc]hairwoman|[Cc]ongresswoman|[Bb]usinesswoman|wife|widow|[Ff]irst lady';

export const GENDER_TITLE: GenderRule = {
  id: 'gender-title',
  pattern: new RegExp(`\\b(?:(${MALE_TITLES})|(${FEMALE_TITLES}))\\.?\\s*$`),
  effect: 'a gendered title, honorific or role noun right before a mention (or opening its surface) makes the person a man or a woman',
  example: 'Mrs Quist arrived in Nordvik on Monday; ministry spokeswoman Ilsa Birch said …',
  weight: 3,
};

const MALE_ROLE = /\b(?:king|prince|duke|emperor|sheikh|sultan|emir|pope|spokesman|chairman|congressman|businessman|crown prince|first gentleman)\b/i;
const FEMALE_ROLE = /\b(?:queen|princess|duchess|empress|sheikha|spokeswoman|chairwoman|congresswoman|businesswoman|first lady|crown princess|wife|widow)\b/i;

/** the gender of one role word ("queen" f, "king" m), or null */
export function roleWordGender(word: string): Gender | null {
  const male = MALE_ROLE.test(word);
  const female = FEMALE_ROLE.test(word);
  return male === female ? null : female ? 'f' : 'm';
}

/** a title opening a mention's own surface ("Queen Mara") */
const SURFACE_TITLE = new RegExp(`^(?:${MALE_TITLES}|(${FEMALE_TITLES}))\\.?\\s`);

export const GENDER_ROLE: GenderRule = {
  id: 'gender-role',
  pattern: `${MALE_ROLE.source} / ${FEMALE_ROLE.source} in the person's name, role or titles`,
  effect: 'a gendered role word in the actor\'s name, role or titles makes the person a man or a woman',
  example: 'Queen Mara of Avalon (name), "spokeswoman for the Cedar ministry" (role)',
  weight: 3,
};

export const GENDER_OWN_PRONOUN: GenderRule = {
  id: 'gender-own-pronoun',
  pattern: 'a sentence naming one person only: the first "his"/"her"/"himself"/"herself" after the name, outside quotes (never a "he"/"she" that coreference is judging)',
  effect: 'one vote for that gender per sentence',
  example: 'Mara Quist thanked her hosts in Nordvik.',
  weight: 1,
};

export const GENDER_GIVEN_NAME: GenderRule = {
  id: 'gender-given-name',
  pattern: 'the first word of a name of 2+ words tagged MaleName/FemaleName by the compromise lexicon, when the last word (never the first) is used alone for the person',
  effect: 'one vote for that gender',
  example: 'Tomas Vell (Tomas: a male given name)',
  weight: 1,
};

export const GENDER_RULES: GenderRule[] = [GENDER_TITLE, GENDER_ROLE, GENDER_OWN_PRONOUN, GENDER_GIVEN_NAME];

const LEX: Record<string, string | string[]> = (() => {
  try {
    return (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  } catch {
    return {};
  }
})();

/** the compromise lexicon's gender of a given name, or null */
export function givenNameGender(word: string): Gender | null {
  const v = LEX[word.toLowerCase()];
  const tags = v === undefined ? [] : Array.isArray(v) ? v : [v];
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'm' : 'f';
}

export interface GenderActor {
  name: string;
  role: string | null;
  roleTexts?: string[];
  aliases: string[];
}

const DIRECT = new Set<Mention['via']>(['name', 'alias', 'fuzzy', 'title', 'discovered']);

function inQuote(text: string, pos: number): boolean {
  return ((text.slice(0, pos).match(/"/g) ?? []).length & 1) === 1;
}

/**
 * The genders of the people a document names (direct mentions only), by the rows above. `get` gives an actor's
 * name, role and aliases; `isPerson` tells people from bodies. Pure; one pass over the document's mentions.
 */
export function documentGenders(
  dc: DocCtx,
  get: (id: string) => GenderActor | undefined,
  isPerson: (id: string) => boolean,
): Map<string, Gender> {
  const votes = new Map<string, number>(); // > 0 female, < 0 male
  const vote = (id: string, g: Gender, w: number) => votes.set(id, (votes.get(id) ?? 0) + (g === 'f' ? w : -w));
  const bySentence = new Map<number, Mention[]>();
  const surfaces = new Map<string, Set<string>>();
  for (const m of dc.mentions) {
    if (!DIRECT.has(m.via) || !isPerson(m.actorId)) continue;
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    list.push(m);
    let sf = surfaces.get(m.actorId);
    if (!sf) surfaces.set(m.actorId, (sf = new Set()));
    sf.add(m.surface.trim().replace(/\s+/g, ' ').toLowerCase());
  }
  const sentAt = new Map<number, { sc: SentCtx }>();
  for (const sc of dc.sents) sentAt.set(sc.s.index, { sc });
  for (const [si, list] of bySentence) {
    const at = sentAt.get(si);
    if (!at) continue;
    const { sc } = at;
    for (const m of list) {
      const rel = m.start - sc.s.start;
      const t = GENDER_TITLE.pattern instanceof RegExp ? GENDER_TITLE.pattern.exec(sc.text.slice(Math.max(0, rel - 24), rel)) : null;
      const own = SURFACE_TITLE.exec(m.surface);
      if (t) vote(m.actorId, t[2] ? 'f' : 'm', GENDER_TITLE.weight);
      else if (own) vote(m.actorId, own[1] ? 'f' : 'm', GENDER_TITLE.weight);
    }
    const ids = new Set(list.map((m) => m.actorId));
    if (ids.size !== 1) continue;
    const id = list[0].actorId;
    const afterName = list[list.length - 1].end - sc.s.start;
    // his/her after the name, outside quotes (the first one only)
    for (const p of sc.text.slice(afterName).matchAll(/\b(his|her|himself|herself)\b/gi)) {
      const pos = afterName + (p.index ?? 0);
      if (inQuote(sc.text, pos)) continue;
      vote(id, /^h(er|erself)$/i.test(p[1]) ? 'f' : 'm', GENDER_OWN_PRONOUN.weight);
      break;
    }
  }
  const out = new Map<string, Gender>();
  const seen = new Set<string>();
  for (const list of bySentence.values()) for (const m of list) seen.add(m.actorId);
  for (const id of seen) {
    const a = get(id);
    let v = votes.get(id) ?? 0;
    if (a) {
      const texts = [a.name, a.role ?? '', ...(a.roleTexts ?? [])].join(' | ');
      const male = MALE_ROLE.test(texts);
      const female = FEMALE_ROLE.test(texts);
      if (male !== female) v += female ? GENDER_ROLE.weight : -GENDER_ROLE.weight;
      const words = a.name.split(/\s+/);
      if (words.length >= 2) {
        const first = words[0].toLowerCase();
        const last = words[words.length - 1].toLowerCase();
        const rest = words.slice(1).join(' ').toLowerCase();
        const usedAlone = (w: string) => surfaces.get(id)?.has(w) || a.aliases.some((x) => x.toLowerCase() === w);
        // the first word is a given name only when the rest of the name (or its last word) is used alone for the person
        // (the family name); a hyphenated last word is a given name of two syllables after the family name ("Lee Jae-min")
        const g = !usedAlone(first) && (usedAlone(last) || usedAlone(rest)) && !last.includes('-') ? givenNameGender(first) : null;
        if (g) v += g === 'f' ? GENDER_GIVEN_NAME.weight : -GENDER_GIVEN_NAME.weight;
      }
    }
    if (v > 0) out.set(id, 'f');
    else if (v < 0) out.set(id, 'm');
  }
  return out;
}
