/**
 * The bench corpus: N documents made of REAL text. Each document reports a
 * "happening" taken from a real source document (its lines, in order, noise,
 * page chrome, speaker labels and credits kept), padded to ~630 words with
 * runs of lines from other real documents. Every person the sources name is
 * swapped for an invented person from a pool (first names, titles kept from
 * the source, surname alone where the source has it, misheard variants where
 * the source has misheard forms); one happening is reported by 1–4 documents
 * published a day or so apart. Seeded: the same options give the same bytes.
 * Writes <dir>/documents/*.md, actors.yaml (half the pool, the rest must be
 * discovered; plus the organisations and countries of data/actors.yaml),
 * places.yaml and lexicon.yaml (copies of data/).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { parseDocumentFile } from '../compile/load';
import { rng } from '../rng';
import { readPeople, type SourcePerson } from './people';
import { sourceFiles } from './sources';

export interface CorpusOptions {
  docs: number;
  /** size of the pool of invented people */
  actors: number;
  seed: number;
  /** words per document aimed at */
  words?: number;
}

export interface CorpusInfo {
  dir: string;
  docs: number;
  words: number;
  bytes: number;
  pool: number;
  /** pool people listed in actors.yaml */
  known: number;
}

export interface PoolPerson {
  first: string;
  last: string;
  /** misheard spellings of the surname, as a transcript would give them */
  misheard: [string, string];
  affiliation: string;
  known: boolean;
}

// ---------- the pool ----------

const FIRST = [
  'Ana', 'Boris', 'Carla', 'Dmitar', 'Elena', 'Farid', 'Greta', 'Hasan', 'Ines', 'Jonas', 'Kenji', 'Lena', 'Mateo', 'Nadia',
  'Oskar', 'Petra', 'Quentin', 'Rosa', 'Stefan', 'Tamar', 'Ugo', 'Vera', 'Walid', 'Xenia', 'Yusuf', 'Zofia', 'Amara', 'Bilal',
  'Chiara', 'Darius', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivo', 'Julia', 'Karim', 'Leila', 'Marek', 'Nora', 'Olek', 'Priya',
  'Rafael', 'Sara', 'Tomas', 'Ulla', 'Viktor', 'Wen', 'Yara', 'Zoran', 'Aiko', 'Bruno', 'Celine', 'Davit', 'Esra', 'Felix',
  'Gulnara', 'Henrik', 'Irina', 'Jamal', 'Katya', 'Luca', 'Mira', 'Nikos', 'Olga', 'Pavel', 'Rania', 'Samir', 'Tereza', 'Umar',
];
const ONSET = ['Ka', 'Lo', 'Mi', 'Va', 'Ro', 'Te', 'Bra', 'Do', 'Fe', 'Gri', 'Ha', 'Jo', 'Ku', 'Le', 'Mar', 'No', 'Pe', 'Sa', 'To', 'Zu', 'Be', 'Cha', 'Dra', 'El', 'Ost'];
const MIDDLE = ['', 'la', 'ri', 'ne', 'so', 'ta', 'vi', 'ma', 'de', 'ku', 'lin', 'ber', 'sta'];
const ENDING = ['nov', 'vic', 'sen', 'rez', 'ides', 'enko', 'ski', 'mann', 'lund', 'oglu', 'ani', 'etti', 'ard', 'quist', 'aro', 'ek', 'escu', 'idze', 'yan', 'ssi'];
const NATIONS = ['HR', 'FI', 'TR', 'BR', 'JP', 'KE', 'CL', 'NO', 'PL', 'EG', 'IN', 'ID', 'MX', 'CA', 'DE', 'FR', 'IT', 'ES', 'UA', 'RU', 'US', 'GB', 'CN', 'SA'];

function misspell(word: string, variant: number): string {
  const w = word;
  if (variant === 0) {
    // a doubled or dropped consonant, as speech-to-text hears it
    const i = Math.max(1, Math.floor(w.length / 2));
    return /[aeiou]/i.test(w[i]) ? w.slice(0, i) + w[i] + w[i] + w.slice(i + 1) : w.slice(0, i) + w.slice(i + 1);
  }
  // a vowel heard as another one
  const swap: Record<string, string> = { a: 'e', e: 'i', i: 'y', o: 'u', u: 'o', y: 'i' };
  for (let i = w.length - 1; i > 0; i--) if (swap[w[i]]) return w.slice(0, i) + swap[w[i]] + w.slice(i + 1);
  return w + 'h';
}

