/**
 * A discovered person's government from the words around the name, when the title itself carries no nationality word
 * (discover.ts reads "Turkish Foreign Minister X" and "his Turkish counterpart, X"). The country is read by STRUCTURE:
 * a country named right before the title (or before the name with a possessive), a title "of <country>" right before
 * the name, or a country tied to the name right after it ("X of <country>", "X, President of <country>", "X (<country>)").
 * Countries are UN member states of the gazetteer (names, official names, demonyms) or the nation words of who/text.ts;
 * a bloc, an organisation or a territory gives no government.
 */
import type { SentCtx } from './context';
import { countryAt, countryEndingAt } from './countries';
import { countryIndex } from '../places/gazetteer';
import { HONORIFICS, ROLE_WORDS, fold, nationCode, type Token } from './text';

export interface NationCue {
  id: string;
  pattern: string;
  effect: string;
  example: string;
}

export const NATION_BEFORE_TITLE: NationCue = {
  id: 'nation-before-title',
  pattern: "<country>['s] [title words] <Name>; <country>'s <Name>",
  effect: 'a country written right before the title of a discovered person (or right before the name, with a possessive) is its government',
  example: "Norway's new Prime Minister Tomas Vell met Sweden Foreign Minister Mara Quist.",
};

export const TITLE_OF_NATION: NationCue = {
  id: 'title-of-nation-before',
  pattern: '<role word> of [the] <country>[,] [honorifics] <Name>',
  effect: 'a title "of <country>" right before a discovered person\'s name gives the person that government',
  example: 'Talks went well with the Prime Minister of Iceland, the Honourable Tomas Vell.',
};

export const NATION_AFTER_NAME: NationCue = {
  id: 'nation-after-name',
  pattern: '<Name> of [the] <country> | <Name>, [the] <role> of [the] <country> | <Name> (<country>) | <Name>, <country>\'s <role> | <Name>, the <demonym> <role>',
  effect: 'a country tied to a discovered person\'s name right after it is the person\'s government',
  example: 'Present were Mara Quist of Norway, Tomas Vell, President of the Republic of Finland, and Anna Kovac (Sweden).',
};

export const NATION_CUES = [NATION_BEFORE_TITLE, TITLE_OF_NATION, NATION_AFTER_NAME];

/** lower-case words that may stand between a country and a title ("Nordvik's new prime minister") */
const SOFT = new Set(['new', 'newly', 'elected', 'then', 'current', 'former', 'outgoing', 'incoming', 'visiting', 'acting', 'interim', 'caretaker', 'incumbent', 'host', 'longtime', 'long-time', 'long-serving']);
/** words of a title (besides role words and honorifics) */
const TITLE_WORDS = new Set(
  (
    'foreign defense defence national security deputy senior chief special vice prime state interior finance economy ' +
    'economic trade energy health justice home external affairs presidential press bureau policy top first assistant ' +
    'general attorney permanent executive military intelligence naval cabinet crown high ministry'
  ).split(' '),
);
/** honorifics and courtesy words between a title and the name ("the Honourable", "His Excellency", "H.E.") */
const COURTESY = new Set(['the', 'honourable', 'honorable', 'his', 'her', 'excellency', 'majesty', 'highness', 'h.e', 'h.e.', 'rt', 'rt.', 'right', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'ms', 'sheikh', 'shaikh', 'prince', 'sir', 'dame', 'hon', 'hon.']);
/** place prepositions after which a country name (no demonym) names a place, not the person's state ("talks in Norway Prime
 * Minister …"); "with", "to", "and" are no such cue ("spoke to Norway Prime Minister …") */
const PLACE_PREP = new Set(['in', 'from', 'at', 'into', 'of', 'on', 'near', 'across', 'via', 'inside', 'outside', 'throughout', 'around']);

const isRole = (t: Token) => {
  const low = t.low.replace(/\.$/, '');
  return ROLE_WORDS.has(low) || low === 'amir' || low === 'representative' || low === 'commissioner' || (low.includes('-') && low.split('-').some((w) => ROLE_WORDS.has(w)));
};
const isTitleWord = (t: Token) => isRole(t) || TITLE_WORDS.has(t.low) || HONORIFICS.has(t.low.replace(/\.$/, '')) || COURTESY.has(t.low);

