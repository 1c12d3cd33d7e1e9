/**
 * Word lists for the sentence splitter: general English abbreviations and
 * clause starters (no names of people or places).
 */

/** Titles and honorifics: a period after them never ends a sentence ("Gen. Smith"). */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'rev', 'fr', 'hon', 'amb', 'supt', 'insp', 'det', 'gens', 'st', 'ste', 'mt', 'ft',
  'atty', 'sec', 'secy', 'treas', 'dept', 'mme', 'mlle', 'sr', 'jr', 'esq', 'vs', 'v', 'cf', 'approx', 'est', 'ca', 'fig', 'vol', 'pp',
  'ave', 'blvd', 'rd', 'inc', 'corp', 'co', 'ltd', 'bros', 'assn', 'univ', 'govt',
]);

/** Month abbreviations: "Feb. 17" is not a sentence end. */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Weekday abbreviations: "Tue. Feb. 18" is not a sentence end (only before a month or a number: "he sat. Then…" is). */
export const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Abbreviations followed by a number: "No. 5", "Art. 5", "p. 12". */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'p', 'para', 'sec', 'ch', 'vol', 'fig', 'op', 'ed', 'pt', 'nr']);

/** Dotted abbreviations that can also end a sentence ("… in the U.S. The …"). */
export const DOTTED_ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'd.c', 'a.m', 'p.m', 'etc', 'n.y', 'l.a', 'b.c', 'a.d', 'ph.d', 'u.a.e', 's.a',
]);

/** Abbreviations after which a sentence never ends. */
export const NEVER_FINAL = new Set(['e.g', 'i.e', 'viz', 'cf', 'vs', 'approx', 'incl', 'esp']);

/** Capitalised words that commonly open a sentence: after "U.S." they signal a new sentence. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'to',
  'this', 'that', 'these', 'those', 'there', 'here', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'what', 'when', 'where',
  'why', 'how', 'who', 'which', 'while', 'after', 'before', 'meanwhile', 'however', 'although', 'though', 'as', 'if', 'since',
  'according', 'last', 'earlier', 'later', 'then', 'now', 'yes', 'no', 'not', 'both', 'many', 'some', 'most', 'all', 'each',
  'officials', 'under', 'with', 'without', 'despite', 'during', 'among', 'asked', 'speaking', 'still', 'also', 'instead',
  'separately', 'further', 'moreover', 'one', 'two', 'three', 'other', 'another', 'such', 'because', 'until', 'once', 'well',
  'yeah', 'okay', 'ok', 'um', 'uh', 'so', 'let', "let's", "it's", "there's", "that's", "i'm", "we're", "they're", "he's", "she's",
]);

/** Lower-case words that open a clause: in a transcript ". is the first…" still ends a sentence. */
export const CLAUSE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'is', 'are', 'was',
  'were', 'so', 'but', 'and', 'well', 'yeah', 'yes', 'no', 'okay', 'um', 'uh', 'what', 'how', 'why', 'who', 'when', 'where',
  'now', 'then', 'let', "let's", "it's", "that's", "there's", "i'm", "we're", "they're", "he's", "she's", "i've", "we've",
  "don't", 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'our', 'my', 'his', 'her', 'their', 'its', 'of', 'thank', 'thanks',
  'joining', 'meanwhile', 'however', 'also', 'in', 'on', 'at', 'for', 'if', 'as', 'after', 'before',
]);

/** Short words that are whole words: a line ending in one of these was not cut mid-word. */
export const SHORT_WORDS = new Set([
  'a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok', 'on', 'or',
  'so', 'to', 'up', 'us', 'we', 'am', 'um', 'uh', 'eu', 'un', 'uk', 'tv', 'vs', 'ad', 'pm', 'mr', 'ms', 'dr', 'st', 'jr', 'sr',
]);