export function makePool(n: number, seed: number): PoolPerson[] {
  const rand = rng(seed * 7919 + 17);
  const pool: PoolPerson[] = [];
  const used = new Set<string>();
  for (let i = 0; pool.length < n; i++) {
    const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    let last = pick(ONSET) + pick(MIDDLE) + pick(ENDING);
    if (used.has(last)) last = pick(ONSET) + pick(MIDDLE) + pick(MIDDLE) + pick(ENDING);
    if (used.has(last)) continue;
    used.add(last);
    pool.push({
      first: pick(FIRST),
      last,
      misheard: [misspell(last, 0), misspell(last, 1)],
      affiliation: pick(NATIONS),
      // every other person is in actors.yaml; the rest must be discovered
      known: pool.length % 2 === 0,
    });
    if (i > n * 50) throw new Error(`cannot make ${n} distinct surnames`);
  }
  return pool;
}

export const poolId = (p: PoolPerson) => `${p.first}-${p.last}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');

// ---------- the sources, as lines with the people marked ----------

type Piece = string | { person: number; form: string };
interface SourceLine {
  pieces: Piece[];
  words: number;
}
interface SourceDocLines {
  title: Piece[];
  outlet: string;
  kind: 'article' | 'transcript';
  published: string;
  lines: SourceLine[];
  /** source people named in it */
  people: number[];
}

const PRONOUNS = new Set(['he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'him', 'us', 'them']);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function markPeople(text: string, re: RegExp, formOwner: Map<string, number>): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (i > at) out.push(text.slice(at, i));
    out.push({ person: formOwner.get(m[0].toLowerCase())!, form: m[0] });
    at = i + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function readSources(root: string, people: SourcePerson[]): SourceDocLines[] {
  const formOwner = new Map<string, number>();
  people.forEach((p, i) => {
    for (const f of p.forms) if (!PRONOUNS.has(f.toLowerCase()) && !formOwner.has(f.toLowerCase())) formOwner.set(f.toLowerCase(), i);
  });
  const forms = [...formOwner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: SourceDocLines[] = [];
  for (const f of sourceFiles(root)) {
    const doc = parseDocumentFile(f.raw, f.file, f.id, []);
    if (!doc) continue;
    const lines = doc.body
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => ({ pieces: markPeople(l, re, formOwner), words: l.split(/\s+/).filter(Boolean).length }));
    const title = markPeople(doc.meta.title, re, formOwner);
    const named = new Set<number>();
    for (const l of [title, ...lines.map((x) => x.pieces)]) for (const p of l) if (typeof p !== 'string') named.add(p.person);
    out.push({ title, outlet: doc.meta.outlet, kind: doc.meta.kind, published: doc.meta.published, lines, people: [...named].sort((a, b) => a - b) });
  }
  return out;
}

// ---------- swapping a name ----------

const isLower = (s: string) => s === s.toLowerCase();

/** The pool person's form matching the source form `form` of source person `src`. */
export function swapForm(form: string, src: SourcePerson, q: PoolPerson, slip: number): string {
  const nameToks = src.name.split(/\s+/);
  const srcFirst = nameToks[0].toLowerCase();
  const srcLast = nameToks[nameToks.length - 1].toLowerCase();
  const toks = form.split(/\s+/);
  const out: string[] = [];
  toks.forEach((t, i) => {
    const lt = t.toLowerCase();
    const isLast = i === toks.length - 1;
    const inName = nameToks.some((n) => n.toLowerCase() === lt);
    if (isLast) {
      if (lt === srcLast) out.push(slip < 0.04 ? q.misheard[0] : q.last);
      else if (lt === srcFirst && toks.length === 1) out.push(q.first);
      else out.push(q.misheard[(lt.length + lt.charCodeAt(0)) % 2]);
    } else if (lt === srcFirst || (i === 0 && inName)) out.push(q.first);
    else if (inName) return; // a middle name
    else if (distance(lt, srcFirst) <= 2) out.push(q.first); // a first name misheard or spelt another way
    else if (i === 0 && /^\p{Lu}/u.test(t)) out.push(t); // a title: President, Sir, Prince…
  });
  const s = out.join(' ');
  return isLower(form) ? s.toLowerCase() : s;
}

// ---------- the corpus ----------

function fmtDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function buildCorpus(root: string, dir: string, opts: CorpusOptions): CorpusInfo {
  const target = opts.words ?? 630;
  const people = readPeople(root);
  const sources = readSources(root, people);
  const pool = makePool(opts.actors, opts.seed);
  const rand = rng(opts.seed);
  // activity is skewed: a few people appear very often, most rarely (as in a newsroom's archive)
  const pickPerson = () => Math.floor(opts.actors * Math.pow(rand(), 1.8));
  const castFor = (src: SourceDocLines): Map<number, number> => {
    const cast = new Map<number, number>();
    const taken = new Set<number>();
    for (const p of src.people) {
      let q = pickPerson();
      for (let k = 0; taken.has(q) && k < 20; k++) q = pickPerson();
      while (taken.has(q)) q = (q + 1) % opts.actors;
      taken.add(q);
      cast.set(p, q);
    }
    return cast;
  };
  const render = (pieces: Piece[], cast: Map<number, number>) =>
    pieces.map((p) => (typeof p === 'string' ? p : swapForm(p.form, people[p.person], pool[cast.get(p.person)!], rand()))).join('');

  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  for (const f of ['places.yaml', 'lexicon.yaml']) copyFileSync(join(root, 'data', f), join(dir, f));
  const dataActors = (parseYaml(readFileSync(join(root, 'data', 'actors.yaml'), 'utf8')) ?? []) as { kind: string }[];
  const knownPeople = pool.filter((p) => p.known);
  const actorsYaml = [
    ...dataActors.filter((a) => a.kind !== 'person'),
    ...knownPeople.map((p, i) => ({
      id: poolId(p),
      name: `${p.first} ${p.last}`,
      kind: 'person',
      affiliation: p.affiliation,
      // like the real file: the surname, and for some a misheard spelling
      aliases: i % 3 === 0 ? [p.last, p.misheard[0]] : [p.last],
    })),
  ];
  writeFileSync(join(dir, 'actors.yaml'), toYaml(actorsYaml));
  writeFileSync(join(dir, 'corrections.yaml'), '[]\n');

  const day0 = Date.UTC(2023, 0, 1);
  let words = 0;
  let bytes = 0;
  let n = 0;
  while (n < opts.docs) {
    const src = sources[Math.floor(rand() * sources.length)];
    const cast = castFor(src);
    const day = day0 + Math.floor(rand() * 730) * 86400000;
    const reports = 1 + Math.floor(Math.pow(rand(), 2) * 4);
    for (let r = 0; r < reports && n < opts.docs; r++, n++) {
      const published = fmtDay(day + (r === 0 ? 0 : Math.floor(rand() * 2)) * 86400000);
      const lines: string[] = [];
      let w = 0;
      // the happening: the source's lines in order, a few left out by later reports
      src.lines.forEach((l, i) => {
        if (w > target * 1.3) return;
        if (i > 0 && r > 0 && rand() < 0.2) return;
        lines.push(render(l.pieces, cast));
        w += l.words;
      });
      // padded with runs of lines from other real documents about other people
      while (w < target * (0.85 + rand() * 0.3)) {
        const other = sources[Math.floor(rand() * sources.length)];
        const otherCast = castFor(other);
        const from = Math.floor(rand() * other.lines.length);
        const len = 1 + Math.floor(rand() * 3);
        for (let i = from; i < Math.min(other.lines.length, from + len); i++) {
          lines.push(render(other.lines[i].pieces, otherCast));
          w += other.lines[i].words;
        }
      }
      const text = [
        '---',
        `title: ${JSON.stringify(render(src.title, cast))}`,
        `outlet: ${JSON.stringify(src.outlet)}`,
        'url: null',
        `published: ${published}`,
        `kind: ${src.kind}`,
        '---',
        lines.join('\n'),
        '',
      ].join('\n');
      writeFileSync(join(dir, 'documents', `doc-${String(n).padStart(6, '0')}.md`), text);
      words += w;
      bytes += Buffer.byteLength(text);
    }
  }
  return { dir, docs: n, words, bytes, pool: pool.length, known: knownPeople.length };
}
