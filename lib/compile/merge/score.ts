/**
 * merge/score: whether two reports can be one happening (pairScore: null when not, else how alike),
 * and the hard conflicts that keep two reports out of one cluster (hardConflict). Each report is an
 * Item with what the comparisons read precomputed once (status class, stated day, core participants),
 * and a Scorer memoises the place and date comparisons, which repeat across thousands of pairs.
 */
import type { PlaceEntry } from '../../schema';
import type { ActorInfo } from '../types';
import { datesCompatible, daysBetween } from '../what/anchors';
import { statusClass } from '../what/modality';
import { placeBook, placesCompatible, type PlaceBook } from '../what/places';
import { normaliseForHash } from '../what/ids';
import type { WhatDocEvent } from '../what/types';
import { occasionsOf } from '../who/occasion';
import { EN } from '../lang/en';
import { EN_SPEAKER } from '../lang/en-who';
import { countryOfLabel, oneDayOneCountry } from './one-day-one-country';
import { placesAgree } from './places-agree';
import { sameVisitor, VISIT_DAYS } from './visit-lasts-days';
import { speaksFor, titledVoices } from './body-voice';
import { otherPartiesOtherDay } from './other-parties';
import { BORROWED_DAY_REMARK, borrowedDayRemark } from './borrowed-day';
import { ESTIMATE_HOLDS_BORROWED, estimateHoldsBorrowed } from './estimate-holds-borrowed';
import { ONE_ARTICLE_BORROWED_DAY, oneArticleBorrowedDay } from './one-article-borrowed-day';
import { readoutKin, tellsLeader, toldSpeakers, WRITTEN_OCCASION } from './readout-tells-leader';

export interface Item {
  e: WhatDocEvent;
  published: string;
  outlet: string;
  kind: 'article' | 'transcript';
  key: string;
  persons: string[];
  others: string[];
  /** content words of the quotes: statements only (the only pairs that compare words) */
  words: Set<string>;
  /** runs of QUOTE_RUN words inside quotation marks: statements only (the speaker's own words, as two outlets quote them) */
  quoted: Set<string>;
  /** content words of each evidence sentence: statements only (sentencePairSim) */
  sentenceWords: Set<string>[];
  /** the occasions the remark was made on (rule ids of who/occasion.ts): statements only */
  occasions: string[];
  /** "Body Press Secretary Name" phrases of the evidence (merge/body-voice.ts titledVoices): statements only */
  voices: string[];
  /** the remark is told in the pluperfect ("had said before the trip"): statements only (broadcast-summary-day) */
  pluperfect?: boolean;
  /** statusClass of the report */
  cls: 'real' | 'plan' | 'denied';
  /** the report's day is told by its text (statedDay) */
  stated: boolean;
  /** the main pair, sorted and joined (undatedAlike) */
  core: string;
  /** the persons, sorted and joined (undatedAlike) */
  personKey: string;
  /** date value and range, as one memo key */
  dateKey: string;
  /** identity across runs (incremental merge): the same uid means the same content */
  uid: string;
  /** what gates a pair before scoring */
  gate: Gate;
  /** the blocks the report is compared in (merge.ts, set on first use) */
  blockKeys?: string[];
}

/** What the candidate loop checks before scoring a pair: conditions under which pairScore is surely null. */
export interface Gate {
  /** statusClass of the report, as a number */
  status: number;
  /** day number of a day date, NaN when the date is not a day */
  day: number;
  /** day number of the publication date; NaN when undated (only undated reports need it) */
  published: number;
}
const STATUS_CODE = { real: 0, plan: 1, denied: 2 } as const;
const DAY = 86_400_000;
export function dayNumber(iso: string | null | undefined): number {
  if (!iso || iso.length !== 10) return NaN;
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}
export function gateOf(x: Pick<Item, 'cls' | 'e' | 'published'>): Gate {
  return { status: STATUS_CODE[x.cls], day: dayNumber(x.e.date), published: x.e.date ? NaN : dayNumber(x.published) };
}
/**
 * True when pairScore(a, b) is null for sure, from three numbers (no allocation, no lookup):
 * other status class; two day dates more than 3 days apart (pairScore's widest gap, with one
 * day of margin for rounding); an undated report and publications 7 days apart or more
 * (undatedAlike, one day of margin). NaN never gates.
 */
export function gated(a: Gate, b: Gate): boolean {
  if (a.status !== b.status) return true;
  if (Math.abs(a.day - b.day) > 4) return true;
  return Math.abs(a.published - b.published) > 8;
}

export const NO_WORDS: Set<string> = new Set();
const NO_OCCASIONS: string[] = [];
const NO_SENTENCES: Set<string>[] = [];

const STOP = new Set('the a an and or of to in on at for with by from that this is are was were be been has have had it its as he she they we i you his her their our not but said says will would'.split(' '));

