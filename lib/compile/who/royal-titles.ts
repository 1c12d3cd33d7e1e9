/**
 * A monarch, a consort or a church's head is named by a title and one given name ("Queen Mara", "Patriarch Tomas"):
 * the given name alone is no surname, so the name cues of discover.ts (a full name, a surname after an honorific) never
 * read it. The title and the name together name the person ("King Alder" is not "Alder Birch").
 * Rows as data; discover.ts calls royalTitled once per sentence.
 */
import type { DocCtx, SentCtx } from './context';
import { isOccupied } from './context';
import type { Discovery, DiscoverOptions } from './discover';
import { isRegnalNumber } from './regnal';
import { firstNamesAgree } from './namekeys';
import { DAY_MONTH, HONORIFICS, NAME_PARTICLES, NOT_PERSON_TAIL, ROLE_WORDS, fold, isAllCaps, isCap, isCommonWord, isFirstNameWord, isParticleSurname, isPlaceWord, nationCode } from './text';

export const ROYAL_TITLE_NAME = {
  id: 'royal-title-given-name',
  /** titles that name a person by one given name; "Crown Prince" is left to the full names that follow it */
  titles: new Set(['King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope', 'Patriarch', 'Sheikh', 'Emir', 'Sultan']),
  effect:
    'a royal or church title right before ONE capitalised given name (no surname, particle or regnal number after it) names a person, title included: "Queen Mara"',
  example: 'Queen Mara thanked the envoys from Nordvik for their visit.',
};

/**
 * given names the document also writes in a fuller name: before a regnal number ("Alder III"), a particle ("Tomas bin
 * Vell") or another capitalised word ("Mara Quist"): "King Alder" there is that person, left to the other cues
 */
const fullerNames = new WeakMap<DocCtx, Set<string>>();
function fullerGiven(dc: DocCtx): Set<string> {
  let s = fullerNames.get(dc);
  if (s) return s;
  s = new Set();
  for (const sc of dc.sents) {
    const toks = sc.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i];
      const b = toks[i + 1];
      if (!isCap(a.text) || !/^\s+$/.test(sc.text.slice(a.end, b.start))) continue;
      if (isRegnalNumber(b.text) || NAME_PARTICLES.has(b.low) || isParticleSurname(b.text) || (isCap(b.text) && !isAllCaps(b.text))) s.add(a.text);
    }
  }
  fullerNames.set(dc, s);
  return s;
}

export function royalTitled(dc: DocCtx, sc: SentCtx, opts: DiscoverOptions): Discovery[] {
  const toks = sc.tokens;
  let out: Discovery[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!ROYAL_TITLE_NAME.titles.has(t.text)) continue;
    const prev = toks[i - 1];
    if (prev && /^crown$/i.test(prev.text) && sc.text.slice(prev.end, t.start) === ' ') continue;
    const n = toks[i + 1];
    if (sc.text.slice(t.end, n.start) !== ' ') continue;
    const w = n.text;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isAllCaps(w)) continue;
    const low = n.low;
    if (DAY_MONTH.has(low) || nationCode(w) || opts.blockedWords.has(low) || HONORIFICS.has(low) || ROLE_WORDS.has(low)) continue;
    if (NOT_PERSON_TAIL.has(low) || NAME_PARTICLES.has(low)) continue;
    if (!isFirstNameWord(w) && (isCommonWord(w) || isPlaceWord(w))) continue;
    // a surname, a particle, a regnal number or another capitalised word after it: a longer name the other cues read
    const f = toks[i + 2];
    if (f && /^\s+$/.test(sc.text.slice(n.end, f.start)) && (isCap(f.text) || NAME_PARTICLES.has(f.low) || isParticleSurname(f.text) || isRegnalNumber(f.text))) continue;
    if (isOccupied(sc, t.start, n.end)) continue;
    if (fullerGiven(dc).has(w)) continue;
    (out ??= []).push({ sc, start: t.start, end: n.end, name: `${t.text} ${w}`, role: null, affiliation: null }); // the title is in the name (a joined full name brings its office)
  }
  return out ?? [];
}

export const ROYAL_TITLE_JOIN = {
  id: 'royal-title-joins-full-name',
  effect:
    'a person discovered as a royal title and one given name ("King Alder") is the one other discovered person whose name opens on that given name ("Alder III", "Alder bin Tomas Vell"), when exactly one does',
  example: 'King Alder opened the session. (another page:) King Alder III of Nordvik arrived.',
};

/** the word after a given name that makes the rest a father's name ("bin", "ibn", "bint", "ben", "ould") */
const PATRONYMIC = /^(?:bin|ibn|bint|ben|ould)$/;

/** "King Alder" → the one other person whose first name is Alder (by id), from discovered people (id, name) */
export function royalTitleJoins(people: readonly { id: string; name: string }[], everyone: readonly { id: string; name: string }[] = people): Map<string, string> {
  const out = new Map<string, string>();
  const single = new Set(everyone.filter((p) => !/\s/.test(p.name.trim())).map((p) => fold(p.name.trim())));
  const royal = people.filter((p) => {
    const w = p.name.split(/\s+/);
    return w.length === 2 && ROYAL_TITLE_NAME.titles.has(w[0]);
  });
  if (!royal.length) return out;
  const byFirst = new Map<string, { id: string; name: string }[]>();
  for (const p of people) {
    const w = p.name.split(/\s+/);
    if (w.length < 2 || ROYAL_TITLE_NAME.titles.has(w[0])) continue;
    const k = fold(w[0]).slice(0, 3);
    const list = byFirst.get(k);
    if (list) list.push(p);
    else byFirst.set(k, [p]);
  }
  for (const p of royal) {
    const given = p.name.split(/\s+/)[1];
    const all = (byFirst.get(fold(given).slice(0, 3)) ?? []).filter((q) => firstNamesAgree(q.name.split(/\s+/)[0], given));
    // a monarch's other name carries a regnal number or a patronymic ("Alder III", "Alder bin Tomas"): those first
    const second = (q: { name: string }) => q.name.split(/\s+/)[1];
    const regnal = all.filter((q) => isRegnalNumber(second(q)));
    const patronymic = all.filter((q) => PATRONYMIC.test(fold(second(q))));
    // none opens on it: the one whose last name is that word ("King Vell" where a page of names swapped wrote "Tomas Vell")
    const bySurname = all.length ? [] : people.filter((q) => { const w = q.name.split(/\s+/); return w.length >= 2 && !ROYAL_TITLE_NAME.titles.has(w[0]) && fold(w[w.length - 1]) === fold(given); });
    const fits = regnal.length ? regnal : patronymic.length ? patronymic : all.length ? all : bySurname;
    if (fits.length !== 1) continue;
    // the royal name joins the full one; when a one-word discovery of the given name ("Oren") will already have joined
    // the royal name (who/mentions' one-word joins, which refuse a chain), the full name joins the royal one instead
    if (single.has(fold(given))) out.set(fits[0].id, p.id);
    else out.set(p.id, fits[0].id);
  }
  return out;
}
