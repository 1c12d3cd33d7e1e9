/**
 * A country's or a body's name used as no actor: a word that modifies another noun ("Avalon time", "the Nordvik
 * alliance"), the first words of a longer name ("the Nordvik Union Council", "Georgia Alder"), a conjunct of a
 * place ("in Alder and Birch"), a destination ("bound for Avalon"), an office's complement ("president of the
 * Nordvik Council"). The document never treats it as a party there: the mention is kept for the events stage but
 * gives the actor no surface (Mention.placeOnly, like COUNTRY_AS_PLACE_ONLY of who/countries.ts). Read from the
 * words around the name and their part-of-speech tags (text/pos.ts), asked only when a lower-case word follows.
 */
import { tagSentence } from '../text/pos';
import { DAY_MONTH, ROLE_WORDS, fold } from './text';

export interface ModifierRule {
  id: string;
  pattern: string;
  effect: string;
  example: string;
  /** which actors' names the row reads */
  kinds: ('country' | 'organization' | 'group')[];
}

const BODY: ModifierRule['kinds'] = ['country', 'organization', 'group'];

export const NAME_AS_MODIFIER_RULES: ModifierRule[] = [
  {
    id: 'name-before-noun',
    pattern: 'the name right before a common noun that ends its noun phrase (tagged NOUN; a plural one only before punctuation, a particle, an auxiliary, a verb or a conjunction)',
    effect: 'a modifier of the noun, no actor there',
    example: 'The talks open at nine, Avalon time, and the Nordvik alliance meets later.',
    kinds: BODY,
  },
  {
    id: 'name-inside-longer-name',
    pattern: 'the name right before another capitalised word (no day or month) in the sentence: the first words of a longer name',
    effect: 'part of another name (a council, a person), no actor there',
    example: 'The Nordvik Security Council met; Georgia Alder spoke.',
    kinds: BODY,
  },
  {
    id: 'name-possessive-before-name',
    pattern: 'the name with a possessive before a capitalised word that is no title',
    effect: 'the owner of what the next name names, no actor there',
    example: "Avalon's Cultural Heritage was shown.",
    kinds: BODY,
  },
  {
    id: 'name-conjunct-of-place',
    pattern: 'after a locative preposition and capitalised names joined by commas, then "and" or "or"',
    effect: 'one more place of the list, no actor there',
    example: 'Soldiers served in Alder and Avalon.',
    kinds: BODY,
  },
  {
    id: 'name-as-destination',
    pattern: 'after a verb of leaving or travelling and "for" ("bound for", "left for", "headed for")',
    effect: 'a destination, no actor there',
    example: 'The envoy then left for Avalon.',
    kinds: ['country'],
  },
  {
    id: 'body-complement-of-office',
    pattern: 'a body\'s name after a title and "of" ("president of the …", "chairman of …")',
    effect: 'the office\'s body, named for the title: no actor there',
    example: 'Mara Quist, president of the Nordvik Council, arrived.',
    kinds: ['organization', 'group'],
  },
  {
    id: 'body-as-venue',
    pattern: 'a body\'s name after "in", "at", "inside" or "within" (with or without "the")',
    effect: 'a venue, no actor there',
    example: 'Tomas Vell spoke at the Nordvik Union.',
    kinds: ['organization', 'group'],
  },
];

const ruleOf = (id: string) => NAME_AS_MODIFIER_RULES.find((r) => r.id === id)!;

