/**
 * load: the only stage (with emit) that reads the filesystem. Reads
 * data/documents/*.md, data/actors.yaml, data/places.yaml, data/lexicon.yaml
 * and data/corrections.yaml into CompileInputs, collecting every problem with
 * its file, line and field (what is wrong, what would be right) instead of
 * throwing.
 */
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import {
  ActorsFile,
  CorrectionsFile,
  FrontMatter,
  LexiconFile,
  PlacesFile,
  ZonesFile,
  type ActorEntry,
  type Correction,
  type Problem,
} from '../schema';
import { didYouMean, fileSlug, slugify } from '../editor/suggest';
import { boundaryOf, listFolder, present, readDataFile, type ReadContext } from '../editor/read-files';
import { isTempFile } from '../editor/temp-files';
import type { CompileInputs, SourceDoc } from './types';

type Path = readonly (string | number)[];

export function load(dataDir: string, root = process.cwd()): CompileInputs {
  const problems: Problem[] = [];
  const rel = (p: string) => (relative(root, p) || p).split('\\').join('/');
  const documents: SourceDoc[] = [];
  const ctx: ReadContext = { boundary: boundaryOf(dataDir, root), problems };
  const docDir = join(dataDir, 'documents');
  const entries = listFolder(docDir, rel(docDir), ctx) ?? [];
  const docMemoNext: DocMemo = new Map();
  for (const entry of entries) {
    const f = entry.name;
    if (isTempFile(f)) continue;
    const path = join(docDir, f);
    const file = rel(path);
    if (!/\.md$/i.test(f)) {
      if (entry.isDirectory()) continue; // a folder of drafts, images…: not read
      const stem = f.replace(/\.[^.]*$/, '');
      problems.push({ severity: 'warning', file, line: null, message: 'is not a .md file: it is ignored', hint: `rename it to '${fileSlug(stem) || 'document'}.md' if it is a document` });
      continue;
    }
    const bytes = readDataFile(path, file, ctx, { kind: 'document' });
    if (bytes === null) continue;
    const text = decodeFile(bytes, file, problems);
    if (text === null) continue;
    const doc = parseMemo(path, text, file, f.replace(/\.md$/i, ''), problems, docMemoNext);
    if (doc) documents.push(doc);
  }
  docMemo = docMemoNext;
  checkDocumentSet(documents, problems);

  const actors = readYamlFile(join(dataDir, 'actors.yaml'), ActorsFile, [], rel, ctx);
  const places = readYamlFile(join(dataDir, 'places.yaml'), PlacesFile, [], rel, ctx);
  const lexicon = readYamlFile(join(dataDir, 'lexicon.yaml'), LexiconFile, { notPeople: [], outlets: [] }, rel, ctx);
  const corrections = readYamlFile(join(dataDir, 'corrections.yaml'), CorrectionsFile, [], rel, ctx);
  const zones = readYamlFile(join(dataDir, 'zones.yaml'), ZonesFile, {} as Record<string, string>, rel, ctx);
  checkActors(actors.value, actors.itemLines, rel(join(dataDir, 'actors.yaml')), problems);
  return {
    documents,
    actors: actors.value,
    places: places.value,
    lexicon: lexicon.value,
    corrections: corrections.value as Correction[],
    zones: zones.value,
    problems,
    correctionLines: corrections.itemLines,
  };
}

/**
 * A long-lived process (the dev loop) loads the same files again after each edit: a document whose text is the same
 * as last load's is not parsed again (its front matter's YAML is most of a load). Each load keeps only its own files.
 */
type DocMemo = Map<string, { text: string; file: string; id: string; doc: SourceDoc | null; lines: Record<string, number> | undefined; problems: Problem[] }>;
let docMemo: DocMemo = new Map();

function parseMemo(path: string, text: string, file: string, id: string, problems: Problem[], next: DocMemo): SourceDoc | null {
  let m = docMemo.get(path);
  if (!m || m.text !== text || m.file !== file || m.id !== id) {
    const own: Problem[] = [];
    const doc = parseDocumentFile(text, file, id, own);
    m = { text, file, id, doc, lines: doc ? fieldLines.get(doc) : undefined, problems: own };
  }
  next.set(path, m);
  for (const p of m.problems) problems.push({ ...p });
  if (!m.doc) return null;
  // a copy: callers own what load returns
  const doc: SourceDoc = { ...m.doc, meta: { ...m.doc.meta } };
  if (m.lines) fieldLines.set(doc, m.lines);
  return doc;
}

