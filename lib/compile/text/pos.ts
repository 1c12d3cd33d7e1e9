/**
 * Part-of-speech tags from a maintained tagger (wink-nlp with its English lite
 * model), for the event passes: run only on the few sentences a pass asks about
 * (a trigger whose participants the surface rules did not find), so the compile
 * stays fast. Tokens carry character offsets into the sentence.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface PosToken {
  text: string;
  pos: Pos;
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | null = null;
const cache = new Map<string, PosToken[]>();
const CACHE_MAX = 2000;

/** The sentence's tokens with their tags and offsets (cached; the tagger is loaded on first use). */
export function tagSentence(text: string): PosToken[] {
  const hit = cache.get(text);
  if (hit) return hit;
  nlp ??= winkNLP(model, ['pos']);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as Pos[];
  const out: PosToken[] = [];
  let at = 0;
  values.forEach((v, i) => {
    const start = text.indexOf(v, at);
    if (start < 0) return; // a token the tagger rewrote: skipped, offsets stay true
    out.push({ text: v, pos: tags[i], start, end: start + v.length });
    at = start + v.length;
  });
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}

const NOMINAL = new Set<Pos>(['PROPN', 'NOUN']);
const LIST_GLUE = new Set<Pos>(['PUNCT', 'CCONJ']);
/** between a subject and its verb: auxiliaries, adverbs, particles ("had also", "did not") */
const VERB_GROUP = new Set<Pos>(['AUX', 'ADV', 'PART']);

/**
 * The subject of the verb at `at`: the run of names right before it (proper nouns,
 * joined by commas and "and": "A, B and C met …"), with only auxiliaries and adverbs
 * between the run and the verb. Returns the run's span, or null.
 */
export function subjectSpan(tokens: PosToken[], at: number): { start: number; end: number } | null {
  let i = tokens.findIndex((t) => t.start >= at) - 1;
  if (i < -1) i = tokens.length - 1;
  while (i >= 0 && VERB_GROUP.has(tokens[i].pos)) i--;
  // a parenthetical without a verb between the subject and its verb: "A and B, after weeks of preparation, held talks"
  if (i > 0 && tokens[i].text === ',') {
    for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].text === ';') break;
      if (tokens[k].text === ',') {
        i = k - 1;
        break;
      }
    }
  }
  if (i < 0 || !NOMINAL.has(tokens[i].pos)) return null;
  const end = tokens[i].end;
  let start = tokens[i].start;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (NOMINAL.has(t.pos)) start = t.start;
    else if (LIST_GLUE.has(t.pos) && k > 0 && NOMINAL.has(tokens[k - 1].pos) && t.text !== '.' && t.text !== ';') continue;
    else break;
  }
  return { start, end };
}

/**
 * The object of the verb ending at `at`: the run of names after it, past a preposition
 * ("met with A and B", "called A"), up to the first word that is neither a name nor list glue.
 */
export function objectSpan(tokens: PosToken[], at: number): { start: number; end: number } | null {
  let i = tokens.findIndex((t) => t.start >= at);
  if (i < 0) return null;
  if (tokens[i].pos === 'ADP') i++;
  while (i < tokens.length && tokens[i].pos === 'DET') i++;
  if (i >= tokens.length || tokens[i].pos !== 'PROPN') return null;
  const start = tokens[i].start;
  let end = tokens[i].end;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos === 'PROPN') end = t.end;
    else if (LIST_GLUE.has(t.pos) && t.text !== '.' && t.text !== ';' && tokens[k + 1]?.pos === 'PROPN') continue;
    else break;
  }
  return { start, end };
}
