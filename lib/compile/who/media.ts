/**
 * The people who report the news, not the people in it: programme hosts,
 * anchors, presenters, correspondents, reporters and bylines. Found by
 * general cues (rows below), collected over the whole corpus first, then kept
 * out of every document: their names are never discovered as actors and
 * their spans are returned (MentionsResult.media) so later stages can ignore
 * an exchange between them.
 */
import type { MediaMention } from '../types';
import type { DocCtx } from './context';
import { isOccupied } from './context';
import { HONORIFICS, ROLE_WORDS, fold, isCommonWord, isFirstNameWord, tokenize } from './text';
import { staffNames } from './media-staff';

export type MediaRole = MediaMention['role'];

/** A person named as media in some document: folded name words, role, and where. */
export interface MediaPerson {
  /** folded words of the full name (two or more) */
  words: string[];
  name: string;
  role: MediaRole;
  docId: string;
}

/** role words of the news trade (in a speaker label or before a name) */
const MEDIA_ROLE =
  /\b(anchor|co-?anchor|host|co-?host|presenter|newsreader|moderator|correspondent|reporter|journalist|editor|producer|contributor|commentator|columnist|bureau chief|news ?caster|broadcaster|byline)s?\b/i;
const hostish = (role: string) => (/anchor|host|presenter|newsreader|moderator|caster|broadcaster/i.test(role) ? 'host' : 'reporter');