// ---------- bytes → text ----------

/** UTF-8 text of a file, or null (with an error) for binary or non-UTF-8 content. */
export function decodeFile(bytes: Uint8Array, file: string, problems: Problem[]): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = countLines(bytes.subarray(0, nul));
    problems.push({ severity: 'error', file, line, message: 'is a binary file (it contains NUL bytes), not a text document', hint: 'save the document as plain UTF-8 text' });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = firstBadUtf8Line(bytes);
    problems.push({ severity: 'error', file, line, message: 'is not valid UTF-8 text', hint: 'save the file with the UTF-8 encoding (e.g. "Save with encoding → UTF-8" in your editor)' });
    return null;
  }
}

function countLines(bytes: Uint8Array): number {
  let n = 1;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

function firstBadUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  const dec = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        dec.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

// ---------- documents ----------

/** line of each front-matter field, per loaded document (for later problems) */
const fieldLines = new WeakMap<SourceDoc, Record<string, number>>();

export function parseDocumentFile(raw: string, file: string, id: string, problems: Problem[]): SourceDoc | null {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (n: number) => text.slice(lineStarts[n], n + 1 < lineStarts.length ? lineStarts[n + 1] : text.length).replace(/\r?\n$/, '');

  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    const suggested = fileSlug(id) || 'document';
    problems.push({
      severity: 'error',
      file,
      line: null,
      message: `the file name '${id}.md' is not a valid document id: ids are lower-case letters, digits and hyphens`,
      hint: `rename it to '${suggested}.md'`,
    });
  }

  if (lineAt(0).trim() !== '---') {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: 'has no front matter: the file must start with a line "---", then the fields (title, outlet, published…), then a line "---"',
      hint: 'start the file with a line "---", then lines such as  title: "…"  outlet: "…"  published: 2025-02-18, then a line "---"',
    });
    return null;
  }
  let close = -1;
  for (let n = 1; n < lineStarts.length; n++) if (lineAt(n).trim() === '---') {
    close = n;
    break;
  }
  if (close < 0) {
    problems.push({ severity: 'error', file, line: 1, message: 'the front matter is never closed', hint: 'add a line "---" after the last field' });
    return null;
  }
  const yamlText = text.slice(lineStarts[1], lineStarts[close]);
  const bodyStart = close + 1 < lineStarts.length ? lineStarts[close + 1] : text.length;
  // line L (1-based) of the front matter is line L + 1 of the file
  const parsed = parseYamlText(yamlText, file, FrontMatter, null, problems, 1, close + 1);
  if (parsed.value === null) return null;

  const body = text.slice(bodyStart);
  if (body.trim() === '') {
    problems.push({ severity: 'warning', file, line: close + 1, message: 'the document has no text after its front matter', hint: 'paste the article text below the closing "---"' });
  }
  const doc: SourceDoc = { id, file, meta: parsed.value, body, bodyLine: close + 2 };
  const lines: Record<string, number> = {};
  for (let n = 1; n < close; n++) {
    const k = /^([A-Za-z_][\w-]*)\s*:/.exec(lineAt(n))?.[1];
    if (k && !(k in lines)) lines[k] = n + 1;
  }
  fieldLines.set(doc, lines);
  return doc;
}

/** Ids must be unique (also ignoring case) and so must urls. */
export function checkDocumentSet(docs: SourceDoc[], problems: Problem[]): void {
  const byLowerId = new Map<string, SourceDoc>();
  const byUrl = new Map<string, SourceDoc>();
  for (const d of docs) {
    const key = d.id.toLowerCase();
    const other = byLowerId.get(key);
    if (other) {
      problems.push({
        severity: 'error',
        file: d.file,
        line: null,
        message: `its id '${d.id}' is the same as that of ${other.file} (ids are compared ignoring case)`,
        hint: `rename one of ${other.file} and ${d.file}`,
      });
    } else byLowerId.set(key, d);
    const url = d.meta.url;
    if (url) {
      const prev = byUrl.get(url);
      if (prev) {
        problems.push({
          severity: 'error',
          file: d.file,
          line: frontMatterLine(d, 'url'),
          field: 'url',
          message: `the url ${url} is also the url of ${prev.file}: the same article is there twice`,
          hint: `keep one of ${prev.file} and ${d.file}, or correct the url`,
        });
      } else byUrl.set(url, d);
    }
  }
}

