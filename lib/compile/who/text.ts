/**
 * General linguistic knowledge for the "who" stage: tokens, capitals, common
 * English words, nationality words, role words, speech verbs. No names of
 * particular people or places live here (those belong in data/*.yaml).
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { memberCodeOf } from '../places/gazetteer';

export interface Token {
  /** the word as written */
  text: string;
  /** lower-case, diacritics removed */
  low: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\d+/gu;

/** Words (letters, inner hyphens) and numbers with their offsets in `text`. Apostrophes split tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], low: fold(m[0]), start, end: start + m[0].length });
  }
  return out;
}

/** lower-case and strip diacritics (Kovač → kovac); keeps the length stable for ASCII letters only. */
export function fold(s: string): string {
  // ASCII (most words): lower case, no memo (hashing the word into a map costs more than lower-casing it)
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return foldWide(s);
  return s.toLowerCase();
}

/** fold of a non-ASCII text, not memoised (a whole text, which no memo should hold: mentions.ts mayHoldTokens): marks off, lower case */
export function foldMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** non-ASCII words, memoised (a worker's vocabulary of them is far below the limit) */
const foldCache = new Map<string, string>();
function foldWide(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldMarks(s);
    if (foldCache.size >= 200_000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

/** Same-length copy of a sentence for matching: curly quotes straightened, doubled punctuation blanked. */
export function matchText(s: string): string {
  return s
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/([,;.?!])\1+/g, (m) => m[0] + ' '.repeat(m.length - 1))
    .replace(/[\r\n\t]/g, ' ');
}

export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => w.length > 1 && /^[\p{Lu}\d-]+$/u.test(w);
export const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{M}\d]/u.test(c);

/** True when text[start,end) stands as whole word(s): no letter glued before or after (a possessive 's is fine). */
export function atWordBoundary(text: string, start: number, end: number): boolean {
  if (isLetter(text[start - 1])) return false;
  if (!isLetter(text[end])) return true;
  return false;
}

// ---------- nations ----------

/** Nationality adjectives, country words and their possessives → ISO-like code. */
const NATION_TABLE: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'American', 'America', 'United States', 'Americans'],
  RU: ['Russian', 'Russia', 'Russians'],
  UA: ['Ukrainian', 'Ukraine', 'Ukrainians'],
  SA: ['Saudi', 'Saudi Arabia', 'Saudis'],
  GB: ['British', 'UK', 'U.K.', 'Britain', 'United Kingdom', 'English'],
  FR: ['French', 'France'],
  DE: ['German', 'Germany', 'Germans'],
  CN: ['Chinese', 'China'],
  PL: ['Polish', 'Poland'],
  TR: ['Turkish', 'Turkey', 'Türkiye'],
  IL: ['Israeli', 'Israel'],
  IR: ['Iranian', 'Iran'],
  IN: ['Indian', 'India'],
  IT: ['Italian', 'Italy'],
  ES: ['Spanish', 'Spain'],
  JP: ['Japanese', 'Japan'],
  CA: ['Canadian', 'Canada'],
  SE: ['Swedish', 'Sweden'],
  FI: ['Finnish', 'Finland'],
  NO: ['Norwegian', 'Norway'],
  DK: ['Danish', 'Denmark'],
  NL: ['Dutch', 'Netherlands'],
  BE: ['Belgian', 'Belgium'],
  CH: ['Swiss', 'Switzerland'],
  AT: ['Austrian', 'Austria'],
  HU: ['Hungarian', 'Hungary'],
  RO: ['Romanian', 'Romania'],
  BY: ['Belarusian', 'Belarus'],
  QA: ['Qatari', 'Qatar'],
  AE: ['Emirati', 'UAE', 'United Arab Emirates'],
  EG: ['Egyptian', 'Egypt'],
  KP: ['North Korean', 'North Korea'],
  KR: ['South Korean', 'South Korea'],
  EU: ['European', 'EU'],
  HR: ['Croatian', 'Croatia'],
  RS: ['Serbian', 'Serbia'],
  GE: ['Georgian'],
  AZ: ['Azerbaijani', 'Azerbaijan'],
  AM: ['Armenian', 'Armenia'],
  KZ: ['Kazakh', 'Kazakhstan'],
  SY: ['Syrian', 'Syria'],
  IQ: ['Iraqi', 'Iraq'],
  PS: ['Palestinian'],
  BR: ['Brazilian', 'Brazil'],
  MX: ['Mexican', 'Mexico'],
  VA: ['Vatican'],
  KG: ['Kyrgyz', 'Kyrgyzstan'],
  UZ: ['Uzbek', 'Uzbekistan'],
  TJ: ['Tajik', 'Tajikistan'],
  TM: ['Turkmen', 'Turkmenistan'],
  ID: ['Indonesian', 'Indonesia'],
  VN: ['Vietnamese', 'Vietnam'],
  SD: ['Sudanese', 'Sudan'],
  MD: ['Moldovan', 'Moldova'],
  LT: ['Lithuanian', 'Lithuania'],
  LV: ['Latvian', 'Latvia'],
  EE: ['Estonian', 'Estonia'],
  CZ: ['Czech', 'Czechia'],
  SK: ['Slovak', 'Slovakia'],
  SI: ['Slovenian', 'Slovenia'],
  BG: ['Bulgarian', 'Bulgaria'],
  GR: ['Greek', 'Greece'],
  PT: ['Portuguese', 'Portugal'],
  IE: ['Irish', 'Ireland'],
  AU: ['Australian', 'Australia'],
  NZ: ['New Zealand'],
  PK: ['Pakistani', 'Pakistan'],
  AF: ['Afghan', 'Afghanistan'],
  JO: ['Jordanian', 'Jordan'],
  LB: ['Lebanese', 'Lebanon'],
  OM: ['Omani', 'Oman'],
  KW: ['Kuwaiti', 'Kuwait'],
  BH: ['Bahraini', 'Bahrain'],
  YE: ['Yemeni', 'Yemen'],
  LY: ['Libyan', 'Libya'],
  TN: ['Tunisian', 'Tunisia'],
  DZ: ['Algerian', 'Algeria'],
  MA: ['Moroccan', 'Morocco'],
  NG: ['Nigerian', 'Nigeria'],
  KE: ['Kenyan', 'Kenya'],
  ET: ['Ethiopian', 'Ethiopia'],
  ZA: ['South African', 'South Africa'],
  AR: ['Argentine', 'Argentinian', 'Argentina'],
  CL: ['Chilean', 'Chile'],
  CO: ['Colombian', 'Colombia'],
  VE: ['Venezuelan', 'Venezuela'],
  CU: ['Cuban', 'Cuba'],
  TH: ['Thai', 'Thailand'],
  MY: ['Malaysian', 'Malaysia'],
  PH: ['Filipino', 'Philippine', 'Philippines'],
  SG: ['Singaporean', 'Singapore'],
  BD: ['Bangladeshi', 'Bangladesh'],
  LK: ['Sri Lankan', 'Sri Lanka'],
  MN: ['Mongolian', 'Mongolia'],
  BA: ['Bosnian', 'Bosnia'],
  AL: ['Albanian', 'Albania'],
  ME: ['Montenegrin', 'Montenegro'],
  MK: ['Macedonian', 'North Macedonia'],
  IS: ['Icelandic', 'Iceland'],
  LU: ['Luxembourgish', 'Luxembourg'],
  CY: ['Cypriot', 'Cyprus'],
  MT: ['Maltese', 'Malta'],
  PE: ['Peruvian', 'Peru'],
};