/** "South African", "Sri Lankan": a demonym of two words (the gazetteer's), or null */
function twoWordDemonym(a: Token, b: Token, text: string): string | null {
  if (!/^\p{Lu}/u.test(a.text) || !/^\p{Lu}/u.test(b.text) || text.slice(a.end, b.start) !== ' ') return null;
  return countryIndex().byDemonym.get(fold(`${a.text} ${b.text}`)) ?? null;
}

/** a state's code, never a bloc's or an organisation's ("European" → EU is no government of a person) */
function stateCode(code: string | null): string | null {
  return code && countryIndex().members.has(code) ? code : null;
}

/**
 * The government of the person named at [start, end) of the sentence from the words before the title and after the
 * name; `titleStart` is where the title read by discover.ts begins (the name's start when there is none). Null when
 * nothing ties a country to the name.
 */
export function nationOfName(sc: SentCtx, titleStart: number, start: number, end: number): { code: string; rule: string } | null {
  return before(sc, Math.min(titleStart, start), start) ?? after(sc, end);
}

/** "Norway's new Prime Minister X", "Sweden Foreign Minister X", "Norway's X", "Prime Minister of Norway, Hon. X" */
function before(sc: SentCtx, titleStart: number, start: number): { code: string; rule: string } | null {
  const text = sc.text;
  const toks = sc.tokens;
  // back over the title, the courtesy words and one comma to the word before them
  let roles = 0;
  let pos = start;
  let comma = false;
  let possessive = false;
  let inside = 0;
  let j = toks.findIndex((t) => t.end > start);
  j = (j < 0 ? toks.length : j) - 1;
  for (; j >= 0; j--) {
    const t = toks[j];
    const gap = text.slice(t.end, pos);
    const initial = t.text.length === 1 && /^\p{Lu}$/u.test(t.text) && /^\./.test(gap);
    if (/^\.?\s*,\s*$/.test(gap) && !comma) {
      // "Norway's Prime Minister, Foreign Minister X": a full title after the comma is X's; the one before is another's
      if (roles > 0) return null;
      comma = true;
    } else if (!(/^\s+$/.test(gap) || (/^\.\s+$/.test(gap) && (isTitleWord(t) || initial)))) break;
    // "Norway's": the possessive's "s" ends the walk
    if (t.low === 's' && /['’]$/.test(text.slice(0, t.start))) {
      possessive = true;
      break;
    }
    // "Norway's Ambassador to Sweden, X": the posting ("Ambassador to Sweden") is part of the title
    const posting = isTitleWord(t) ? null : countryEndingAt(text, t.end);
    if (posting) {
      let k = toks.findIndex((x) => x.start === posting.start) - 1;
      if (k >= 0 && toks[k].low === 'the') k--;
      if (k >= 1 && toks[k].low === 'to' && POSTING.test(toks[k - 1].low)) {
        roles++;
        pos = toks[k - 1].start;
        j = k - 1; // the loop's j-- goes on before the role word
        continue;
      }
    }
    // "Secretary of State", "Minister for Foreign Affairs": "of"/"for" inside a title, right after its role word
    if ((t.low === 'of' || t.low === 'for') && j > 0 && isRole(toks[j - 1]) && /^\s+$/.test(text.slice(toks[j - 1].end, t.start))) {
      pos = t.start;
      continue;
    }
    // "South African President X", "Marshall Islands President X": a two-word demonym or a country's name ends the title
    if ((j > 0 && twoWordDemonym(toks[j - 1], t, text)) || (!isTitleWord(t) && countryEndingAt(text, t.end))) break;
    // "Minister of Higher Education Dr X": a portfolio's capitalised words after "of"/"for" and a role word
    const pf = portfolioStart(toks, j, text);
    if (pf >= 0) {
      pos = toks[pf].start;
      j = pf; // the loop's j-- reads "of" next
      continue;
    }
    // "Deputy Premier and Trade Minister X": two titles of one person joined by "and"
    if (t.low === 'and' && roles > 0 && j > 0 && /^\s+$/.test(text.slice(toks[j - 1].end, t.start)) && (isTitleWord(toks[j - 1]) || portfolioStart(toks, j - 1, text) >= 0)) {
      pos = t.start;
      continue;
    }
    const hE = (t.low === 'h' && text.startsWith('H.E.', t.start)) || (t.low === 'e' && text.startsWith('H.E.', t.start - 2));
    // a word inside the title discover.ts read ("National Guard Minister") belongs to it (after a possessive only)
    if (!isTitleWord(t) && !SOFT.has(t.low) && !hE) {
      if (t.start < titleStart || nationCode(t.text)) break;
      inside++;
    }
    if (isRole(t)) roles++;
    pos = t.start;
  }
  if (j < 0) return null;
  // where the country would end: before the possessive's apostrophe, or at the word before the title
  const t = toks[j];
  const cEnd = possessive ? t.start - 1 : t.end;
  const gapToTitle = text.slice(t.end, pos);
  // "Prime Minister of Iceland, the Honourable X": the title of a country right before the name (courtesy words only)
  if (!possessive && roles === 0 && /^\s*,?\s*$/.test(gapToTitle)) {
    const c = countryEndingAt(text, cEnd);
    const m = c ? /([\p{L}-]+)\s+of\s+(?:the\s+)?$/iu.exec(text.slice(Math.max(0, c.start - 40), c.start)) : null;
    const code = m && ROLE_LIKE.test(m[1].split('-').pop()!) ? stateCode(c!.code) : null;
    if (code) return { code, rule: TITLE_OF_NATION.id };
  }
  // the country: a name ("Norway", "U.S."), a demonym ("Norwegian", "South African")
  const abbrev = /(?:^|[^\p{L}.])(U\.S\.?|U\.K\.?|USA|US|UK)$/u.exec(text.slice(0, cEnd + (text[cEnd] === '.' ? 1 : 0)));
  const gapOk = /^\s+$/.test(gapToTitle) || (!!abbrev && /^\.\s+$/.test(gapToTitle));
  if (!possessive && (roles === 0 || inside > 0 || !gapOk)) return null;
  if (possessive && !gapOk && !/^\s*,\s*$/.test(gapToTitle)) return null;
  const named = countryEndingAt(text, cEnd);
  const prevTok = toks[j - 1];
  const twoWord = prevTok ? twoWordDemonym(prevTok, t, text) : null;
  const code = stateCode(named?.code ?? (abbrev ? nationCode(abbrev[1]) : null) ?? twoWord ?? nationCode(t.text));
  if (!code) return null;
  // a country's name after a preposition names a place ("talks in Norway Prime Minister …"); a demonym or a possessive
  // is the state's ("with Norwegian Prime Minister …", "in Norway's …")
  const from = named ? named.start : abbrev ? cEnd - abbrev[1].length : t.start;
  const prev = toks.filter((x) => x.end <= from).pop();
  const isName = !!named || !!abbrev;
  if (!possessive && isName && prev && PLACE_PREP.has(prev.low) && /^\s+$/.test(text.slice(prev.end, from))) return null;
  return { code, rule: NATION_BEFORE_TITLE.id };
}

/** "Minister of Higher Education": when token j ends a portfolio's capitalised words (no title word, no country) right
 * after "of"/"for" and a role word, the index of its first word; else -1 */
function portfolioStart(toks: Token[], j: number, text: string): number {
  const space = (a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));
  const cap = (t: Token) => /^\p{Lu}/u.test(t.text) && !isTitleWord(t) && !nationCode(t.text);
  if (j < 2 || !cap(toks[j])) return -1;
  let k = j;
  while (k > 0 && cap(toks[k - 1]) && space(toks[k - 1], toks[k])) k--;
  if (countryAt(text, toks[k].start)) return -1;
  return k >= 2 && (toks[k - 1].low === 'of' || toks[k - 1].low === 'for') && isRole(toks[k - 2]) && space(toks[k - 2], toks[k - 1]) && space(toks[k - 1], toks[k]) ? k : -1;
}