function frontMatterLine(d: SourceDoc, field: string): number | null {
  return fieldLines.get(d)?.[field] ?? null;
}

// ---------- data files ----------

export interface YamlRead<T> {
  value: T;
  /** for a top-level list: the line of each item (1-based) */
  itemLines: number[];
}

function readYamlFile<S extends z.ZodType>(
  path: string,
  schema: S,
  fallback: z.output<S>,
  rel: (p: string) => string,
  ctx: ReadContext,
): YamlRead<z.output<S>> {
  if (!present(path)) return { value: fallback, itemLines: [] };
  const file = rel(path);
  const bytes = readDataFile(path, file, ctx, { kind: 'data' });
  const text = bytes === null ? null : decodeFile(bytes, file, ctx.problems);
  if (text === null) return { value: fallback, itemLines: [] };
  // the same text as last load's (a long-lived process): its parse again, as a copy the caller owns
  const m = yamlMemo.get(path);
  if (m && m.text === text && m.file === file && m.schema === schema) {
    for (const p of m.problems) ctx.problems.push({ ...p });
    return structuredClone(m.read) as YamlRead<z.output<S>>;
  }
  const own: Problem[] = [];
  const read = parseYamlText(text, file, schema, fallback, own, 0);
  for (const p of own) ctx.problems.push(p);
  yamlMemo.set(path, { text, file, schema, read: structuredClone(read), problems: own.map((p) => ({ ...p })) });
  return read;
}
const yamlMemo = new Map<string, { text: string; file: string; schema: z.ZodType; read: YamlRead<unknown>; problems: Problem[] }>();

/**
 * Parses YAML and validates it with `schema`; problems carry the line in the
 * file (`lineOffset` is added to YAML line numbers, e.g. 1 for front matter).
 * `emptyLine`: line to blame for a field missing from an empty document.
 */
export function parseYamlText<S extends z.ZodType, F>(
  text: string,
  file: string,
  schema: S,
  fallback: F,
  problems: Problem[],
  lineOffset = 0,
  emptyLine?: number,
): YamlRead<z.output<S> | F> {
  const lc = new LineCounter();
  const ydoc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineOf = (offset: number) => lc.linePos(offset).line + lineOffset;
  let failed = false;
  for (const e of ydoc.errors) {
    failed = true;
    let line = e.linePos?.[0].line ?? lc.linePos(e.pos[0]).line;
    const quote = e.code === 'MISSING_CHAR' && /quote/i.test(e.message);
    if (quote) line = unclosedQuoteLine(text) ?? line;
    problems.push({
      severity: 'error',
      file,
      line: line + lineOffset,
      column: e.linePos?.[0].col ?? null,
      message: `YAML syntax error: ${yamlErrorText(e.code, e.message)}`,
      hint: quote ? 'close the quote: a value that starts with " (or \') must end with the same mark; inside "…" write \\" for a quote mark' : yamlErrorHint(e.code),
    });
  }
  if (failed) return { value: fallback, itemLines: [] };

  const itemLines: number[] = [];
  if (isSeq(ydoc.contents)) for (const it of ydoc.contents.items) itemLines.push(nodeLine(it, lineOf) ?? 1 + lineOffset);

  const js: unknown = ydoc.toJS() ?? (fallback === null ? {} : fallback);
  const parsed = schema.safeParse(js);
  if (parsed.success) return { value: parsed.data, itemLines };
  for (const issue of parsed.error.issues) {
    for (const p of describeIssue(issue, js, schema, ydoc, lineOf, emptyLine ?? 1 + lineOffset)) problems.push({ severity: 'error', file, ...p });
  }
  return { value: fallback, itemLines };
}