const NATION_BY_WORD = new Map<string, string>();
for (const [code, words] of Object.entries(NATION_TABLE)) for (const w of words) NATION_BY_WORD.set(w.toLowerCase(), code);

/** "Russian" / "Russia" / "russia's" → RU; null when not a nation word. Memoised by the word as written (a pure function of it). */
export function nationCode(word: string): string | null {
  let c = nationMemo.get(word);
  if (c === undefined) {
    if (nationMemo.size >= 200_000) nationMemo.clear();
    nationMemo.set(word, (c = nationCodeOf(word)));
  }
  return c;
}
const nationMemo = new Map<string, string | null>();

/**
 * Lets go of the words' memos (fold, nationCode, the gazetteer's nations, isCommonWord): pure functions of the word,
 * so the answers after are the same. A worker calls it when its who passes are done (the events stage starts).
 */
export function clearWordMemos(): void {
  foldCache.clear();
  nationMemo.clear();
  gazNation.clear();
  commonMemo.clear();
}

/** nationCode's definition (tests compare the memo with it) */
export function nationCodeOf(word: string): string | null {
  const w = word.toLowerCase().replace(/'s$/, '');
  const own = NATION_BY_WORD.get(w);
  if (own !== undefined) return own;
  // any other UN member state by its name or demonym (world-countries): "Slovene", "Malian", "Paraguay"
  if (!/^\p{Lu}/u.test(word) || w.length < 4) return null;
  // memoised by the word as written (its answer depends on the spelling: "CHAD" is no first name, "Chad" may be),
  // so that it does not depend on which spelling a worker met first
  let c = gazNation.get(word);
  if (c === undefined) {
    c = memberCodeOf(word, isFirstNameWord);
    gazNation.set(word, c);
  }
  return c;
}
const gazNation = new Map<string, string | null>();

/** Every way of writing a nation before a role: Russian, Russia's, … */
export function nationForms(code: string): string[] {
  const words = NATION_TABLE[code] ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (/s$/.test(w) && !/ss$/.test(w) && w !== 'Swiss' && !/States$/.test(w) && w !== 'Netherlands') continue; // plurals
    out.push(w);
    if (!/(ian|ish|ese|ch|ss|i)$/.test(w) || /^(Saudi)$/.test(w)) out.push(`${w}'s`);
  }
  return [...new Set(out)];
}

