/**
 * Discovery of people named in no data file, by general cues only:
 *   a title or apposition before the name ("Defense Secretary Ana Kovač",
 *   "bureau chief, Ivo Marić", "a Croatian, Luka Horvat"), an apposition
 *   after it ("J Lin, who's a lecturer …"), an honorific ("Mr. Horvat"), a
 *   speech verb after a full name ("Ana Kovač said"), or a full name whose first
 *   word is a known first name. Outlets, places, organisations, events,
 *   days, nationalities and sentence-initial common words are never people.
 * When in doubt, nothing is discovered.
 */
import type { DocCtx, SentCtx } from './context';
import { isOccupied } from './context';
import { isLowerCaseText } from '../text/boundaries';
import { roleOfPlaceTitle } from './titles';
import { isSyllableName } from './syllable-names';
import { isRegnalNumber } from './regnal';
import { kinBefore } from './kin';
import { isWordPiece } from './word-piece';
import { placeShape } from './place-shaped';
import { namedAsLate } from './late-person';
import { trimHeadline } from './headline-trim';
import { royalTitled } from './royal-titles';
import { gluedParts } from './glued-names';
import { monthGivenName, monthSurname } from './month-names';
import { nationOfName } from './nation-cues';
import { countryEndingAt } from './countries';
import { countryIndex } from '../places/gazetteer';
import {
  DAY_MONTH,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_PERSON_TAIL,
  PERSON_VERBS,
  ROLE_WORDS,
  fold,
  isAllCaps,
  isCap,
  isCommonWord,
  isFirstNameWord,
  isOrganizationPhrase,
  isParticleSurname,
  isPlaceWord,
  nationCode,
  type Token,
} from './text';

export interface Discovery {
  sc: SentCtx;
  /** sentence offsets of the name (without honorific or title) */
  start: number;
  end: number;
  name: string;
  role: string | null;
  affiliation: string | null;
  /** found in a text without capitals (speech recognition): spellings may be misheard */
  lowerCase?: boolean;
}

/** Honorifics that alone make the next capitalised word a person's name. */
const PERSONAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'president', 'chancellor', 'premier', 'minister', 'secretary', 'senator', 'sen', 'ambassador', 'spokesman', 'spokeswoman', 'envoy', 'governor', 'mayor', 'general', 'prince', 'sheikh', 'professor', 'prof']);

/** Clerical titles written before a name, never part of it ("Mullah Abdul Karim Nadiri" is "Abdul Karim Nadiri"). */
export const CLERICAL_TITLES = new Set(['mullah', 'maulana', 'hojatoleslam', 'ayatollah']);

/** Words that build titles before a role word ("national security adviser", "bureau chief"). */
const TITLE_MODIFIERS = new Set(
  (
    'foreign defense defence national security deputy senior chief special vice prime state interior finance economy ' +
    'economic trade energy health justice home external affairs presidential press bureau policy top former acting ' +
    'interim first assistant general attorney permanent executive military intelligence naval peace climate education ' +
    'culture agriculture transport digital cabinet sovereign wealth investment public foreign-policy white house ' +
    'un nato eu lead veteran longtime long-time new outgoing incoming regional local government opposition party'
  ).split(/\s+/),
);

const STOP_BACK = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'and', 'or', 'with', 'to', 'by', 'from', 'of', 'for', 'in', 'at', 'on', 'as', 'that', 'who', 'is', 'was', 'are', 'were', 's', 'says', 'said']);

export interface DiscoverOptions {
  /** folded words of known places, outlets and not-people phrases */
  blockedWords: Set<string>;
}

export function discoverPeople(dc: DocCtx, opts: DiscoverOptions): Discovery[] {
  const out: Discovery[] = [];
  const lower = isLowerCaseDoc(dc);
  for (const sc of dc.sents) {
    // a byline or credit line names reporters, not actors of the story
    if (isCreditLine(sc.text)) continue;
    for (const run of nameRuns(sc)) {
      const d = judge(sc, run, dc.transcript, opts);
      if (d && isWordPiece(sc.text, d.end)) continue; // who/word-piece.ts
      if (d && placeShape(sc.text, d.start, d.name)) continue; // who/place-shaped.ts
      if (d && namedAsLate(sc.text, d.start)) continue; // who/late-person.ts
      if (d && !PEER_NAMED.has(d) && !trimHeadline(sc.text, d)) continue; // who/headline-trim.ts (trims d in place)
      if (d && INITIAL_NEVER_ENDS.endsName(d.name)) continue; // a trimmed name may end on an initial too
      if (d && QUOTED_TITLE.test(sc.text, d.start, d.end)) continue;
      if (d) out.push(d);
    }
    if (lower) out.push(...lowerCaseTitled(sc, opts));
    else out.push(...royalTitled(dc, sc, opts)); // who/royal-titles.ts
  }
  return out;
}

/** a text without capitals (speech recognition output): names are not capitalised either */
const lowerCaseDocs = new WeakMap<DocCtx, boolean>();
export function isLowerCaseDoc(dc: DocCtx): boolean {
  let v = lowerCaseDocs.get(dc);
  if (v === undefined) lowerCaseDocs.set(dc, (v = countLowerCase(dc)));
  return v;
}