/** a person's name as written: two to four capitalised words */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?<!['’]s)`;
const NAME = String.raw`(${WORD}(?:\s+${WORD}){1,3})`;

/** Rows: a pattern (group 1 = the name), the role it gives, an example. */
export interface MediaRule {
  id: string;
  pattern: RegExp;
  role: MediaRole | 'from-role';
  example: string;
  /** a word the sentence must hold for the rule to be tried (cheap pre-check) */
  cue?: RegExp;
}

export const MEDIA_RULES: MediaRule[] = [
  { id: 'joins-us', pattern: new RegExp(String.raw`${NAME}\s+(?:now\s+)?joins\s+(?:us|me)\b`, 'gu'), role: 'reporter', example: 'Fred Pleitgen joins us from Moscow.' },
  { id: 'joined-by', pattern: new RegExp(String.raw`\b(?:[Ww]e(?:'re|’re|\s+are)|I(?:'m|’m|\s+am))\s+(?:now\s+)?joined\s+(?:now\s+)?by\s+(?:(?:our|my)\s+(?:[\p{Ll}-]+\s+){0,4})?${NAME}|\b[Jj]oining\s+(?:us|me)\s+(?:now\s+)?(?:from\s+\p{Lu}[\p{L}-]*\s+)?(?:is\s+)?(?:(?:our|my)\s+(?:[\p{Ll}-]+\s+){0,4})?${NAME}`, 'gu'), role: 'reporter', example: "We're joined by our correspondent Nick Walsh." },
  { id: 'reporting-from', pattern: new RegExp(String.raw`${NAME},?\s+(?:is\s+)?reporting\s+(?:from|live|for)\b`, 'gu'), role: 'reporter', example: 'Anna Holligan reporting from The Hague.' },
  { id: 'reports-from', pattern: new RegExp(String.raw`${NAME}\s+(?:now\s+)?reports\s+(?:from|on)\b`, 'gu'), role: 'reporter', example: 'Steve Rosenberg reports from Moscow.' },
  { id: 'im-name', pattern: new RegExp(String.raw`\bI(?:'m|’m|\s+am)\s+${NAME}(?=\s*(?:,|\.|$|\s+(?:in|at|for|and|with|reporting)\b))`, 'gu'), role: 'host', example: "I'm Rosemary Church in Atlanta." },
  { id: 'our-name-is', pattern: new RegExp(String.raw`\b[Oo]ur\s+${NAME}\s+is\s+(?:in|at|live|standing|on the ground|with|following|covering)\b`, 'gu'), role: 'reporter', example: 'Our Fred Pleitgen is in Moscow.' },
  {
    id: 'named-source-reporter',
    // "Axios reporter Barak Ravid", "Reuters correspondent Jane Roe", "the Times columnist X": a capitalised
    // source, a few lower-case modifiers, a reporter's role word, then the name (never "host": "summit host X")
    pattern: new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}?(?:correspondent|reporter|columnist)\s+${NAME}`, 'gu'),
    role: 'reporter',
    example: 'according to Israeli officials cited by Axios reporter Barak Ravid',
    cue: /correspondent|reporter|columnist/,
  },
  {
    id: 'contributed-reporting',
    // the closing credit of wire copy: "Jane Roe in Kyiv and John Doe contributed reporting."
    pattern: new RegExp(String.raw`${NAME}(?:\s+in\s+\p{Lu}[\p{L}-]*)?(?=(?:,?\s+(?:and\s+)?\p{Lu}[^.]{0,80})?\s+contributed\s+(?:reporting|to\s+(?:this|the)\s+report))`, 'gu'),
    role: 'reporter',
    example: 'Jane Roe in Kyiv and John Doe in Moscow contributed reporting.',
    cue: /\bcontributed\b/,
  },
  {
    id: 'names-report-colon',
    // a line that hands the story to its reporters: "Jane Roe and John Doe report:", "Birchwire's Jane Roe reports:"
    pattern: new RegExp(String.raw`${NAME}(?=(?:,?\s+(?:and\s+)?\p{Lu}[^.:]{0,80})?\s+reports?:\s*$)`, 'gu'),
    role: 'reporter',
    example: 'Birchwire’s Jane Roe and John Doe report:',
    cue: /\breports?:\s*$/,
  },
  {
    id: 'media-role-title',
    // a reporter's role word as the title before the name, with no outlet: "foreign affairs correspondent Jane Roe"
    // (never "host": "summit host X" is a newsmaker)
    pattern: new RegExp(String.raw`\b(?:correspondent|reporter|columnist|anchor|newsreader)\s+${NAME}`, 'gu'),
    role: 'reporter',
    example: 'From the capital, foreign affairs correspondent Jane Roe begins our coverage.',
    cue: /correspondent|reporter|columnist|anchor|newsreader/,
  },
  {
    id: 'reporter-asked',
    // a press conference's questioner named with their outlet: "Jane Roe, a journalist for Birchwire, asked the leaders …"
    // (a journalist in the news is "detained", "jailed", "killed": only asking makes the reporter's role)
    pattern: new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:journalist|reporter|correspondent)\s+(?:for|with|from|at|of)\s+[^,.;]{1,60},\s+(?:then\s+|also\s+|later\s+)?(?:asked|questioned|pressed)\b`, 'gu'),
    role: 'reporter',
    example: 'Jane Roe, a journalist for Birchwire, asked the presidents whether they had talked about trade.',
    cue: /\b(?:asked|questioned|pressed)\b/,
  },
  {
    id: 'shared-by-journalist',
    // the channel of a statement or a picture: "… shared on Twitter by Nordvik journalist Jane Roe", "posted by reporter Jane Roe"
    pattern: new RegExp(String.raw`\b(?:shared|posted|tweeted|published|first\s+reported|broadcast)\s+(?:on\s+\p{Lu}[\p{L}]*\s+)?by\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}]+\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:journalist|reporter|correspondent)\s+${NAME}`, 'gu'),
    role: 'reporter',
    example: 'The statement was shared on Twitter by Nordvik journalist Jane Roe.',
    cue: /\bby\b/,
  },
  {
    id: 'photo-credit',
    // a picture's credit in parentheses: the agency and the photographer, in either order
    pattern: new RegExp(String.raw`\((?:[^()/]{1,40}/\s*)${NAME}\s*\)|\(\s*${NAME}\s*/[^()]{1,40}\)`, 'gu'),
    role: 'reporter',
    example: 'Prime Minister Ana Kovac addresses an event in the capital. (Birchwire/Jane Roe)',
    cue: /\//,
  },
  {
    id: 'time-ago-byline',
    // a web page's byline: the author's name, then how long ago the page was posted ("Jane Roe 7 minutes ago Wed 16th June")
    pattern: new RegExp(String.raw`(?:^|\n)\s*${NAME}\s+\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b`, 'gu'),
    role: 'reporter',
    example: 'Jane Roe 7 minutes ago Wed 16th June 2021 | 05:30 PM',
    cue: /\bago\b/,
  },
  { id: 'outlet-role', pattern: new RegExp(String.raw`\b(?:our|my\s+colleague|(?:CNN|BBC|NPR|PBS|[\p{Lu}][\p{L}]+\s+News)(?:'s)?)\s+(?:[\p{L}-]+\s+){0,3}?(correspondent|reporter|anchor|host|presenter|editor)\s+${NAME}`, 'gu'), role: 'from-role', example: "CNN's chief correspondent Nick Walsh" },
];