/**
 * The line where a quoted value is opened and never closed (YAML reports the
 * end of the file). A quote opens a value only where a value may start (after
 * "key: ", "- ", "[", "{" or ","), so the apostrophe in  name: O'Brien  is not one.
 */
export function unclosedQuoteLine(text: string): number | null {
  let line = 1;
  let open: { quote: string; line: number } | null = null;
  let valueMayStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open) {
      if (c === '\n') line++;
      else if (open.quote === '"' && c === '\\') i++;
      else if (c === open.quote) {
        if (c === "'" && text[i + 1] === "'") i++;
        else {
          open = null;
          valueMayStart = false;
        }
      }
      continue;
    }
    if (c === '\n') {
      line++;
      valueMayStart = true;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if ((c === '"' || c === "'") && valueMayStart) open = { quote: c, line };
    else if (c === ':' || c === '-' || c === '?') valueMayStart = /\s/.test(text[i + 1] ?? '\n') || valueMayStart;
    else if (c === '[' || c === '{' || c === ',') valueMayStart = true;
    else if (!/\s/.test(c)) valueMayStart = false;
  }
  return open?.line ?? null;
}

function yamlErrorText(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return first;
}

function yamlErrorHint(code: string): string | null {
  switch (code) {
    case 'BAD_INDENT':
      return 'check the indentation: fields of one item start in the same column';
    case 'MISSING_CHAR':
      return 'check the ":" after each field name, and the "," between the items of a [list]';
    case 'DUPLICATE_KEY':
      return 'each field may appear only once';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value containing ": " must be quoted, e.g. title: "Talks: day two"';
    case 'UNEXPECTED_TOKEN':
      return 'a value starting with a special character (@, `, %, *, &, !, |, >) must be quoted';
    default:
      return 'put the value in double quotes if it contains ":" or "#"';
  }
}

interface Located {
  line: number | null;
  field: string | null;
  message: string;
  hint?: string | null;
}

type ZIssue = z.core.$ZodIssue;

function describeIssue(
  issue: ZIssue,
  root: unknown,
  schema: z.ZodType,
  ydoc: Document,
  lineOf: (offset: number) => number,
  emptyLine: number,
): Located[] {
  const path = issue.path as (string | number)[];
  const field = fieldName(path);
  const value = valueAt(root, path);
  const line = locate(ydoc, path, lineOf) ?? emptyLine;
  const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, path, root);
    return issue.keys.map((k) => ({
      line: locateKey(ydoc, path, k, lineOf) ?? line,
      field: fieldName([...path, k]),
      message: `unknown field '${k}'`,
      hint: didYouMean(k, known) ?? (known.length ? `the fields are: ${known.join(', ')}` : null),
    }));
  }
  if (value === undefined && issue.code === 'invalid_type') {
    const last = path[path.length - 1];
    return [{ line, field, message: `the field '${String(last)}' is missing`, hint: missingHint(String(last)) }];
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    const guess = typeof value === 'string' ? didYouMean(value, options, Infinity) : null;
    return [{ line, field, message: value === undefined ? `the field '${issue.discriminator}' is missing` : `${show(value)} is not a known ${issue.discriminator}`, hint: guess ?? `use one of: ${options.join(', ')}` }];
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    return [{ line, field, message: `${show(value)} is not allowed here`, hint: `${typeof value === 'string' ? (didYouMean(value, options) ?? '') + ' ' : ''}use one of: ${options.join(', ')}`.trim() }];
  }
  if (issue.code === 'invalid_type') {
    return [{ line, field, message: `${show(value)} should be ${article(issue.expected)}`, hint: issue.expected === 'string' ? 'put the value in double quotes' : null }];
  }
  const last = String(path[path.length - 1] ?? '');
  if (last === 'url' && typeof value === 'string') {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1];
    return [{ line, field, message: `${show(value)} is not allowed: only http and https links are published${scheme ? ` ('${scheme}:' is not)` : ''}`, hint: 'write a full address starting with https:// (or null when there is none)' }];
  }
  if (issue.message.includes('real calendar date') && typeof value === 'string') {
    return [{ line, field, message: `${value} is not a real calendar date`, hint: `check the day and month (YYYY-MM-DD)${nearestRealDay(value)}` }];
  }
  if (issue.code === 'invalid_format' && typeof value === 'string') {
    const hint = /lower-case/.test(issue.message) ? `e.g. '${slugify(value) || 'some-name'}'` : null;
    return [{ line, field, message: `${show(value)} ${issue.message}`, hint }];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return [{ line, field, message: `${value === undefined ? '' : show(value) + ': '}${issue.message}`, hint: null }];
  }
  return [{ line, field, message: issue.message, hint: null }];
}