function countLowerCase(dc: DocCtx): boolean {
  // the same UTF-16 counts of letters and capitals, the same thresholds, in one loop (the separator is no letter and
  // keeps a surrogate at one sentence's end from pairing with the next one's start)
  return isLowerCaseText(dc.sents.map((sc) => sc.text).join(' '));
}

/** Titles that, in a lower-case text, announce a person's name right after them. */
const LOWER_TITLES = new Set(
  (
    'president minister secretary chancellor premier aide spokesman spokeswoman spokesperson envoy ambassador adviser advisor ' +
    'negotiator senator governor mayor general king queen prince princess cardinal pope sheikh emir chairman commander'
  ).split(' '),
);

/**
 * Lower-case transcripts: "lithuanian president ana kovac", "deputy defence minister ivo maric".
 * A title word followed by exactly two words that are no ordinary English word,
 * place, nation, day or title, and not already someone known. Precise on purpose:
 * a third such word after them, or anything doubtful, and nothing is discovered.
 */
function lowerCaseTitled(sc: SentCtx, opts: DiscoverOptions): Discovery[] {
  const out: Discovery[] = [];
  const toks = sc.tokens;
  const nameLike = (t: Token | undefined) =>
    !!t &&
    /^[\p{Ll}][\p{Ll}'\-]{2,}$/u.test(t.text) &&
    !isOccupied(sc, t.start, t.end) &&
    !isCommonWord(t.text) &&
    !DAY_MONTH.has(t.low) &&
    !nationCode(t.text) &&
    !isPlaceWord(t.text) &&
    !HONORIFICS.has(t.low) &&
    !isRoleToken(t) &&
    !opts.blockedWords.has(t.low) &&
    !NOT_PERSON_TAIL.has(t.low) &&
    !NAME_PARTICLES.has(t.low);
  for (let i = 0; i + 2 < toks.length; i++) {
    const title = toks[i];
    if (!LOWER_TITLES.has(title.low)) continue;
    const a = toks[i + 1];
    const b = toks[i + 2];
    const c = toks[i + 3];
    if (sc.text.slice(title.end, a.start) !== ' ' || sc.text.slice(a.end, b.start) !== ' ') continue;
    if (!nameLike(a) || !nameLike(b)) continue;
    // a third name-like word right after: the name's extent is unclear
    if (c && sc.text.slice(b.end, c.start) === ' ' && nameLike(c)) continue;
    const cap = (w: string) => w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
    const titleWords = precedingLowerTitle(sc, i);
    const nat = titleWords.map((t) => nationCode(t.text)).find((x) => x) ?? null;
    const role = titleWords.filter((t) => !nationCode(t.text)).map((t) => t.text).join(' ') || null;
    out.push({ sc, start: a.start, end: b.end, name: `${cap(a.text)} ${cap(b.text)}`, role, affiliation: nat, lowerCase: true });
  }
  return out;
}

/** the title phrase ending at token i ("lithuanian president", "deputy defence minister") */
function precedingLowerTitle(sc: SentCtx, i: number): Token[] {
  const toks = sc.tokens;
  const words: Token[] = [toks[i]];
  for (let j = i - 1; j >= 0 && words.length < 4; j--) {
    const t = toks[j];
    if (sc.text.slice(t.end, words[0].start) !== ' ') break;
    if (!TITLE_MODIFIERS.has(t.low) && !nationCode(t.text) && !isRoleToken(t)) break;
    words.unshift(t);
  }
  return words;
}

/** A byline or credit line ("By Jane Roe", "Reporting by …", "Photo: …"). */
export function isCreditLine(text: string): boolean {
  return /^\s*(?:by|(?:reporting|writing|editing|additional reporting|posted|written|edited|compiled)\s+by|photo|image|credit)\b/i.test(text);
}

/** Maximal runs of capitalised tokens (with name particles inside), split at punctuation and at used spans. */
function nameRuns(sc: SentCtx): Token[][] {
  const runs: Token[][] = [];
  let cur: Token[] = [];
  const flush = () => {
    while (cur.length && NAME_PARTICLES.has(cur[cur.length - 1].low)) cur.pop();
    if (cur.length) runs.push(cur);
    cur = [];
  };
  const toks = sc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const occupied = isOccupied(sc, t.start, t.end);
    // a lower-case particle glued to a capitalised surname ("al-Nasiri") continues a name
    // "O'quist" written with a small letter after the apostrophe is one surname (initial-joins)
    const afterApostrophe = cur.length > 0 && INITIAL_JOINS.apostrophe(cur[cur.length - 1], sc.text.slice(cur[cur.length - 1].end, t.start));
    const capital = (isCap(t.text) && !/^\d/.test(t.text)) || (cur.length > 0 && isParticleSurname(t.text)) || afterApostrophe;
    let j = i + 1;
    while (j < toks.length && NAME_PARTICLES.has(toks[j].low) && !isCap(toks[j].text)) j++;
    const particle = cur.length > 0 && NAME_PARTICLES.has(t.low) && j < toks.length && isCap(toks[j].text);
    if (occupied || (!capital && !particle)) {
      flush();
      continue;
    }
    if (cur.length) {
      const gap = sc.text.slice(cur[cur.length - 1].end, t.start);
      const initialGap = cur[cur.length - 1].text.length === 1 && /^\.?\s$/.test(gap);
      // initials run together ("J.K.") and a surname after an apostrophe ("O'Quist") go on with the name (initial-joins)
      const joined = INITIAL_JOINS.dotted(cur, t, gap) || afterApostrophe;
      // a nickname in quotes between the given name and the surname ('Tomas "Tomi" Vell') stays inside the name (quoted-nickname)
      const nick = capital && QUOTED_NICKNAME.opens(sc.text, gap, t, toks[i + 1]);
      if (nick) {
        QUOTED_NICKNAME.tokens.add(t);
        cur.push(t);
        continue;
      }
      if (!(gap === ' ' || initialGap || joined || (QUOTED_NICKNAME.tokens.has(cur[cur.length - 1]) && /^["']\s$/.test(gap)))) flush();
      // the matching text has its line breaks as spaces: a name never runs over one (LINE_BREAK_ENDS_NAME)
      else if (gap === ' ' && sc.s.text.length === sc.text.length && sc.s.text[t.start - 1] === '\n' && LINE_BREAK_ENDS_NAME.ownLine(sc.s.text, cur[0].start)) flush();
    }
    // page text run together ("VellMara"): the name before it ends inside the word, the next opens there (who/glued-names.ts)
    const glued = capital ? gluedParts(t) : null;
    if (glued) {
      cur.push(glued[0]);
      flush();
      cur.push(glued[1]);
      continue;
    }
    cur.push(t);
  }
  flush();
  return runs;
}

/** A nickname in quotes inside a full name: the name is the words around it, the nickname a name of the same person. */
export const QUOTED_NICKNAME = {
  id: 'quoted-nickname',
  /** the nickname tokens met (by token object: a sentence's tokens are made once) */
  tokens: new WeakSet<Token>(),
  /** t is one capitalised word in quotes after a name word and before a capitalised word: ' "Tomi" Vell' */
  opens: (text: string, gap: string, t: Token, next: Token | undefined) =>
    /^\s["']$/.test(gap) && !!next && isCap(next.text) && text.slice(t.end, next.start) === gap.slice(1) + ' ' && gap.slice(1) === text[t.end],
  /** the name without the quoted nickname */
  strip: (name: string) => name.replace(/\s["'][^"'\s]+["'](?=\s)/gu, ''),
  effect: 'the name read is the words around the quoted nickname ("Tomas Vell"); the nickname joins the person when a page names it alone (who/join-people.ts nickname-in-name)',
  example: 'President Tomas "Tomi" Vell arrived; Tomi met the envoys.',
};

/** Initials written together and a surname after an apostrophe are inside a name, never its end. */
export const INITIAL_JOINS = {
  id: 'initial-joins',
  /** "J.K." after a given name: a capital letter, a full stop and the next capital letter (initials opening a run are left as they were) */
  dotted: (cur: Token[], t: Token, gap: string) => {
    const prev = cur[cur.length - 1];
    if (!(prev.text.length === 1 && isCap(prev.text) && gap === '.' && t.text.length === 1 && isCap(t.text))) return false;
    // the initials follow a given name ("Tomas J.K."): never initials opening a name or a title ("Minister A.B.", "H.E.")
    let i = cur.length - 1;
    while (i > 0 && cur[i - 1].text.length === 1) i--;
    return i > 0 && isFirstNameWord(cur[i - 1].text) && !isCommonWord(cur[i - 1].text);
  },
  /** "O'Quist", "O'quist", "D'Alder": one capital letter, an apostrophe, then the rest of the surname */
  apostrophe: (prev: Token, gap: string) => prev.text.length === 1 && isCap(prev.text) && /^['’]$/.test(gap),
  effect: 'a name run goes on over initials written together ("Tomas J.K. Vell") and over an apostrophe after one capital letter ("Mara O\'Quist"), so the name is not cut at an initial',
  example: "Tomas J.K. Vell met Prime Minister Mara O'quist in Avalon.",
};

/** Two capitalised words or more that fill a quotation are a title (an event's, a campaign's), no person. */
export const QUOTED_TITLE = {
  id: 'quoted-title-no-person',
  test: (text: string, start: number, end: number) =>
    /\s/.test(text.slice(start, end)) && /(?:^|[^\p{L}\p{N}])['"‘“]$/u.test(text.slice(Math.max(0, start - 2), start)) && /^['"’”](?![\p{L}\p{N}])/u.test(text.slice(end, end + 2)),
  effect: 'a discovered name of two words or more with a quotation mark right before and right after it is the name of an event, a campaign or a work ("the rally \'Hello Vell\'"): no person',
  example: "The minister addressed the diaspora at the community event 'Ola Vell' in Avalon, and Mara Quist spoke.",
};

/** A line break ends a name run: "Prime Minister Tomas Vell⏎Alderglen, July 8" is a signature over a dateline. */
export const LINE_BREAK_ENDS_NAME = {
  id: 'line-break-ends-name',
  /** the run opens its line (a line of capitalised words only: a signature or a heading, not hard-wrapped prose) */
  ownLine: (text: string, runStart: number) => runStart === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, runStart - 4), runStart)),
  effect: 'a name run that opens its line stops at the line\'s break (the sentence\'s matching text has it as a space): a signature or a heading line does not run on into the place or words of the next line; a hard-wrapped line of prose goes on',
  example: 'Closing statement\nPrime Minister Tomas Vell\nAlderglen, July 8 (closing press conference)\nWe met at Alderglen for our annual summit.',
};

/** A name that ends on a single letter was cut at an initial ("Tomas J" of "Tomas J.K. Vell"): no whole name. */
export const INITIAL_NEVER_ENDS = {
  id: 'initial-never-ends-name',
  test: (last: Token) => last.text.length === 1,
  endsName: (name: string) => /(?:^|\s|\.)\p{Lu}\.?$/u.test(name),
  effect: 'a discovered name whose last word is one letter is no name (an initial whose surname was cut off or taken by another match)',
  example: 'The envoy, Professor Tomas J Cedar, signed the memoranda.',
};

/** A name whose last word is a title's abbreviation with its dot ("North Dakota Gov. Tomas Vell") is a title's place. */
export const ABBREVIATED_TITLE_ENDS = {
  id: 'abbreviated-title-ends-name',
  words: new Set(['gov', 'sen', 'rep', 'gen', 'col', 'adm', 'lt', 'sgt', 'capt', 'maj', 'cmdr', 'rev', 'dr', 'prof', 'mr', 'mrs', 'ms', 'amb', 'pres']),
  test: (last: Token, after: string) => ABBREVIATED_TITLE_ENDS.words.has(last.low) && after.startsWith('.'),
  effect: 'a discovered name whose last word is a title\'s abbreviation followed by its dot (Gov., Sen., Rep., Gen. …) is no name: the words before it are the place or body of the title ("North Dakota Gov. A", "Avalon Sen. B"), the person follows',
  example: 'The nominee for the post, South Carolina Gov. Tomas Vell, arrived with Nordvik Sen. Mara Quist.',
};

/** A sentence that opens with a credit word and goes on with a verb is prose, no credit ("Sources tell …", "Video shows …"). */
export const CREDIT_WORD_IN_PROSE = {
  id: 'credit-word-in-prose',
  // the credit word, then a lower-case word that is none of a credit's own words
  pattern: /^\s*(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Vv]ideo|[Cc]redit|[Ss]ource|[Cc]opyright|[Gg]raphic)s?\s+(?!(?:by|courtesy|credits?|via|from|supplied|provided|of|taken)\b)\p{Ll}/u,
  effect: 'a sentence opening with "Sources", "Video" … followed by a lower-case word other than by/courtesy/via/from is no picture credit: the names in it are discovered as in any sentence',
  example: 'Sources tell Nordvik Radio the delegation includes Deputy Minister Tomas Vell.',
};

/** A name right after a slash is a picture's credit, like one right before it. */
export const SLASH_CREDIT = {
  id: 'slash-credit',
  pattern: /\/\s*$/,
  effect: 'a name right after a slash ("PHOTO / POOL / Jane Roe") is a credit, never a person in the news',
  example: 'Envoys arrive for the talks. AGENCY PHOTO / POOL / Jane Roe',
};

/** A participle or preposition inside a name run (third word on): a title-case line ran on from there. */
export const TRAILING_COMMON = {
  id: 'trailing-common-word',
  test: (t: Token) => {
    return !NAME_PARTICLES.has(t.low) && isCommonWord(t.text) && !isFirstNameWord(t.text) && /^(?:\p{L}+(?:ing|ed)|after|before|amid|ahead|about|against|during|over|with|without|at|on|in|to|for|from|as)$/u.test(t.low);
  },
  effect: 'a name run is cut before a participle or preposition of a title-case line (third word on): "… da Costa Following Call" → "… da Costa"',
  example: 'Joint Statement by President Ana Maria da Costa Following Call',
};

/** A headline's verb right before such a cut ("… Birch Apologizes To …"): a common word in -s is no part of the name either. */
export const HEADLINE_VERB = {
  id: 'headline-verb-before-cut',
  test: (t: Token) => !NAME_PARTICLES.has(t.low) && /^\p{L}{3,}s$/u.test(t.low) && isCommonWord(t.text) && !isFirstNameWord(t.text),
  effect: 'when a title-case line is cut at a preposition or participle (trailing-common-word), a common word in -s right before the cut, third word on, is the line\'s verb: "Ana Costa Apologizes To Boris Birch" → "Ana Costa"',
  example: 'Ana Maria Costa Apologizes To Boris Birch',
};

function judge(sc: SentCtx, run: Token[], transcript: boolean, opts: DiscoverOptions): Discovery | null {
  const toks = sc.tokens;
  // leading cue words inside the run: everything up to the last title word
  // ("European Commission President Ursula …"), then honorifics, nations, common words
  let k = 0;
  for (let j = run.length - 2; j >= 0; j--)
    if (isRoleToken(run[j])) {
      k = j + 1;
      break;
    }
  const cueWords: Token[] = run.slice(0, k);
  let honorific = cueWords.some((t) => PERSONAL_HONORIFICS.has(t.low.replace(/\.$/, '')) || isRoleToken(t));
  const afterTitle = k;
  let titledFirst = false;
  // a title right before the run ("top diplomat Wang Lo", "the bloc's envoy, Dick Horvat")
  const titledBefore = k === 0 && run.length === 2 && precedingTitle(sc, run[0]).some((t) => isRoleToken(t));
  // "President Moon Tae In": three one-syllable words are one name, a common word opening it included (three-syllable-name)
  const syllableName = (from: number) =>
    isSyllableName(
      run.slice(from).map((t) => t.text),
      isCommonWord,
      (w) => { const l = fold(w); return HONORIFICS.has(l) || ROLE_WORDS.has(l) || !!nationCode(w) || DAY_MONTH.has(l) || (isPlaceWord(w) && !isFirstNameWord(w)) || opts.blockedWords.has(l); },
    );
  let syllable = false;
  let monthToken: Token | null = null;
  let peerTitle: Token | null = null;
  while (k < run.length) {
    const t = run[k];
    const low = t.low.replace(/\.$/, '');
    if (syllableName(k)) {
      syllable = true;
      break;
    }
    // right after a title, a capitalised common word followed by one surname is a first name
    // ("Prime Minister Dick Horvat"): the run leaves no other reading
    if ((k > 0 || titledBefore) && k === afterTitle && run.length - k === 2 && isTitleFirstName(t, run[k + 1])) {
      titledFirst = true;
      break;
    }
    // "Foreign Minister Jan Cedarholm": a month's name right after a title, before one surname, is a given name (who/month-names.ts)
    if ((k > 0 || titledBefore) && k === afterTitle && run.length - k === 2 && monthGivenName(t, run[k + 1], '')) {
      monthToken = t;
      break;
    }
    if (HONORIFICS.has(low) || CLERICAL_TITLES.has(low) || isRoleToken(t) || nationCode(t.text) || (isCommonWord(t.text) && !isFirstNameWord(t.text)) || DAY_MONTH.has(low)) {
      if (PERSONAL_HONORIFICS.has(low) || CLERICAL_TITLES.has(low)) honorific = true;
      cueWords.push(t);
      k++;
      continue;
    }
    break;
  }
  let name = run.slice(k).filter((t) => !QUOTED_NICKNAME.tokens.has(t));
  // "Ilsa March", "Mrs March": a month's name closing a given name or an honorific is a surname (who/month-names.ts)
  if (!monthToken && !syllable && name.length <= 2) {
    const runEnd = run[run.length - 1];
    const m = monthSurname(name.length ? name : run, sc.text.slice(0, run[0].start), sc.text.slice(runEnd.end));
    if (m && !name.length) {
      name = [m];
      cueWords.pop();
      honorific = true;
      // a peer is named with the title ("Lord March"): the month alone would read as a date elsewhere
      const prev = run[run.length - 2];
      if (PEER_TITLES.has(prev.low)) peerTitle = prev;
    }
    if (m) monthToken = m;
  }
  // a title-case line runs on into ordinary words ("President Ana Maria da Costa Following Call"): a common word ends no
  // name of three words or more
  const runOn = syllable ? -1 : name.findIndex((t, i) => i >= 2 && TRAILING_COMMON.test(t));
  if (runOn > 0) name.length = runOn > 2 && HEADLINE_VERB.test(name[runOn - 1]) ? runOn - 1 : runOn;
  if (!name.length) return null;
  const first = name[0];
  const last = name[name.length - 1];

  // never people
  if (INITIAL_NEVER_ENDS.test(last)) return null;
  if (ABBREVIATED_TITLE_ENDS.test(last, sc.text.slice(last.end))) return null;
  if (name.some((t) => (DAY_MONTH.has(t.low) && t !== monthToken) || nationCode(t.text) || opts.blockedWords.has(t.low))) return null;
  // demonym-never-a-name: a people's or a country's name of two words or more ("Sri Lankan", "New Zealander") is no person
  if (name.length >= 2 && isNationPhrase(name.map((t) => t.text).join(' '))) return null;
  // "King Alder III": a regnal number after a title closes the name (regnal-number)
  const regnal = name.length >= 2 && isRegnalNumber(last.text) && (honorific || cueWords.some((t) => HONORIFICS.has(t.low.replace(/\.$/, '')) || isRoleToken(t)));
  if (name.some((t) => isAllCaps(t.text) && t.text.length > 1 && !(regnal && t === last))) return null;
  if (NOT_PERSON_TAIL.has(last.low)) return null;
  if (name.some((t) => isPlaceWord(t.text) && !isFirstNameWord(t.text))) return null;
  if (name.some((t) => t.text.length < 2 && name.length < 2)) return null;
  if (name.filter((t) => !NAME_PARTICLES.has(t.low)).some((t) => t.text.length === 1) && name.length < 2) return null;
  // the next word makes it an organisation, event or place ("Queen Mary University", "Meet The Press")
  const after = toks.find((t) => t.start >= last.end);
  const gapAfter = after ? sc.text.slice(last.end, after.start) : '';
  if (after && /^\s+$/.test(gapAfter) && NOT_PERSON_TAIL.has(after.low)) return null;
  const before = sc.text.slice(0, (cueWords[0] ?? first).start);
  if (/\baccording\s+to\s+(?:the\s+)?$/i.test(before)) return null;
  // bylines and credits: "By Jane Roe", "Photo: Jane Roe/Agency"
  if (/^\s*(?:"\s*)?by\s+$/i.test(before) || (/^\s*(photo|image|picture|video|credit|source|copyright|graphic)s?\b/i.test(before) && !CREDIT_WORD_IN_PROSE.pattern.test(before))) return null;
  if (/^\s*\//.test(sc.text.slice(last.end))) return null;
  // a picture credit's chain: "AGENCY PHOTO / POOL / Jane Roe"
  if (SLASH_CREDIT.pattern.test(before)) return null;
  if (isOrganizationPhrase(sc.text.slice(first.start, last.end))) return null;
  if (/\b(reporting|editing|writing|compiled|produced|photos?|photograph|video|graphics|contributed|additional reporting)\s+by\s+$/i.test(before)) return null;
  if (/\btold\s+$/i.test(before) && !honorific) return null;
  if (/\b(in|at|on|via|near)\s+(?:the\s+)?$/i.test(before) && !cueWords.length) return null;
  const afterText = sc.text.slice(last.end);
  if (/^\s+(reported|reports|reporting|wrote in|said in a report)\b/i.test(afterText)) return null;
  if (/^'s\s+(report|reporting|coverage|website|correspondent)/i.test(afterText)) return null;

  // cues
  let role: string | null = null;
  let affiliation: string | null = null;
  let cue = false;
  let titleCue = false;
  let apposCue = false;
  const nameText = QUOTED_NICKNAME.strip(sc.text.slice((peerTitle ?? first).start, last.end));

  // title in the run ("Foreign Minister Ana Kovač") or right before it ("bureau chief, Ivo Marić")
  const titleWords = cueWords.length ? cueWords : precedingTitle(sc, first);
  if (titleWords.length) {
    const roleWords = titleWords.filter((t) => !nationCode(t.text));
    const hasRole = roleWords.some((t) => isRoleToken(t) || HONORIFICS.has(t.low.replace(/\.$/, '')) || CLERICAL_TITLES.has(t.low));
    // a nation word that ends a longer country's name is that country's ("Papua New Guinea President": not Guinea)
    const nat =
      titleWords
        .map((t) => {
          const code = nationCode(t.text);
          return code && (countryEndingAt(sc.text, t.end)?.code ?? code);
        })
        .find((c) => c) ?? null;
    if (hasRole) {
      cue = true;
      titleCue = true;
      const phrase = roleWords.filter((t) => !['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'the', 'a', 'an'].includes(t.low));
      if (phrase.length) role = phrase.map((t) => t.text).join(' ');
      affiliation = nat;
    } else if (roleWords.length === 1 && /^counterparts?$/.test(roleWords[0].low)) {
      // "her Turkish counterpart, Selim Aydemir"
      cue = true;
      titleCue = true;
      affiliation = nat;
    } else if (nat && /^,\s*$/.test(sc.text.slice(titleWords[titleWords.length - 1].end, first.start))) {
      // "a Croatian, Luka Horvat" (but "Mara Quist of Norway, Tomas Vell …": that country is the name's before)
      cue = true;
      if (!countryOfPrevious(sc, titleWords[0])) affiliation = nat;
    }
  }
  // "Ambassador to Malaysia Edgard Kagan", "Secretary of State Ana Kovač" (who/titles.ts)
  const placeTitle = cue ? null : roleOfPlaceTitle(sc, cueWords[0] ?? first, first.start);
  if (placeTitle) {
    cue = titleCue = true;
    role = placeTitle.role;
    affiliation ??= placeTitle.affiliation;
  }
  // the second of two names under one plural title: "Prime Ministers Ana Kovač and Ivo Marić"
  if (!cue && name.length >= 2 && !cueWords.length) {
    const plural = /(?:^|[^\p{L}])(\p{L}+)s\s+(?:\p{Lu}[\p{L}\p{M}.'-]*\s+){1,4}and\s+$/u.exec(before);
    if (plural && ROLE_WORDS.has(fold(plural[1]))) {
      cue = true;
      titleCue = true;
    }
  }
  // apposition after: "X, a lecturer in …", "X who's a lecturer …"
  const appos = /^(\s*,\s*|\s+who(?:'s|\s+is|\s+was)\s+)(?:a|an|the)\s+/u.exec(afterText);
  if (appos) {
    const rest = afterText.slice(appos[0].length);
    const words = rest.split(/\s+/).slice(0, 5).map((w) => w.replace(/[^\p{L}'-]+$/u, ''));
    const idx = words.findIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
    if (idx >= 0) {
      cue = true;
      apposCue = true;
      const rw = words.slice(0, idx + 1);
      const nat = rw.map((w) => nationCode(w)).find((c) => c);
      if (nat && !affiliation) affiliation = nat;
      if (!role) {
        role = rw.filter((w) => !nationCode(w)).join(' ');
        const tail = /^[\p{L}'-]+\s+(in|of|for)\s+((?:[\p{L}.'-]+\s+){0,3}?(?:policy|affairs|relations|studies|politics|history|economics|law))\b/u.exec(
          rest.split(/\s+/).slice(idx).join(' '),
        );
        if (tail) role = `${role} ${tail[1]} ${tail[2]}`;
      }
    }
  }
  // "his wife Ana Birch", "Both wives, Ana Birch and Ilse Cedar" (kin-before-name)
  // (a courtesy title may stand between: "his wife Madame Ilsa Birch")
  if (!cue && name.length >= 2 && cueWords.every((t) => !isRoleToken(t) && !nationCode(t.text)) && kinBefore(before)) cue = titleCue = true;
  // an office with its "of" phrase, then a comma and the name: "the chairman of the Cedar Energy Corporation, Abebe Tola"
  if (!cue && name.length >= 2 && !cueWords.length) {
    const office = ROLE_OF_BEFORE.pattern.exec(before);
    if (office && ROLE_WORDS.has(office[1].toLowerCase())) {
      cue = titleCue = true;
      role ??= office[0].replace(/^\s*\S+\s+/, '').replace(/,\s*$/, '').trim();
    }
  }
  // apposition without an article: "X Y, head of the mediation team", "X Y, former president of Nordvik"
  if (!cue && name.length >= 2) {
    const bare = BARE_ROLE_APPOSITION.pattern.exec(afterText);
    if (bare && ROLE_WORDS.has(bare[1].toLowerCase())) {
      cue = true;
      role ??= bare[0].replace(/^\s*,\s*/, '').replace(/\s+\S+\s*$/, '');
    }
  }
  // a quote's speaker after the verb: "“…,” said X Y, …"
  if (!cue && !transcript && name.length >= 2 && SPEAKER_AFTER_VERB.pattern.test(before) && !name.some((t) => isCommonWord(t.text) && !isFirstNameWord(t.text))) cue = true;
  if (!transcript && name.length >= 2) {
    const verb = /^\s+([\p{L}]+)/u.exec(afterText);
    if (verb && PERSON_VERBS.has(verb[1].toLowerCase())) cue = true;
    if (isFirstNameWord(first.text) && !isCommonWord(last.text)) cue = true;
  }
  if (!cue) return null;
  // a bare generic role word names no office ("Nordvik's leader X"): leave the role to a more telling mention
  if (role && GENERIC_ROLE.test(role)) role = null;
  // a common word inside the name ("Rare Earth", "Military Support") only with a title or apposition cue
  const strongCue = titleCue || apposCue;
  if (!syllable && name.slice(1).some((t) => t !== monthToken && !NAME_PARTICLES.has(t.low) && isCommonWord(t.text) && !isFirstNameWord(t.text)) && !strongCue) return null;
  if (name.length === 1) {
    // a single word needs an honorific or title right before it, and must not be a first name alone
    if (transcript || !honorific || isFirstNameWord(first.text) || (isCommonWord(first.text) && first !== monthToken)) return null;
  }
  if (!syllable && first !== monthToken && isCommonWord(first.text) && !isFirstNameWord(first.text) && first.text.length > 1 && !(titledFirst && titleCue)) return null;
  // no nationality word in the title: a country written before the title or tied to the name after it (who/nation-cues.ts)
  if (!affiliation) affiliation = nationOfName(sc, (titleWords.find((t) => !nationCode(t.text)) ?? first).start, first.start, last.end)?.code ?? null;
  const found: Discovery = { sc, start: (peerTitle ?? first).start, end: last.end, name: nameText, role, affiliation };
  if (peerTitle) PEER_NAMED.add(found);
  return found;
}

/** discoveries named "Lord <Month>": two words a headline trim would read as ordinary ones */
const PEER_NAMED = new WeakSet<Discovery>();

/** peerage titles kept in a month-word surname's name ("Lord March", who/month-names.ts) */
const PEER_TITLES = new Set(['lord', 'lady']);

export const DEMONYM_NEVER_A_NAME = {
  id: 'demonym-never-a-name',
  pattern: 'a discovered name of two words or more that is a demonym or a country\'s name of the gazetteer',
  effect: 'no person is discovered (the words name a people or a state)',
  example: 'A Costa Rican spokesperson said the visit was planned.',
};

/** DEMONYM_NEVER_A_NAME: "Sri Lankan", "Costa Rican", "Costa Rica" */
function isNationPhrase(words: string): boolean {
  const k = fold(words);
  const c = countryIndex();
  return c.byDemonym.has(k) || c.byName.has(k);
}

/** NATION_COMMA_NOT_AFTER: a nation word after "of", "and", "in" … is a country named for the words before it */
function countryOfPrevious(sc: SentCtx, nation: Token): boolean {
  const prev = sc.tokens[sc.tokens.indexOf(nation) - 1];
  return !!prev && NATION_COMMA_NOT_AFTER.pattern.test(prev.low) && /^\s+$/.test(sc.text.slice(prev.end, nation.start));
}

export const NATION_COMMA_NOT_AFTER = {
  id: 'nation-comma-not-after-preposition',
  pattern: /^(?:of|and|or|in|from|to|for|with|at|by)$/,
  effect: 'a nation word and a comma before a name ("a Croatian, X") still makes it a person but gives no nationality when a preposition or "and" comes before it: the country belongs to the name before ("Mara Quist of Norway, Tomas Vell", "the presidents of Norway and Sweden, Tomas Vell and …")',
  example: 'Foreign Ministers Mara Quist of Norway, Tomas Vell of Sweden and Anna Kovac of Finland met online.',
};

/** The title words right before a name, back to a determiner or punctuation ("Saudi national security adviser"). */
function precedingTitle(sc: SentCtx, first: Token): Token[] {
  const toks = sc.tokens;
  const idx = toks.indexOf(first);
  const words: Token[] = [];
  let pos = first.start;
  for (let j = idx - 1; j >= 0 && words.length < 5; j--) {
    const t = toks[j];
    const gap = sc.text.slice(t.end, pos);
    const okGap = words.length === 0 ? /^\s*,?\s+$|^\s+$/.test(gap) : /^\s+$/.test(gap);
    if (!okGap) break;
    if (STOP_BACK.has(t.low)) break;
    if (isCap(t.text) && !nationCode(t.text) && !isRoleToken(t) && !HONORIFICS.has(t.low)) break;
    if (words.length > 0 && !isRoleToken(t) && !nationCode(t.text) && !TITLE_MODIFIERS.has(t.low)) break;
    if (words.length === 0 && !isRoleToken(t) && !HONORIFICS.has(t.low) && !nationCode(t.text) && !/^counterparts?$/.test(t.low)) break;
    words.unshift(t);
    pos = t.start;
  }
  return words;
}


/** a capitalised common word that reads as a first name before a surname right after a title */
function isTitleFirstName(t: Token, next: Token): boolean {
  const low = t.low.replace(/\.$/, '');
  // two letters are enough after a title ("Vice Premier He Taolin"): the run leaves no other reading
  if (!isCap(t.text) || t.text.length < 2 || isAllCaps(t.text)) return false;
  if (HONORIFICS.has(low) || isRoleToken(t) || nationCode(t.text) || DAY_MONTH.has(low) || TITLE_MODIFIERS.has(low)) return false;
  if (isPlaceWord(t.text) && !isFirstNameWord(t.text)) return false;
  // a two-letter given name after a family name ("Minister Wang Lo") is a name too
  if (!isCap(next.text) || isAllCaps(next.text) || next.text.length < 2 || NAME_PARTICLES.has(next.low)) return false;
  if (isCommonWord(next.text) || isRoleToken(next) || nationCode(next.text) || isPlaceWord(next.text)) return false;
  return true;
}

/** A title word, also inside a hyphenated word ("Secretary-General"). */
function isRoleToken(t: Token): boolean {
  const low = t.low.replace(/\.$/, '');
  const role = (w: string) => ROLE_WORDS.has(w) || EXTRA_ROLES.has(w);
  return role(low) || (low.includes('-') && low.split('-').some(role));
}

/** Title words used for discovery only ("Trade Representative Ana Kovač"). */
const EXTRA_ROLES = new Set(['representative']);

/** role texts that name no particular office */
const GENERIC_ROLE = /^(?:leader|official|head|chief|figure|diplomat)$/i;

/** Rows for the discovery cues below (tests in discover-cues.test.ts exercise each example). */
export const BARE_ROLE_APPOSITION = {
  id: 'bare-role-apposition',
  // group 1: the role word; lower-case modifiers before it; "of/for/at/to" after it
  pattern: /^\s*,\s*(?:(?:former|deputy|acting|interim|chief|senior|special|then|current|top)\s+){0,2}(\p{Ll}+)\s+(?:of|for|at|to)\s/u,
  effect: 'the name before the comma is a person (discovery cue); the role is the apposition up to the preposition',
  example: '"The truce holds," said Abebe Tola, head of the Nordvik mediation team, at a ceremony.',
};

export const ROLE_OF_BEFORE = {
  id: 'role-of-apposition-before',
  // a determiner, up to two modifiers, the role word (group 1), "of/for/at" and a short phrase without punctuation, then a comma
  pattern: /\b(?:the|a|an|its|his|her|their)\s+(?:(?:former|deputy|acting|interim|chief|senior|special|then|current|top|vice)\s+){0,2}(\p{Ll}+)\s+(?:of|for|at)\s+[^,;:.!?"“”()\[\]]{2,60},\s*$/u,
  effect: 'a name of two words or more right after "the <role> of <something>," is a person (discovery cue), the office its role',
  example: 'Tomas Alder also met the chairman of the Cedar Energy Corporation, Abebe Tola, on Friday.',
};

export const SPEAKER_AFTER_VERB = {
  id: 'speaker-after-verb',
  // a quotation closed, then the speech verb, then a full name
  pattern: /["”'’],?\s*(?:said|says|added|adds|wrote|asked|replied|stressed|insisted|noted)\s+$/u,
  effect: 'a full name (two or more words, none an ordinary English word) right after a quote\'s speech verb is a person',
  example: '"We have agreed to stop the fighting," said Olusego Tamberi on Wednesday.',
};