/** the word before "of" in a title of a country: a role word or a state's own word ("Amir", "King", "Prime Minister") */
const ROLE_LIKE = /^(?:president|vice-president|premier|minister|chancellor|king|queen|emir|amir|sultan|prince|princess|monarch|ambassador|envoy|secretary|chairman|chairperson|chairwoman|leader|head|governor-general|commissioner|representative|emperor|empress|taoiseach|sheikh)$/i;

/** an article before a country's name ("of the Republic of Finland") */
const ARTICLE = /^(?:the\s+)?/;
/** a posting's role word and "to" before a country ("Ambassador to Sweden") */
const POSTING = /^(?:ambassador|envoy|commissioner|representative|consul|consul-general|emissary)$/;
/** (a comma,) courtesy words and a capitalised name: the next person's name after its own title ("…, Foreign Minister of
 * Norway Dr Tomas Vell") */
const NEXT_NAME = /^\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Smt|Shri|H\.E|His|Her|Excellency|Majesty|Highness|the|Honourable|Hon|Rt|Sheikh|Prince|Sir|Dame)\.?\s+)*\p{Lu}[\p{L}'-]+\s+\p{Lu}/u;

/** the text after the title words it opens with ("foreign minister Tomas Vell …" → " Tomas Vell …") */
function afterTitle(text: string): string {
  const re = /\s*([\p{L}.-]+)/uy;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[1].toLowerCase().replace(/\.$/, '');
    if (!(ROLE_WORDS.has(w) || TITLE_WORDS.has(w) || w.split('-').some((p) => ROLE_WORDS.has(p)))) break;
    pos = re.lastIndex;
  }
  return text.slice(pos);
}