/** Country (noun) form for "president of X". */
export function nationNoun(code: string): string | null {
  const words = NATION_TABLE[code] ?? [];
  return words.find((w) => !/(ian|ish|ese|ch|i)$/.test(w) && !/s$/.test(w)) ?? null;
}

// ---------- common words ----------

/**
 * Ordinary English words: the vocabulary of the English model of wink-nlp
 * (about 87,000 words of general English; names of particular people are not
 * in it, words that merely sound like them are). Never a name by sound alone.
 */
const englishWords = (() => {
  let nlp: { readDoc: (t: string) => { tokens: () => { out: (f: unknown) => unknown } } } | null = null;
  let its: { uniqueId: unknown } | null = null;
  let known = 0;
  const cache = new Map<string, boolean>();
  return (low: string): boolean => {
    let hit = cache.get(low);
    if (hit !== undefined) return hit;
    if (!nlp) {
      nlp = winkNLP(winkModel) as unknown as typeof nlp;
      its = (nlp as unknown as { its: { uniqueId: unknown } }).its;
      // the first out-of-vocabulary id: every word of the vocabulary has a smaller one
      known = (nlp!.readDoc('qzxqzxqzx').tokens().out(its.uniqueId) as number[])[0];
    }
    const ids = nlp!.readDoc(low).tokens().out(its!.uniqueId) as number[];
    hit = ids.length === 1 && ids[0] < known;
    if (cache.size > 100000) cache.clear();
    cache.set(low, hit);
    return hit;
  };
})();

/** Function words and fillers of speech, checked before the vocabulary. */
export const COMMON_WORDS = new Set(
  (
    'the a an and or but of in on at to for with by from as is are was were be been has have had ' +
    'he she it they we you i his her its their our your this that these those there here what who ' +
    'which when where why how not no yes all any some many much more most other such only own ' +
    'same so than too very can just should now um uh yeah okay ok well also even still though'
  ).split(/\s+/),
);

