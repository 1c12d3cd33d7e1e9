/**
 * A headline or caption in title case runs a name into the words around it ("Mara Quist Deliver Remarks",
 * "Nordvik Territory Tomas Vell"): discovery reads one long capitalised run. Rows: the words cut off the run.
 */
import { NAME_PARTICLES, isCommonWord, isFirstNameWord } from './text';

export const HEADLINE_TRIM_RULES = [
  {
    id: 'headline-words-after-name',
    pattern: 'the run ends in two capitalised ordinary words or more (no given names, no particles such as Van); one word alone is left to discover.ts (headline-verb-before-cut: "Rivers" may be a surname)',
    effect: 'those words cut off; when less than two words are left, nothing is discovered',
    example: '"President Tomas Vell and Prime Minister Mara Quist Deliver Remarks in Alder" → Mara Quist',
  },
  {
    id: 'region-before-name',
    pattern: 'the run holds a region\'s head noun (Territory, Region, Province, Oblast, Krai, Prefecture, County, District) with two words or more after it',
    effect: 'the name is the words after it',
    example: '"the governor of Nordvik Territory Tomas Vell" → Tomas Vell',
  },
] as const;

const REGION = new Set(['territory', 'region', 'province', 'oblast', 'krai', 'prefecture', 'county', 'district']);

interface Span {
  start: number;
  end: number;
  name: string;
}

/**
 * Trims the discovered span `d` (sentence offsets into `text`) in place by the rows above. Returns false when
 * nothing of it is left to discover.
 */
export function trimHeadline(text: string, d: Span): boolean {
  const raw = text.slice(d.start, d.end);
  if (raw.replace(/\s+/g, ' ') !== d.name) return true;
  const toks = [...raw.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index! }));
  if (toks.length < 2) return true;
  let from = 0;
  let to = toks.length;
  // words after the name
  let k = 0;
  while (k < to - from && isTrail(toks[to - 1 - k].w)) k++;
  if (k >= 2) {
    to -= k;
    if (to - from < 2) return false;
  }
  // a region's head noun before the name
  for (let i = to - 3; i >= from; i--)
    if (REGION.has(toks[i].w.toLowerCase())) {
      from = i + 1;
      break;
    }
  if (from === 0 && to === toks.length) return true;
  const start = d.start + toks[from].at;
  const end = d.start + toks[to - 1].at + toks[to - 1].w.length;
  d.start = start;
  d.end = end;
  d.name = text.slice(start, end).replace(/\s+/g, ' ');
  return true;
}

const isTrail = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w) && !isFirstNameWord(w) && !NAME_PARTICLES.has(w.toLowerCase());