/** "X of Norway", "X, President of the Republic of Finland", "X (Sweden)", "X, Norway's envoy", "X, the Swedish minister" */
function after(sc: SentCtx, end: number): { code: string; rule: string } | null {
  const text = sc.text;
  const rest = text.slice(end, end + 160);
  const at = (offset: number) => {
    const skip = ARTICLE.exec(rest.slice(offset))![0].length;
    return countryAt(text, end + offset + skip);
  };
  const found = (c: { code: string } | null) => {
    const code = stateCode(c?.code ?? null);
    return code ? { code, rule: NATION_AFTER_NAME.id } : null;
  };
  // "X of Norway"
  let m = /^\s+of\s+/.exec(rest);
  if (m) return found(at(m[0].length));
  // "X (Sweden)", "X [Sweden]"
  m = /^\s*[([]\s*/.exec(rest);
  if (m) {
    const c = at(m[0].length);
    if (c && /^\s*[)\]]/.test(text.slice(c.end))) return found(c);
    return null;
  }
  // "X, President of the Republic of Finland" (modifiers before the role word, no punctuation)
  m = /^\s*,\s*(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}?([\p{L}-]+)\s+of\s+/u.exec(rest);
  if (m && ROLE_LIKE.test(m[1].split('-').pop()!) && !/\s(?:of|and|or|to|in)\s/i.test(m[0].slice(0, m[0].length - m[1].length - 4) + ' ')) {
    const c = at(m[0].length);
    // "…, the President of Norway, Mr Tomas Vell": the title is the next name's, written before it
    if (c && !NEXT_NAME.test(text.slice(c.end, c.end + 80))) return found(c);
  }
  // "X, Norway's envoy …"
  m = /^\s*,\s*/.exec(rest);
  if (m) {
    const c = countryAt(text, end + m[0].length);
    if (c && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+/u.test(text.slice(c.end))) {
      const words = text.slice(c.end + 2).trim().split(/\s+/).slice(0, 3).map((w) => w.replace(/[^\p{L}-]+$/u, '').toLowerCase());
      if (words.some((w) => ROLE_WORDS.has(w) || w.split('-').some((p) => ROLE_WORDS.has(p)))) return found(c);
    }
  }
  // "X, the Swedish foreign minister", "X, U.S. Ambassador to …"
  m = /^\s*,\s*(?:(?:the|a|an)\s+)?(U\.S\.|U\.K\.|[\p{L}-]+)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(rest);
  if (m && /^\p{Lu}/u.test(m[1])) {
    const code = nationCode(m[1]);
    const words = m[2].split(/\s+/).map((w) => w.toLowerCase());
    // "Mara Quist, Swedish Foreign Minister Tomas Vell and …": the title is the next name's, written before it
    const next = afterTitle(text.slice(end + m[0].length - m[2].length, end + m[0].length - m[2].length + 120));
    if (code && words.some((w) => ROLE_WORDS.has(w) || w === 'representative' || w === 'commissioner') && !NEXT_NAME.test(next)) return found({ code });
  }
  return null;
}