export function contentWords(text: string): Set<string> {
  return new Set(
    normaliseForHash(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** How many words in a row two reports must quote alike to be quoting one remark. */
export const QUOTE_RUN = 5;
/** a quotation, closed or running to the end of the evidence (a quote closing after the sentence's full stop) */
const QUOTE_RE = /“([^“”]+)(?:”|$)|"([^"]+)(?:"|$)/g;

/** Every run of QUOTE_RUN words inside the quotation marks of the texts (lower-case, punctuation dropped). */
export function quotedRuns(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(QUOTE_RE)) {
      const words = normaliseForHash(m[1] ?? m[2] ?? '').split(' ').filter(Boolean);
      for (let i = 0; i + QUOTE_RUN <= words.length; i++) out.add(words.slice(i, i + QUOTE_RUN).join(' '));
    }
  return out;
}

/** An Item for one report of a document (body: the document's text; isPerson: person or group, not a state). */
export function makeItem(
  e: WhatDocEvent,
  doc: { published: string; outlet: string; kind: 'article' | 'transcript'; body: string },
  isPerson: (id: string) => boolean,
  uid: string,
): Item {
  const first = e.evidence[0];
  const persons = e.participants.filter(isPerson);
  const statement = e.type === 'statement';
  const item: Item = {
    e,
    published: e.published ?? doc.published,
    outlet: doc.outlet,
    kind: e.docKind ?? doc.kind,
    key: `${doc.published}|${e.docId}|${String(first.start).padStart(9, '0')}|${e.type}|${e.title}|${e.participants.join(',')}`,
    persons,
    others: e.participants.filter((p) => !isPerson(p)),
    words: statement ? contentWords(e.evidence.map((s) => doc.body.slice(s.start, s.end)).join(' ')) : NO_WORDS,
    quoted: statement ? quotedRuns(e.evidence.map((s) => doc.body.slice(s.start, s.end))) : NO_WORDS,
    occasions: statement ? occasionsOf(e.rules) : NO_OCCASIONS,
    sentenceWords: statement ? e.evidence.map((s) => contentWords(doc.body.slice(s.start, s.end))) : NO_SENTENCES,
    voices: statement ? voicesOf(e, doc.body, isPerson) : NO_OCCASIONS,
    pluperfect: statement && toldInPluperfect(e.trigger, e.evidence.map((s) => doc.body.slice(s.start, s.end))),
    cls: statusClass(e.status),
    stated: statedDay(e),
    core: [...new Set((e.mainParticipants ?? e.participants).slice(0, 2))].sort().join('|'),
    personKey: [...new Set(persons)].sort().join('|'),
    dateKey: `${e.date ?? ''}|${e.dateRange ? `${e.dateRange.from}|${e.dateRange.to}` : ''}`,
    uid,
    gate: { status: 0, day: NaN, published: NaN },
  };
  item.gate = gateOf(item);
  return item;
}

/**
 * A statement's voices: its "Body Press Secretary Name" phrases (merge/body-voice.ts titledVoices) and, for a body's
 * written statement or readout, the persons it tells as speaking (merge/readout-tells-leader.ts toldSpeakers).
 */
function voicesOf(e: WhatDocEvent, body: string, isPerson: (id: string) => boolean): string[] {
  const texts = e.evidence.map((s) => body.slice(s.start, s.end));
  const titled = titledVoices(texts, toldByReadout(e));
  const speaker = e.participants[0];
  if (!speaker) return titled;
  // a body's written statement, or a spokesperson's words (a title naming them in the report: "Cedar House spokesman Vell";
  // or a body's remark given to its spokesperson, who/ body-spokesperson: the bodies the report names kept with it)
  const bodySpoken = isPerson(speaker) && !!e.rules?.some((r) => r.stage === 'participants' && r.rule === EN_SPEAKER.bodySpokesperson.id);
  if (isPerson(speaker) ? !bodySpoken && !titled.some((t) => !t.endsWith('\u0000')) : !occasionsOf(e.rules).includes(WRITTEN_OCCASION)) return titled;
  const told = toldSpeakers(texts);
  if (!told.length) return titled;
  return bodySpoken && !toldByReadout(e) ? [...titled, ...titledVoices(texts, true).filter((v) => v.endsWith('\u0000')), ...told] : [...titled, ...told];
}

/** Whether a remark's verb is told in the pluperfect in one of its sentences ("had said", "had already told"). */
export function toldInPluperfect(trigger: string | undefined, texts: string[]): boolean {
  const verb = (trigger ?? '').trim().split(/\s+/)[0];
  if (!verb || !/^[\p{L}’'-]+$/u.test(verb)) return false;
  const re = new RegExp(`\\b(?:had|'d|’d)\\s+(?:(?:also|already|earlier|previously|once|first|just|repeatedly)\\s+)*${verb}\\b`, 'i');
  return texts.some((t) => re.test(t));
}

/** The comparisons of one run: the place book and actors, with memoised place checks. */
export class Scorer {
  readonly book: PlaceBook;
  /** placesOk's answers by the two labels (the first the smaller): no key joined per pair asked */
  private places = new Map<string, Map<string, boolean>>();
  constructor(
    readonly actors: Map<string, ActorInfo>,
    places: PlaceEntry[],
  ) {
    this.book = placeBook(places);
  }
  placesOk(a: string | null, b: string | null): boolean {
    if (!a || !b) return true;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    let row = this.places.get(lo);
    if (!row) this.places.set(lo, (row = new Map()));
    let v = row.get(hi);
    if (v === undefined) {
      v = placesCompatible(this.book, a, b) || placesAgree(this.book, a, b) !== null; // symmetric (venues-of-one-city, unlocated-place)
      row.set(hi, v);
    }
    return v;
  }
  private countries = new Map<string, string | null>();
  /** the country a location label lies in (one-day-one-country), memoised */
  readonly countryOf = (label: string): string | null => {
    let v = this.countries.get(label);
    if (v === undefined) {
      v = countryOfLabel(this.book, label);
      this.countries.set(label, v);
    }
    return v;
  };
  /** the places of two reports allow one happening: compatible, or two places of one country on one day (one-day-one-country) */
  placesAllow(a: Item, b: Item): boolean {
    return this.placesOk(a.e.location, b.e.location) || oneDayOneCountry(a, b, this.countryOf);
  }
  private names = new Map<string, Set<string>>();
  /** the words of an actor's name and aliases (lower-case): shared by every remark of theirs, so no sign of one remark */
  nameWords(id: string): Set<string> {
    let v = this.names.get(id);
    if (!v) {
      v = speakerNameWords(this.actors, id);
      this.names.set(id, v);
    }
    return v;
  }
  datesOk(a: Item, b: Item): boolean {
    // the same value and range: one span, compatible with itself (a well-formed range)
    if (a.dateKey === b.dateKey && (!a.e.dateRange || a.e.dateRange.from <= a.e.dateRange.to)) return true;
    // (datesCompatible reads each report's value and range, which its dateKey spells: asked once per two keys)
    let row = this.dates.get(a.dateKey);
    if (!row) this.dates.set(a.dateKey, (row = new Map()));
    let v = row.get(b.dateKey);
    if (v === undefined) row.set(b.dateKey, (v = datesCompatible(dateOf(a.e), dateOf(b.e))));
    return v;
  }
  private dates = new Map<string, Map<string, boolean>>();

}

function shareAny(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) return true;
  return false;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const uni = a.size + b.size - inter;
  return uni ? inter / uni : 0;
}

function dateOf(e: WhatDocEvent): { value: string | null; range: { from: string; to: string } | null } {
  return { value: e.date, range: e.dateRange ?? null };
}

/**
 * True when two reports can never be one happening, whatever else is said:
 * other type, plan vs fact, other place, far-apart days, other speaker, other
 * pair of callers. (Too few shared participants is only "not shown alike".)
 */
export function hardConflict(a: Item, b: Item, sc: Scorer): boolean {
  const ea = a.e;
  const eb = b.e;
  if (ea.type !== eb.type || a.cls !== b.cls) return true;
  if ((ea.sequel || eb.sequel) && ea.docId === eb.docId) return true;
  if (!sc.placesAllow(a, b)) return true;
  if (toldBeforeItsDay(a, b)) return true;
  if (ea.date && eb.date && ea.date.length === 10 && eb.date.length === 10 && ea.date !== eb.date) {
    // a bilateral on one stated day and a meeting of other parties on another are two meetings (other-parties-other-day)
    if (otherPartiesOtherDay(a, b)) return true;
    const bothExplicit = (ea.dateSource ?? 'explicit') === 'explicit' && (eb.dateSource ?? 'explicit') === 'explicit';
    // a visit lasts days: its reports may tell the arrival and the talks, even one programme its days in turn (visit-lasts-days)
    const visit = sameVisitor(a, b);
    if (Math.abs(daysBetween(ea.date, eb.date)) > (visit ? VISIT_DAYS : bothExplicit ? 1 : 3)) return true;
    // one report telling two days ("on Sunday … on Monday") tells two happenings
    if (bothExplicit && ea.docId === eb.docId && !visit) return true;
  } else if (!sc.datesOk(a, b)) return true;
  if (ea.type === 'statement' && ea.participants[0] !== eb.participants[0] && !oneVoice(a, b, sc) && !kinOfReadout(a, b, sc)) return true;
  if ((!ea.date || !eb.date) && !undatedAlike(a, b) && !undatedWithin(a, b)) return true;
  if (ea.type === 'call' && a.persons.length >= 2 && b.persons.length >= 2) {
    const ma = (ea.mainParticipants ?? ea.participants).slice(0, 2);
    const mb = (eb.mainParticipants ?? eb.participants).slice(0, 2);
    if (ma.length === 2 && mb.length === 2 && ma.filter((x) => mb.includes(x)).length < 2 && a.persons.filter((p) => b.persons.includes(p)).length < 2) return true;
  }
  return false;
}

/** Reports published this many days apart or more never merge when one of them is undated. */
export const UNDATED_PUBLISHED_WITHIN = 7;

/**
 * An undated report is one happening with another only on strong evidence (MERGE_RULES undated-strong-evidence):
 * same core participants (the main pair, or the same people), compatible places (checked before), and
 * documents published within days of each other. Two rounds of talks of the same people in other cities or
 * months, one of them undated, stay two events.
 */
export function undatedAlike(a: Item, b: Item): boolean {
  if (Math.abs(daysBetween(a.published, b.published)) >= UNDATED_PUBLISHED_WITHIN) return false;
  if (a.core === b.core) return true;
  // one visitor's visit, named alone by one report and with a companion by the other (visit-lasts-days)
  if (sameVisitor(a, b)) return true;
  return a.personKey !== '' && a.personKey === b.personKey;
}

/**
 * Within a cluster, an undated report is no hard conflict with a dated one whose people it all names
 * (MERGE_RULES undated-within-cluster): "the summit was cut short" (both leaders, undated) and "disputed
 * the president's account of the talks with the leader" (one of them, dated) may join the cluster of the
 * dated summit that the undated report itself matched on strong evidence; the pair alone never scores.
 */
export function undatedWithin(a: Item, b: Item): boolean {
  if (Math.abs(daysBetween(a.published, b.published)) >= UNDATED_PUBLISHED_WITHIN) return false;
  const [undated, dated] = a.e.date ? [b, a] : [a, b];
  if (undated.e.date || !dated.e.date || !dated.persons.length) return false;
  return dated.persons.every((p) => undated.persons.includes(p));
}

/**
 * A document cannot report as done what happened after it was published (MERGE_RULES told-before-its-day):
 * a meeting one document reports on the day it is published ("met for the first time on Friday") and a
 * meeting another dates by its text to a later day ("held their summit on Saturday") are two meetings of
 * the same pair on consecutive days, not one told with two days. Statements are left to speaker-day; a visit
 * lasts days. A later report whose day is only its document's publication day ("met today" in a document stamped the
 * next morning) may be a day late: PUBLICATION_DAY_LAG (`lag` false: the rule without that exception, for the trace).
 */
export function toldBeforeItsDay(a: Item, b: Item, lag = true): boolean {
  if (!a.stated || !b.stated || a.e.type === 'statement' || a.e.type === 'visit' || a.cls !== 'real' || b.cls !== 'real') return false;
  // both days stated and different; the later one after the other document was published (a report "is meeting"
  // on the day a document in another time zone is dated still agrees: its own day is the same)
  const after = (x: Item, y: Item) => x.e.date! !== y.e.date && x.e.date! <= x.published && y.e.date! > x.published && !(lag && publicationDayLag(y) && daysBetween(x.e.date!, y.e.date!) === 1);
  return after(a, b) || after(b, a);
}

export const PUBLICATION_DAY_LAG = {
  id: 'publication-day-lag',
  pattern:
    "a report dated to its own document's publication day by no day of its own (\"today\", \"this afternoon\", the day the document's narrative is told), one day after a report of the same happening in a document published the day before",
  effect:
    'told-before-its-day does not keep them apart: a document stamped the next calendar day (another time zone, an overnight edition) tells "today" of the day before; the other rules (days at most one apart, places, people) still decide',
  example: 'Published Tuesday: Alder met Birch in Avalon on Monday. — Published Wednesday (stamped after midnight): Alder and Birch met today in Avalon.',
};

/** PUBLICATION_DAY_LAG: the report's day is its document's publication day, told by no weekday or date of its own (the caller asks the one day). */
export function publicationDayLag(x: Item): boolean {
  if (x.e.date !== x.published) return false;
  const expr = x.e.dateInfo?.expression?.trim();
  return !expr || EN.deicticDay.pattern.test(expr);
}

export const statedDay = (e: WhatDocEvent) => !!e.date && e.date.length === 10 && (e.dateSource ?? 'explicit') !== 'range' && e.dateSource !== 'published';

/**
 * Both on the same day by the text (not estimated from a week or the publication), or one on a day the
 * text states and the other estimated from its publication on a span holding that day (speaker-day: a
 * remark one outlet dates and another reports the next morning without a day).
 */
export function sameStatedDay(a: WhatDocEvent, b: WhatDocEvent): boolean {
  if (statedDay(a) && statedDay(b)) return a.date === b.date;
  const [stated, est] = statedDay(a) ? [a, b] : [b, a];
  if (!statedDay(stated) || est.dateSource !== 'published' || !est.dateRange) return false;
  const day = stated.date!;
  return est.dateRange.from <= day && day <= est.dateRange.to;
}

/** Both dated to one and the same day, however each was dated. */
export function sameDayValue(a: WhatDocEvent, b: WhatDocEvent): boolean {
  return !!a.date && a.date.length === 10 && a.date === b.date;
}

export const SPEAKER_DAY_ARTICLES = {
  id: 'speaker-day-articles',
  pattern: 'two statements of one speaker from two articles (not broadcast transcripts) published within two days, dated to the same day, no occasion telling them apart',
  effect:
    'one statement: an article tells a speaker\'s remark of a day once, in words of its own (a broadcast recounts the day\'s several moments in turn, and two occasions named differently stay two remarks)',
  example: 'Outlet A: "We must live in peace," Alder stated. — Outlet B, the same day: Alder told a joint press conference there was no problem that could not be solved.',
};

/** SPEAKER_DAY_ARTICLES for two statement items of the same speaker (checked by the caller). */
export function speakerDayArticles(a: Pick<Item, 'e' | 'kind' | 'occasions' | 'published'>, b: Pick<Item, 'e' | 'kind' | 'occasions' | 'published'>): boolean {
  if (a.e.docId === b.e.docId || a.kind !== 'article' || b.kind !== 'article') return false;
  if (!sameDayValue(a.e, b.e) || sameOccasion(a, b) === false) return false;
  return Math.abs(daysBetween(a.published, b.published)) <= 2;
}

export const LEAD_DAY_REMARK = {
  id: 'lead-day-remark',
  pattern:
    "two statements of one speaker from two documents published within two days, one of them an article's remark with no day of its own dated by the happening its lead tells (document-lead-day), the two days one apart, no occasion telling them apart",
  effect:
    "one statement: the lead's day is the day of the article's news, not of the remark, and a summit's second day, a page written in another time zone or the morning after tells it a day off; the other document's day is kept when it is the remark's own (merge/build.ts ranks a borrowed day as an estimate); beside a day the other document only estimates from its publication, the lead's day must lie in that estimate's span",
  example: 'Article, lead "Alder and Birch met in Avalon on Tuesday": … Alder said the talks were useful. — Another outlet: Alder told reporters on Monday after the first round of talks that they were useful.',
};

/** The report's day is its article's lead day, borrowed for a remark with no day of its own (events/context-days.ts leadDayForRemarks). */
export function leadDayBorrowed(e: WhatDocEvent): boolean {
  return e.dateSource === 'anchored' && (e.rules ?? []).some((r) => r.stage === 'date' && r.rule === LEAD_DAY_RULE);
}
const LEAD_DAY_RULE = 'document-lead-day';

/** LEAD_DAY_REMARK for two statement items of the same speaker (checked by the caller). */
export function leadDayRemark(a: Pick<Item, 'e' | 'occasions' | 'published'>, b: Pick<Item, 'e' | 'occasions' | 'published'>): boolean {
  if (a.e.docId === b.e.docId || !a.e.date || !b.e.date || a.e.date.length !== 10 || b.e.date.length !== 10) return false;
  const [lead, other] = leadDayBorrowed(a.e) ? [a, b] : leadDayBorrowed(b.e) ? [b, a] : [null, null];
  if (!lead || !other) return false;
  if (Math.abs(daysBetween(a.e.date, b.e.date)) !== 1 || Math.abs(daysBetween(a.published, b.published)) > 2) return false;
  // a day the other document only estimates from its publication is a span: the lead's day must lie in it
  const span = other.e.dateSource === 'published' ? other.e.dateRange : null;
  if (span && !(span.from <= lead.e.date! && lead.e.date! <= span.to)) return false;
  return sameOccasion(a, b) !== false;
}

export const ONE_ARTICLE_SPEAKER_DAY = {
  id: 'one-article-speaker-day',
  pattern: 'two statements of one speaker in one article (not a broadcast transcript), dated to the same day, no occasion telling them apart',
  effect:
    "one statement: an article that quotes a speaker's remark of a day in several places (the lead, a quotation further down, a paraphrase) tells one remark; a broadcast recounts the day's moments in turn, and two occasions named differently stay two remarks",
  example: 'Alder said on Tuesday the border would reopen. … Further down the same article: "We will not wait for Nordvik," Alder added.',
};

/** ONE_ARTICLE_SPEAKER_DAY for two statement items of the same speaker (checked by the caller). */
export function oneArticleSpeakerDay(a: Pick<Item, 'e' | 'kind' | 'occasions'>, b: Pick<Item, 'e' | 'kind' | 'occasions'>): boolean {
  if (a.e.docId !== b.e.docId || a.kind !== 'article' || b.kind !== 'article') return false;
  if (!sameDayValue(a.e, b.e)) return false;
  return occasionsAgree(a, b) && !otherMomentOfTheDay(a.e) && !otherMomentOfTheDay(b.e);
}


/** One occasion shared, or none named by either ("wrote on social media" beside a remark of no named occasion is another moment). */
function occasionsAgree(a: Pick<Item, 'occasions'>, b: Pick<Item, 'occasions'>): boolean {
  const same = sameOccasion(a, b);
  return same === true || (same === null && !a.occasions.length && !b.occasions.length);
}

/**
 * Date rules that tell a remark as one moment of a day among others (ONE_ARTICLE_SPEAKER_DAY leaves them apart): a day
 * taken from another happening or the sentence before ("hours later", "hours after the announcement"), a live blog's day.
 */
const OTHER_MOMENT_DATE_RULES = new Set(['anchored-to-previous-day', 'anchored-to-happening', 'live-blog-day']);
export function otherMomentOfTheDay(e: Pick<WhatDocEvent, 'rules'>): boolean {
  return (e.rules ?? []).some((r) => r.stage === 'date' && OTHER_MOMENT_DATE_RULES.has(r.rule));
}

export const BROADCAST_SUMMARY_DAY = {
  id: 'broadcast-summary-day',
  pattern: "two statements of one speaker from two documents: a broadcast transcript's remark with no day of its own (dated by the airing) and an article's remark dated to that same day, no occasion telling them apart",
  effect:
    "one statement: a broadcast that sums up a speaker's remark of the day (\"Alder says …\") without telling when is retelling the remark an article reports with its day, whatever occasion the article names (the summary names none to tell another); two dated remarks of a broadcast, or a broadcast naming an occasion the article does not share, stay apart",
  example: 'Broadcast, no day: Alder says the border will reopen soon. — Article of the same day: Alder said on Tuesday the crossings would reopen in the spring.',
};

/** BROADCAST_SUMMARY_DAY for two statement items of the same speaker (checked by the caller). */
export function broadcastSummaryDay(a: Pick<Item, 'e' | 'kind' | 'occasions' | 'pluperfect'>, b: Pick<Item, 'e' | 'kind' | 'occasions' | 'pluperfect'>): boolean {
  if (a.e.docId === b.e.docId || !sameDayValue(a.e, b.e)) return false;
  // (a remark the broadcast tells in the pluperfect, "had said before the trip", is an earlier one, not a summary of the day's)
  const summary = (x: Pick<Item, 'e' | 'kind' | 'pluperfect'>) => x.kind === 'transcript' && !x.pluperfect && (x.e.rules ?? []).some((r) => r.stage === 'date' && r.rule === AIRING_DAY_RULE);
  const sum = summary(a) && b.kind === 'article' ? a : summary(b) && a.kind === 'article' ? b : null;
  if (!sum) return false;
  // a summary that names no occasion tells none against the article's (broadcast-summary-names-no-occasion)
  return (occasionsAgree(a, b) || !sum.occasions.length) && !otherMomentOfTheDay(a.e) && !otherMomentOfTheDay(b.e);
}
/** the date rule of a remark dated only by its document's publication (events/to-event.ts) */
const AIRING_DAY_RULE = 'publication-day-estimated';

/**
 * BODY_VOICE (merge/body-voice.ts) for two statements of other speakers: one an organisation, the other a person speaking
 * for it; one day (sameDayValue, or sameStatedDay); one document or publications within two days; no occasion told apart.
 */
export function bodyVoice(a: Pick<Item, 'e' | 'voices' | 'occasions' | 'published'>, b: Pick<Item, 'e' | 'voices' | 'occasions' | 'published'>, sc: Pick<Scorer, 'actors'>): boolean {
  if (!oneVoice(a, b, sc)) return false;
  if (!sameDayValue(a.e, b.e) && !sameStatedDay(a.e, b.e)) return false;
  if (a.e.docId !== b.e.docId && Math.abs(daysBetween(a.published, b.published)) > 2) return false;
  return sameOccasion(a, b) !== false;
}

/** Whether a report's speaker was given it by a readout of a body of their own nation (events/statements.ts). */
export const toldByReadout = (e: WhatDocEvent) => (e.rules ?? []).some((r) => r.stage === 'participants' && r.rule === EN_SPEAKER.readoutOfLeader.id);

/**
 * Two statements of other speakers that speak with one voice (merge/body-voice.ts speaksFor): an organisation and a person
 * speaking for it (a spokesperson), or a leader whose remark a readout of that organisation tells.
 */
export function oneVoice(a: Pick<Item, 'e' | 'voices'>, b: Pick<Item, 'e' | 'voices'>, sc: Pick<Scorer, 'actors'>): boolean {
  const sa = a.e.participants[0];
  const sb = b.e.participants[0];
  if (a.e.type !== 'statement' || b.e.type !== 'statement' || !sa || !sb || sa === sb) return false;
  const [person, body] = sc.actors.get(sa)?.kind === 'person' ? [a, b] : [b, a];
  const p = sc.actors.get(person.e.participants[0]);
  const o = sc.actors.get(body.e.participants[0]);
  if (speaksFor(p, o, person.voices, toldByReadout(person.e))) return true;
  // … or a body's readout or a spokesperson telling the other, of their nation, as speaking (merge/readout-tells-leader.ts)
  return tellsLeader(sc.actors, o, p, body.voices) || tellsLeader(sc.actors, p, o, person.voices);
}

/** A body's readout or a spokesperson and a person of their nation (merge/readout-tells-leader.ts readoutKin): not kept apart by their speakers alone. */
function kinOfReadout(a: Pick<Item, 'e' | 'occasions' | 'voices'>, b: Pick<Item, 'e' | 'occasions' | 'voices'>, sc: Pick<Scorer, 'actors'>): boolean {
  const sa = sc.actors.get(a.e.participants[0]);
  const sb = sc.actors.get(b.e.participants[0]);
  return readoutKin(sc.actors, sb, sa, b.voices, b.occasions) || readoutKin(sc.actors, sa, sb, a.voices, a.occasions);
}

/** null when the two reports cannot be the same happening; else how alike they are. */
export function pairScore(a: Item, b: Item, sc: Scorer): number | null {
  const ea = a.e;
  const eb = b.e;
  if (ea.type !== eb.type) return null;
  if (a.cls !== b.cls) return null;
  if ((ea.sequel || eb.sequel) && ea.docId === eb.docId) return null;
  // statements of two speakers only when they speak with one voice (body-voice), checked first: they meet in its blocks
  if (ea.type === 'statement' && ea.participants[0] !== eb.participants[0] && !oneVoice(a, b, sc)) return null;
  if (!sc.placesAllow(a, b)) return null;
  if (toldBeforeItsDay(a, b)) return null;
  // dates
  let score = 0;
  if (ea.date && eb.date && ea.date.length === 10 && eb.date.length === 10 && ea.date !== eb.date) {
    if (otherPartiesOtherDay(a, b)) return null;
    const gap = Math.abs(daysBetween(ea.date, eb.date));
    const bothExplicit = (ea.dateSource ?? 'explicit') === 'explicit' && (eb.dateSource ?? 'explicit') === 'explicit';
    const visit = sameVisitor(a, b);
    if (gap > (visit ? VISIT_DAYS : bothExplicit ? 1 : 3)) return null;
    if (bothExplicit && ea.docId === eb.docId && !visit) return null;
    score -= gap;
  } else if (!sc.datesOk(a, b)) return null;
  else if (ea.date && ea.date === eb.date) score += 2;
  // an undated report is the same happening only on strong evidence
  if ((!ea.date || !eb.date) && !undatedAlike(a, b)) return null;

  if (ea.type === 'statement') {
    const sim = jaccard(a.words, b.words);
    if (ea.participants[0] !== eb.participants[0]) {
      // a body and a person speaking with one voice: one day (body-voice), else as one speaker's remarks
      if (!oneVoice(a, b, sc)) return null;
      if (bodyVoice(a, b, sc)) return score + 3 + sim * 4;
    }
    // the same words quoted by two documents are one remark (shared-quotation), whatever else each tells of it
    if (ea.docId !== eb.docId && a.quoted.size && b.quoted.size && shareAny(a.quoted, b.quoted)) return score + 4 + Math.max(sim * 4, 1);
    // one speaker's remarks on one occasion (a press conference, a written statement, a post …) told by two documents on
    // days that agree are one statement (same-occasion), whatever words each chose
    if (ea.docId !== eb.docId && sameOccasion(a, b) === true) return score + 4 + Math.max(sim * 4, 1);
    // one remark of a speaker on a stated day, reported by several documents, is one statement (speaker-day)
    // … told by other documents in other words: some shared words, the same answered party, or one sentence of each alike
    // (sentence-pair: the closest sentences, the speaker's name left out)
    // one speaker's remark on one day told by two articles published within two days, no occasion against it (speaker-day-articles)
    if (speakerDayArticles(a, b)) return score + 3 + sim * 4;
    // one speaker's remark dated by one article's lead, a day from another document's day for it (lead-day-remark)
    if (leadDayRemark(a, b)) return score + 3 + sim * 4;
    // one speaker's remark dated by two documents' narratives or leads a day apart, the pages of one day or its words alike (borrowed-day-remark)
    if (borrowedDayRemark(a, b, () => toldAlike(a, b, sim, sc.nameWords(ea.participants[0])))) return score + 3 + sim * 4;
    // one speaker's remark with no day beside another document's borrowed day inside its span (estimate-holds-borrowed)
    if (estimateHoldsBorrowed(a, b)) return score + 3 + sim * 4;
    // one speaker's remarks of one day told in several places of one article (one-article-speaker-day)
    if (oneArticleSpeakerDay(a, b)) return score + 3 + sim * 4;
    // … and a remark with no occasion nor day of its own beside one naming its occasion (one-article-borrowed-day-remark)
    if (oneArticleBorrowedDay(a, b, otherMomentOfTheDay)) return score + 3 + sim * 4;
    // a broadcast's undated summary of a speaker's remark and an article's report of it with its day (broadcast-summary-day)
    if (broadcastSummaryDay(a, b)) return score + 3 + sim * 4;
    if (sim < 0.25 && !(ea.docId !== eb.docId && sameStatedDay(ea, eb) && toldAlike(a, b, sim, sc.nameWords(ea.participants[0])))) return null;
    return score + 4 + sim * 4;
  }

  const actors = sc.actors;
  const sharedPersons = a.persons.filter((p) => b.persons.includes(p)).length;
  if (a.persons.length && b.persons.length) {
    const need = Math.min(2, a.persons.length, b.persons.length);
    if (sharedPersons < need) return null;
    // a call is between its two main parties: different pairs are different calls
    if (ea.type === 'call' || ea.type === 'visit') {
      const ma = (ea.mainParticipants ?? ea.participants).slice(0, 2);
      const mb = (eb.mainParticipants ?? eb.participants).slice(0, 2);
      // … but a visitor named with a companion ("Alder, accompanied by Birch") makes the same visit (visit-lasts-days)
      if (ma.length === 2 && mb.length === 2 && ma.filter((x) => mb.includes(x)).length < 2 && sharedPersons < 2 && !sameVisitor(a, b)) return null;
    }
    score += sharedPersons * 3;
  } else if (a.persons.length || b.persons.length) {
    // countries/organisations stand for their people
    const people = a.persons.length ? a : b;
    const states = a.persons.length ? b : a;
    if (!states.others.length) {
      // no participants at all: only with the same day and place
      if (!(ea.date && ea.date === eb.date && ea.date.length === 10 && ea.location && eb.location)) return null;
      return score + 1;
    }
    const affs = new Set(people.persons.map((p) => actors.get(p)?.affiliation ?? '').filter(Boolean));
    const stateAffs = states.others.map((o) => actors.get(o)?.affiliation ?? o);
    const hit = stateAffs.filter((x) => affs.has(x)).length;
    if (hit < Math.min(2, stateAffs.length)) return null;
    if (!(ea.date && eb.date && ea.date === eb.date)) return null;
    score += hit;
  } else {
    const shared = a.others.filter((p) => b.others.includes(p)).length;
    if (!shared && (a.others.length || b.others.length)) return null;
    // countries only: talks of A with B and of A with C are different rounds
    if (a.others.length >= 2 && b.others.length >= 2 && shared < Math.min(2, a.others.length, b.others.length)) return null;
    if (!shared && !(ea.date && ea.date === eb.date && ea.date.length === 10)) return null;
    score += shared * 2;
  }
  if (ea.location && eb.location) score += 1;
  return score;
}

/**
 * Two statements told in some words alike (speaker-day's evidence across documents): some shared content words (`sim`, their
 * Jaccard), the same answered party, or one sentence of each alike (sentence-pair; `nameWords`: the speaker's, left out).
 */
function toldAlike(a: Pick<Item, 'e' | 'sentenceWords'>, b: Pick<Item, 'e' | 'sentenceWords'>, sim: number, nameWords: Set<string>): boolean {
  return sim >= 0.12 || a.e.respondsTo.some((r) => b.e.respondsTo.includes(r)) || sentencePairSim(a, b, nameWords) >= SENTENCE_PAIR_SIM;
}

/**
 * Whether two statements were made on the same occasion (MERGE_RULES same-occasion): true when they share one of the
 * occasions their texts name, false when both name occasions and none is shared, null when either names none.
 */
export function sameOccasion(a: Pick<Item, 'occasions'>, b: Pick<Item, 'occasions'>): boolean | null {
  if (!a.occasions.length || !b.occasions.length) return null;
  return a.occasions.some((o) => b.occasions.includes(o));
}

/** How alike two statements' closest sentences are (sentence-pair): one remark told in one sentence by each document. */
export const SENTENCE_PAIR_SIM = 0.15;

/**
 * The highest word overlap (Jaccard) of one evidence sentence of a with one of b, the speaker's own name words left out:
 * a remark one document tells in one sentence among several of the speaker's, another in one sentence of its own.
 */
export function sentencePairSim(a: Pick<Item, 'sentenceWords'>, b: Pick<Item, 'sentenceWords'>, skip: Set<string>): number {
  let best = 0;
  for (const x of a.sentenceWords) {
    let nx = 0;
    for (const w of x) if (!skip.has(w)) nx++;
    for (const y of b.sentenceWords) {
      let inter = 0;
      let ny = 0;
      for (const w of y) if (!skip.has(w)) {
        ny++;
        if (x.has(w)) inter++;
      }
      const uni = nx + ny - inter;
      if (uni && inter / uni > best) best = inter / uni;
    }
  }
  return best;
}

/**
 * The statement merge rules behind a cluster of statements from several documents (for merge/build.ts mergeReasons):
 * 'same-occasion' when two documents' reports share an occasion, 'sentence-pair' when two documents' closest sentences are
 * alike (SENTENCE_PAIR_SIM), 'lead-day-remark' when one document's day is its lead's and the other's a day from it, each once. `nameWords`: the speaker's name words (Scorer.nameWords).
 */
export function statementMergeRules(items: Pick<Item, 'e' | 'occasions' | 'sentenceWords'>[], nameWords: Set<string>): string[] {
  const out: string[] = [];
  const cross = (f: (a: (typeof items)[number], b: (typeof items)[number]) => boolean) =>
    items.some((a, i) => items.some((b, j) => j > i && a.e.docId !== b.e.docId && f(a, b)));
  if (cross((a, b) => sameOccasion(a, b) === true)) out.push('same-occasion');
  if (cross((a, b) => sameOccasion(a, b) !== true && speakerDayArticles(a as Item, b as Item))) out.push(SPEAKER_DAY_ARTICLES.id);
  if (cross((a, b) => leadDayRemark(a as Item, b as Item))) out.push(LEAD_DAY_REMARK.id);
  if (cross((a, b) => !leadDayRemark(a as Item, b as Item) && borrowedDayRemark(a as Item, b as Item, () => toldAlike(a, b, jaccard((a as Item).words, (b as Item).words), nameWords)))) out.push(BORROWED_DAY_REMARK.id);
  if (cross((a, b) => estimateHoldsBorrowed(a as Item, b as Item))) out.push(ESTIMATE_HOLDS_BORROWED.id);
  if (cross((a, b) => sentencePairSim(a, b, nameWords) >= SENTENCE_PAIR_SIM)) out.push('sentence-pair');
  if (items.some((a, i) => items.some((b, j) => j > i && oneArticleSpeakerDay(a as Item, b as Item)))) out.push(ONE_ARTICLE_SPEAKER_DAY.id);
  if (items.some((a, i) => items.some((b, j) => j > i && oneArticleBorrowedDay(a as Item, b as Item, otherMomentOfTheDay)))) out.push(ONE_ARTICLE_BORROWED_DAY.id);
  if (cross((a, b) => broadcastSummaryDay(a as Item, b as Item))) out.push(BROADCAST_SUMMARY_DAY.id);
  return out;
}

/** The words of an actor's name, aliases and surface forms (lower-case content words); none for an unknown id. */
export function speakerNameWords(actors: Map<string, ActorInfo>, id: string): Set<string> {
  const a = actors.get(id);
  return a ? contentWords([a.name, ...a.aliases, ...a.surfaceForms].join(' ')) : NO_WORDS;
}