const COMPROMISE_LEX: Record<string, string | string[]> = (() => {
  try {
    const m = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model();
    return m.one.lexicon;
  } catch {
    return {};
  }
})();

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Demonym', 'Continent']);
/** lexicon tags of a word that is a person's name before anything else */
const SURNAME_TAGS = new Set(['Person', 'LastName']);

function lexTags(w: string): string[] {
  const v = COMPROMISE_LEX[w.toLowerCase()];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** True for a first name known to the general English lexicon (Marco, Pete, Ana…). */
export function isFirstNameWord(w: string): boolean {
  return lexTags(w).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** A company or organisation known to the general lexicon ("Goldman Sachs"). */
export function isOrganizationPhrase(phrase: string): boolean {
  const tags = lexTags(phrase.toLowerCase());
  return tags.some((t) => t === 'Organization' || t === 'Company' || t === 'SportsTeam' || t === 'School');
}

export function isPlaceWord(w: string): boolean {
  return lexTags(w).some((t) => PLACE_TAGS.has(t));
}

/** An ordinary English word (dictionary, function word, typical derived form): not a name. Memoised by the word as written (a pure function of it). */
export function isCommonWord(w: string): boolean {
  let c = commonMemo.get(w);
  if (c === undefined) {
    if (commonMemo.size >= 200_000) commonMemo.clear();
    commonMemo.set(w, (c = isCommonWordOf(w)));
  }
  return c;
}
const commonMemo = new Map<string, boolean>();

/** isCommonWord's definition (tests compare the memo with it) */
export function isCommonWordOf(w: string): boolean {
  const low = fold(w);
  if (COMMON_WORDS.has(low)) return true;
  const tags = lexTags(low);
  // a word of the vocabulary, unless the lexicon knows it as a place ("Ukraine") or as a
  // person's name first of all ("Lee": a surname before it is "the lee of a hill")
  if (/^[a-z]{3,}$/.test(low) && englishWords(low) && !tags.some((t) => PLACE_TAGS.has(t) || SURNAME_TAGS.has(t))) return true;
  if (tags.length && !tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t))) return true;
  if (low.length > 5 && /(ly|ing|ed|tion|sion|ment|ness|ity|ance|ence|ous|ful|less|ship|ism|ists?)$/.test(low)) return true;
  return false;
}

export const DAY_MONTH = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow'
  ).split(' '),
);

/** Honorifics: Mr, Ms, Dr, Sir … (the word before a name, never part of the id). */
export const HONORIFICS = new Set(['datuk', 'dato', "dato'", 'datin', 'seri', 'tun', 'shri', 'shrimati', 'smt', 'tunku', 'tengku', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'prince', 'princess', 'king', 'queen', 'emir', 'gen', 'general', 'col', 'colonel', 'adm', 'admiral', 'rev', 'father', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'ambassador', 'president', 'chancellor', 'premier', 'taoiseach', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'judge', 'justice', 'pope', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'emir', 'sultan', 'monsignor', 'rabbi', 'imam', 'metropolitan', 'commander', 'marshal', 'captain', 'lieutenant', 'sergeant', 'chairman', 'chairwoman', 'chair', 'speaker', 'director', 'chief', 'head', 'leader', 'adviser', 'advisor', 'aide', 'deputy', 'officer', 'official', 'negotiator', 'diplomat', 'lecturer', 'analyst', 'expert', 'researcher', 'correspondent', 'reporter', 'editor', 'journalist', 'anchor', 'host', 'presenter', 'teacher', 'prisoner', 'national', 'citizen', 'activist', 'lawyer', 'economist', 'historian', 'scholar', 'fellow', 'founder', 'ceo', 'businessman', 'businesswoman', 'tycoon', 'oligarch', 'billionaire', 'banker', 'investor', 'mp', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'politician', 'candidate', 'coach', 'manager']);

/** Role words that make a title before/after a name ("bureau chief, X", "X, a lecturer …"). */
export const ROLE_WORDS = new Set([...HONORIFICS].filter((w) => !['datuk', 'dato', "dato'", 'datin', 'seri', 'tun', 'tunku', 'tengku', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'national', 'citizen'].includes(w)));