/** words after the name that open a clause or a phrase, not a noun it modifies (no tagging needed for them) */
const CLOSED_AFTER = /^\s+(?:and|or|but|nor|is|was|are|were|has|had|have|will|would|shall|should|can|could|may|might|must|does|did|do|to|in|on|at|of|for|with|from|by|as|that|which|who|said|says|say|also|not|too|itself|the|a|an)\b/u;
const CAP_NEXT = /^[ \t]+(\p{Lu}[\p{L}\p{M}.'’-]*)/u;
const POSSESSIVE_CAP = /^['’]s\s+(\p{Lu}[\p{L}\p{M}'’-]*)/u;
const LOWER_NEXT = /^[ \t]+\p{Ll}/u;
const CONJUNCT = /(?:^|[^\p{L}])(?:in|into|from|across|throughout|inside|within|near|around|through)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*\s*,\s*)*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*\s*,?\s+(?:and|or)\s+(?:the\s+)?$/u;
const DESTINATION = /(?:^|[^\p{L}])(?:bound|head(?:ed|ing|s)?|le(?:ave|aves|aving|ft)|depart(?:ed|ing|s)?|set\s+off|sail(?:ed|ing|s)?|fl(?:y|ies|ew|ying))\s+for\s+(?:the\s+)?$/iu;
const VENUE = /(?:^|[^\p{L}])(?:in|at|inside|within)\s+(?:the\s+)?$/iu;
const OFFICE_OF = /(?:^|[^\p{L}])([\p{L}-]+)\s+of\s+(?:the\s+)?$/u;
/** three words (with their punctuation) after the name */
const WINDOW_AFTER = /^(?:[^\p{L}\p{N}]*[\p{L}\p{N}'’-]+){1,3}[^\p{L}\p{N}\s]*/u;
const NOUN_PHRASE_END = new Set(['PUNCT', 'PART', 'AUX', 'VERB', 'CCONJ', 'SCONJ', 'PRON', 'ADV']);

/**
 * The row (its id) by which the name at [start, end) of sentence `text`, the name of an actor of `kind`, is no actor
 * there, or null when it may be one.
 */
export function nameAsModifier(text: string, start: number, end: number, kind: string): string | null {
  return nameAsModifierByWords(text, start, end, kind) ?? (asksTags(text, end, kind) && beforeNoun(text, end) ? 'name-before-noun' : null);
}

/** nameAsModifier's rows read from the words alone (no tagging): the row's id, or null */
export function nameAsModifierByWords(text: string, start: number, end: number, kind: string): string | null {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const applies = (id: string) => (ruleOf(id).kinds as string[]).includes(kind);
  if (applies('body-as-venue') && VENUE.test(before)) return 'body-as-venue';
  if (applies('body-complement-of-office')) {
    const o = OFFICE_OF.exec(before);
    if (o && ROLE_WORDS.has(fold(o[1]))) return 'body-complement-of-office';
  }
  if (applies('name-as-destination') && DESTINATION.test(before)) return 'name-as-destination';
  if (applies('name-conjunct-of-place') && CONJUNCT.test(before)) return 'name-conjunct-of-place';
  const poss = POSSESSIVE_CAP.exec(after);
  if (poss && applies('name-possessive-before-name') && !ROLE_WORDS.has(fold(poss[1]))) return 'name-possessive-before-name';
  const cap = CAP_NEXT.exec(after);
  if (cap && applies('name-inside-longer-name') && !DAY_MONTH.has(fold(cap[1].replace(/\.$/, '')))) return 'name-inside-longer-name';
  return null;
}

/** Whether name-before-noun must ask the tags: a lower-case word that opens no clause or phrase follows the name. */
export function asksTags(text: string, end: number, kind: string): boolean {
  const after = text.slice(end);
  return (ruleOf('name-before-noun').kinds as string[]).includes(kind) && LOWER_NEXT.test(after) && !CLOSED_AFTER.test(after);
}

/** name-before-noun for the name ending at `end` (the tags asked). */
export function nameBeforeNoun(text: string, end: number): boolean {
  return beforeNoun(text, end);
}

/** The word after `end` is a common noun that ends a noun phrase the name modifies (tagged; a plural only where the phrase plainly ends). */
function beforeNoun(text: string, end: number): boolean {
  // the tags of a window: the name's word and the three words after it (a whole sentence costs many times more, and the
  // name's own noun phrase and what follows it are what the row reads)
  const from = Math.max(0, text.lastIndexOf(' ', end - 1) + 1);
  const to = WINDOW_AFTER.exec(text.slice(end))?.[0].length ?? text.length - end;
  const tokens = tagSentence(text.slice(from, end + to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  const i = tokens.findIndex((t) => t.start >= end);
  if (i < 1) return false;
  const name = tokens[i - 1];
  if (name.pos !== 'PROPN' && name.pos !== 'NOUN') return false;
  const noun = tokens[i];
  if (noun.pos !== 'NOUN') return false;
  // "Nordvik signs deal": a verb in -s is tagged a noun as often; a plural noun only before what cannot continue it
  if (/s$/i.test(noun.text)) {
    const next = tokens[i + 1];
    return !next || NOUN_PHRASE_END.has(next.pos);
  }
  return true;
}