function article(t: string): string {
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function nearestRealDay(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return '';
  const month = +m[2];
  if (month < 1 || month > 12) return ': there is no month ' + m[2];
  const last = new Date(Date.UTC(+m[1], month, 0)).getUTCDate();
  return `: ${m[1]}-${m[2]} has ${last} days`;
}

function missingHint(field: string): string | null {
  switch (field) {
    case 'published':
      return 'add a line such as  published: 2025-02-18  (the day the document was published)';
    case 'title':
      return 'add a line such as  title: "Foreign ministers meet in Geneva"';
    case 'outlet':
      return 'add a line such as  outlet: "BBC News"';
    default:
      return `add the field '${field}'`;
  }
}

function fieldName(path: (string | number)[]): string | null {
  if (!path.length) return null;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(root: unknown, path: Path): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** Line of the deepest existing node along `path` (a missing field → its parent's line). */
function locate(ydoc: Document, path: Path, lineOf: (o: number) => number): number | null {
  let node: unknown = ydoc.contents;
  let found: number | null = nodeLine(node, lineOf);
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(p));
      if (!pair) break;
      found = nodeLine(pair.key, lineOf) ?? found;
      node = pair.value;
    } else if (isSeq(node) && typeof p === 'number') {
      node = node.items[p];
      if (node === undefined) break;
      found = nodeLine(node, lineOf) ?? found;
    } else break;
  }
  return found;
}

function locateKey(ydoc: Document, path: Path, key: string, lineOf: (o: number) => number): number | null {
  const node = ydoc.getIn(path as (string | number)[], true);
  const map = path.length === 0 ? ydoc.contents : node;
  if (!isMap(map)) return null;
  const pair = map.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === key);
  return pair ? nodeLine(pair.key, lineOf) : null;
}

function nodeLine(node: unknown, lineOf: (o: number) => number): number | null {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? lineOf(r[0]) : null;
}

/** The field names allowed where an unknown field was found. */
function knownKeys(schema: z.ZodType, path: Path, root: unknown): string[] {
  let s: z.ZodType | undefined = schema;
  let v: unknown = root;
  const unwrap = (t: z.ZodType | undefined): z.ZodType | undefined => {
    let cur = t;
    for (let i = 0; i < 10 && cur; i++) {
      if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
      else if (cur instanceof z.ZodDiscriminatedUnion) {
        const key = cur.def.discriminator;
        const tag = (v as Record<string, unknown> | null)?.[key];
        cur = (cur.options as z.ZodType[]).find(
          (o) => o instanceof z.ZodObject && (o.shape as Record<string, z.ZodType>)[key]?.safeParse(tag).success,
        );
      } else break;
    }
    return cur;
  };
  for (const p of path) {
    s = unwrap(s);
    if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(p)];
    else return [];
    v = (v as Record<string | number, unknown> | null)?.[p];
  }
  s = unwrap(s);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

/** actors.yaml: ids must be unique; an alias that is another actor's id is fine. */
export function checkActors(actors: ActorEntry[], lines: number[], file: string, problems: Problem[]): void {
  const seen = new Map<string, number>();
  actors.forEach((a, i) => {
    const prev = seen.get(a.id);
    if (prev !== undefined) {
      problems.push({
        severity: 'error',
        file,
        line: lines[i] ?? null,
        field: `[${i}].id`,
        message: `the id '${a.id}' is used twice (also at line ${lines[prev] ?? '?'})`,
        hint: `merge the two entries, or give this one another id, e.g. '${a.id}-2'`,
      });
    } else seen.set(a.id, i);
  });
}