/** Speech verbs that, after a name, make it a person ("Ana Kovač said"). Narrower than SPEECH_VERBS. */
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'warned', 'noted', 'explained', 'argued', 'wrote', 'insisted', 'claimed', 'stressed', 'emphasized', 'emphasised', 'replied', 'remarked', 'commented', 'acknowledged', 'urged', 'met', 'spoke', 'visited', 'thinks', 'believes']);

/** Last words that make a capitalised phrase an organisation, place, building, event or outlet, not a person. */
export const NOT_PERSON_TAIL = new Set(
  (
    'news times press post journal herald tribune gazette telegraph guardian mirror express observer review ' +
    'magazine daily weekly radio tv television channel network media agency service services wire ' +
    'conference summit forum convention congress assembly parliament senate council committee commission ' +
    'ministry department office bureau agency union federation league alliance organization organisation ' +
    'fund bank group institute institution university college school academy foundation centre center ' +
    'company corporation corp inc ltd llc holding holdings partners party movement front army navy forces force ' +
    'guard police court tribunal administration government cabinet palace street avenue road square ' +
    'hall house tower building bridge airport station port hotel embassy consulate castle stadium museum ' +
    'church cathedral mosque temple base camp war wars revolution republic republics region regions province ' +
    'state states kingdom empire city county district island islands sea ocean river lake mountain mountains ' +
    'valley coast desert bay day week month year act treaty accord agreement deal plan program programme ' +
    'project initiative strategy doctrine declaration charter protocol talks process award prize games cup ' +
    'articles article stories story headlines here fleet brigade battalion regiment division corps troops militia ' +
    'mission delegation team squad coalition bloc opposition club association society trust board panel watch ' +
    'international worldwide airlines airways motors energy oil gas technologies systems industries capital ' +
    'reserve exchange market markets index affairs relations'
  ).split(/\s+/),
);

/** Particles inside personal names: Omar bin Khalid Al Amin, Anna van der Berg. */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'del', 'abu', 'ben']);

/**
 * Articles glued to an Arabic surname by a hyphen, besides the particles above: the
 * article assimilated to the next letter ("ash-Sharaa", "as-Sisi", "ad-Din", "ar-Rahman")
 * and the bare "a-" of the Hebrew-English press ("Bashar a-Assad"). Only ever read glued.
 */
const GLUED_ARTICLES = new Set(['a', 'ad', 'adh', 'ag', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'en', 'er', 'es', 'esh', 'et', 'ez']);

export const GLUED_PARTICLE_RULE = {
  id: 'glued-particle-surname',
  pattern: 'a lower-case particle or assimilated article joined by a hyphen to a capitalised surname',
  effect: 'continues the name before it',
  example: 'former President Bashar a-Assad; Ahmed ash-Sharaa; Khalid al-Nasiri',
};

/** A lower-case name particle joined to a capitalised surname by a hyphen ("al-Nasiri", "bin-Haddad", "a-Assad"). */
export function isParticleSurname(w: string): boolean {
  const m = /^([\p{Ll}]+)-(\p{Lu}[\p{L}\p{M}'-]*)$/u.exec(w);
  return !!m && (NAME_PARTICLES.has(m[1]) || GLUED_ARTICLES.has(m[1])) && m[2].length >= 2;
}

export const PRONOUNS_SUBJECT = new Set(['he', 'she']);

/** Country nouns for "president of X". */
export const NATION_NOUNS: Record<string, string[]> = {
  US: ['the United States', 'the US', 'the U.S.', 'America'],
  RU: ['Russia', 'the Russian Federation'],
  UA: ['Ukraine'],
  SA: ['Saudi Arabia'],
  GB: ['the United Kingdom', 'the UK', 'Britain'],
  FR: ['France'],
  DE: ['Germany'],
  CN: ['China'],
  PL: ['Poland'],
  TR: ['Turkey'],
  IL: ['Israel'],
  IR: ['Iran'],
  IN: ['India'],
};