/** "ROSEMARY CHURCH, CNN ANCHOR:" → the name, when the label gives a media role. */
export function labelPerson(label: string): { name: string; role: MediaRole } | null {
  const m = /^\s*(?:>>+\s*)?([\p{L}\p{M}'’.\- ]+?)\s*[,(]\s*([^:]*)\)?\s*:\s*$/u.exec(label);
  if (!m) return null;
  const role = MEDIA_ROLE.exec(m[2]);
  if (!role) return null;
  const words = m[1].trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  const name = words.map((w) => (/\p{Ll}/u.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase())).join(' ');
  return { name, role: hostish(role[1]) };
}

export const BYLINE_SHAPES = {
  id: 'byline-shapes',
  pattern: /^\s*(?:[-–—•*]\s*|\(\s*)?(?:(?:additional\s+)?(?:reporting|writing|written|edited|editing|posted)\s+)?by\s+(?:[—–-]\s*)?(.+)$/i,
  effect: 'a byline line names reporters (never actors): "By A and B", "- By A in X & B in Y", a blog\'s "(Posted by A; photo by B)"; in a long strip each "By — A A" (a name written twice read once)',
  example: '- By Jane Roe in Nordvik & Tomas Lind in Avalon',
};

/** The media people a document names (labels, cues, bylines). */
/** words that every media rule needs one of */
const CUES = /\b(?:join(?:s|ed|ing)|contributed|report(?:s|ing)?|I'm|I’m|I\s+am|[Oo]ur|correspondent|reporter|journalist|columnist|anchor|host|presenter|editor|ago)\b|\//i;

const outletWordsCache = new WeakMap<Set<string>, Set<string>>();

export function findMediaPeople(dc: DocCtx, outlets: Set<string>): MediaPerson[] {
  const out: MediaPerson[] = [];
  let outletWords = outletWordsCache.get(outlets);
  if (!outletWords) outletWordsCache.set(outlets, (outletWords = new Set([...outlets].map((o) => o.split(/\s+/).pop()!))));
  const add = (name: string, role: MediaRole) => {
    // (an outlet's plural possessive before the name, "Birchwire News’ Jane Roe", is no part of it)
    let clean = name.trim().replace(/[.,]+$/, '').replace(/['’]s$/, '').replace(/^.*['’]\s+/u, '');
    // a capitalised ordinary word or outlet before the name ("Tonight Mia Lund joins us")
    while (clean.split(/\s+/).length > 2) {
      const [first, ...rest] = clean.split(/\s+/);
      if ((!isCommonWord(first) || isFirstNameWord(first)) && !outlets.has(fold(first))) break;
      clean = rest.join(' ');
    }
    const words = tokenize(clean).map((t) => t.low);
    if (words.length < 2 || words.length > 4) return;
    if (outlets.has(fold(clean)) || HONORIFICS.has(words[0]) || ROLE_WORDS.has(words[0])) return;
    // two rules may name one person ("Reuters reporter Jane Roe"): once is enough
    if (out.some((p) => p.words.join(' ') === words.join(' '))) return;
    out.push({ words, name: clean, role, docId: dc.doc.id });
  };
  for (const r of dc.doc.removed)
    if (r.reason === 'speaker-label' || r.reason === 'timecode') {
      // a label may have been cut together with the timecode before it: "[06:00:12] JANE ROE, CNN ANCHOR:"
      const p = labelPerson(dc.doc.body.slice(r.start, r.end).replace(/^\s*[[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?[\])]?\s*/, ''));
      if (p) add(p.name, p.role);
    }
  for (const sc of dc.sents) {
    // a byline ("By Jane Roe and John Doe") names reporters
    // (BYLINE_SHAPES: a list bullet or dash before it, a dash after "By", names joined by "&" or a second "By")
    const by = BYLINE_SHAPES.pattern.exec(sc.text);
    if (by && by[1].length < 120)
      for (const part of by[1].split(/\s*(?:,|\band\b|&|;|\bin\b|\bBy\b\s*[—–-]?)\s*/)) {
        const n = new RegExp(`^${NAME}`, 'u').exec(part.trim());
        if (n) add(n[1], 'reporter');
      }
    // a long byline strip of a page ("By — Jane Roe Jane Roe By — Tomas Lind Tomas Lind Leave your feedback …"): each
    // dashed "By", its name written twice (a picture's text and the name) read once
    if (by && by[1].length >= 120)
      for (const m of sc.text.matchAll(new RegExp(String.raw`(?:^|\s)By\s+[—–-]\s*${NAME}`, 'gu'))) {
        const words = m[1].split(/\s+/);
        const again = words.indexOf(words[0], 2); // where the name starts over
        add(again > 0 ? words.slice(0, again).join(' ') : m[1], 'reporter');
      }
    // a sign-off: "Jane Roe, BBC News, Kyiv."
    const sign = new RegExp(String.raw`^\s*${NAME},\s+([^,.]+)(?:,\s*[^,.]+)?\.?\s*$`, 'u').exec(sc.text);
    if (sign && outlets.has(fold(sign[2].trim()))) add(sign[1], 'reporter');
    // the rules only where one of their cue words is (most sentences have none)
    if (CUES.test(sc.text))
    for (const rule of MEDIA_RULES)
      if (!rule.cue || rule.cue.test(sc.text))
      for (const m of sc.text.matchAll(rule.pattern)) {
        // the name is the last group that matched (a rule may have alternatives)
        const name = m.slice(1).filter((g) => g !== undefined).pop();
        if (!name) continue;
        const role = rule.role === 'from-role' ? hostish(m[1]) : rule.role;
        add(name, role);
      }
    for (const p of staffNames(sc.text)) add(p.name, 'reporter'); // who/media-staff.ts
    // "CNN's Jane Roe" with an outlet from the lexicon (only where a word of an outlet is)
    if (sc.tokens.some((t) => outletWords.has(t.low)))
    for (const m of sc.text.matchAll(new RegExp(String.raw`([\p{Lu}][\p{L}\p{M}.&]*(?:\s+[\p{Lu}][\p{L}\p{M}.&]*){0,3})['’]s\s+${NAME}`, 'gu')))
      if (outlets.has(fold(m[1]))) add(m[2], 'reporter');
  }
  return out;
}

/** Media people of the whole corpus, by the fold of their last word. */
export type MediaIndex = Map<string, MediaPerson[]>;

export function mediaIndex(people: MediaPerson[]): MediaIndex {
  const idx: MediaIndex = new Map();
  for (const p of people) {
    const k = p.words[p.words.length - 1];
    const list = idx.get(k) ?? [];
    if (!list.some((x) => x.words.join(' ') === p.words.join(' '))) list.push(p);
    else if (!list.some((x) => x.docId === p.docId && x.words.join(' ') === p.words.join(' '))) list.push(p);
    idx.set(k, list);
  }
  return idx;
}

/**
 * Occupies every span in the document that names a media person (full name;
 * the bare surname too where this document names that person as media), so
 * no later pass reads it as an actor. Returns the spans.
 */
export function markMedia(dc: DocCtx, idx: MediaIndex): MediaMention[] {
  const out: MediaMention[] = [];
  if (!idx.size) return out;
  for (const sc of dc.sents) {
    const toks = sc.tokens;
    for (let i = 0; i < toks.length; i++) {
      const list = idx.get(toks[i].low);
      if (!list) continue;
      let best: { start: number; p: MediaPerson } | null = null;
      for (const p of list) {
        const n = p.words.length;
        if (i - n + 1 < 0) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = toks[i - n + 1 + k].low === p.words[k];
        if (ok && (!best || toks[i - n + 1].start < best.start)) best = { start: toks[i - n + 1].start, p };
      }
      if (!best) {
        // the bare surname, capitalised, where this document names the person as media
        const here = list.find((p) => p.docId === dc.doc.id);
        if (here && /^\p{Lu}/u.test(toks[i].text)) best = { start: toks[i].start, p: here };
      }
      if (!best) continue;
      const end = toks[i].end;
      if (isOccupied(sc, best.start, end)) continue;
      sc.occupied.push({ start: best.start, end });
      out.push({
        docId: dc.doc.id,
        sentence: sc.s.index,
        start: sc.s.start + best.start,
        end: sc.s.start + end,
        surface: sc.s.text.slice(best.start, end),
        name: best.p.name,
        role: best.p.role,
      });
    }
  }
  return out;
}
