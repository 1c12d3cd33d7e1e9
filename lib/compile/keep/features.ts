/**
 * keep/features: structural facts about one merged event that any document could have — its type,
 * status, the rules that made it, how many documents and outlets report it, who takes part (kinds,
 * data file or discovered), how precise its date is and how far from the reporting day, where its
 * evidence sits in the document, whether the evidence is inside a quotation, transcripts. Never a
 * name of an outlet, a document, a person, a place or a set. Pure; O(evidence) per event once each
 * document's paragraph breaks are known (computed once per document, lazily).
 *
 * Each family is a row `{ id, pattern, example }`: `id` prefixes the feature ids it emits
 * ("docs:2", "date-lag:4-14"), `pattern` says what it tests, `example` is an invented event that
 * emits `exampleFeature` (exercised in features.test.ts). The weights (effects) are rows in
 * lang/en-keep.ts, fitted by scripts/fit-keep.ts.
 */
import type { DatasetEvent } from '../../schema';

/** what the features read of a document */
export interface KeepDoc {
  id: string;
  /** publication day, YYYY-MM-DD */
  published: string;
  kind: 'article' | 'transcript';
  outlet: string;
  /** the document text the evidence offsets point into */
  text: string;
  /** ranges of text kept as running text (page chrome excluded), sorted */
  kept: { start: number; end: number }[];
}

export interface KeepActor {
  kind: string;
  discovered: boolean;
}

export interface KeepContext {
  docs: Map<string, KeepDoc>;
  actor: (id: string) => KeepActor | undefined;
  /** per document: offsets of paragraph breaks and quotation marks (filled lazily, once per document) */
  marks?: Map<string, DocMarks>;
  /** per event: its reporting documents (filled lazily) */
  docsOf?: WeakMap<object, KeepDoc[]>;
}

/** offsets in one document, each list sorted */
export interface DocMarks {
  breaks: number[];
  open: number[];
  close: number[];
  straight: number[];
}

export type KeepEvent = Pick<DatasetEvent, 'id' | 'type' | 'status' | 'date' | 'participants' | 'evidence' | 'location' | 'respondsTo' | 'confidence' | 'dateInfo' | 'rules'>;

export interface FeatureFamily {
  id: string;
  pattern: string;
  /** an invented event (and its document) that emits exampleFeature */
  example: { event: Partial<KeepEvent>; text?: string; published?: string; kind?: 'article' | 'transcript' };
  exampleFeature: string;
  emit: (e: KeepEvent, ctx: KeepContext) => string[];
}

const DAY_MS = 86_400_000;
const dayNo = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;

const bucket = (n: number, edges: [number, string][]): string => {
  for (const [max, name] of edges) if (n <= max) return name;
  return edges[edges.length - 1][1];
};

function docsOf(e: KeepEvent, ctx: KeepContext): KeepDoc[] {
  ctx.docsOf ??= new WeakMap();
  const known = ctx.docsOf.get(e);
  if (known) return known;
  const out: KeepDoc[] = [];
  const seen = new Set<string>();
  for (const ev of e.evidence) {
    if (seen.has(ev.documentId)) continue;
    seen.add(ev.documentId);
    const d = ctx.docs.get(ev.documentId);
    if (d) out.push(d);
  }
  ctx.docsOf.set(e, out);
  return out;
}

/** the first reporting document: the earliest published (ties: the smaller id) */
function firstDoc(e: KeepEvent, ctx: KeepContext): KeepDoc | undefined {
  let best: KeepDoc | undefined;
  for (const d of docsOf(e, ctx)) if (!best || d.published < best.published || (d.published === best.published && d.id < best.id)) best = d;
  return best;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

function marksOf(d: KeepDoc, ctx: KeepContext): DocMarks {
  ctx.marks ??= new Map();
  let m = ctx.marks.get(d.id);
  if (!m) {
    m = { breaks: [], open: [], close: [], straight: [] };
    for (const x of d.text.matchAll(PARAGRAPH_BREAK)) m.breaks.push(x.index);
    for (let i = 0; i < d.text.length; i++) {
      const c = d.text.charCodeAt(i);
      if (c === 0x201c) m.open.push(i);
      else if (c === 0x201d) m.close.push(i);
      else if (c === 0x22) m.straight.push(i);
    }
    ctx.marks.set(d.id, m);
  }
  return m;
}

/** how many offsets of a sorted list are < x */
function below(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** where one piece of evidence sits: first paragraph of the running text, first fifth, later */
export function positionOf(d: KeepDoc, start: number, ctx: KeepContext): 'first-paragraph' | 'first-fifth' | 'later' {
  const kept = d.kept.length ? d.kept : [{ start: 0, end: d.text.length }];
  const from = kept[0].start;
  const to = kept[kept.length - 1].end;
  // the first paragraph: no break between the first letter of the running text and the evidence
  const { breaks } = marksOf(d, ctx);
  let firstText = from;
  while (firstText < to && /\s/.test(d.text[firstText])) firstText++;
  if (below(breaks, start) - below(breaks, firstText + 1) <= 0) return 'first-paragraph';
  return (start - from) / Math.max(1, to - from) < 0.2 ? 'first-fifth' : 'later';
}

/** whether the evidence starts inside a quotation: more opening than closing marks since its paragraph began */
export function insideQuotation(d: KeepDoc, start: number, ctx: KeepContext): boolean {
  const m = marksOf(d, ctx);
  const k = below(m.breaks, start);
  const para = k > 0 ? m.breaks[k - 1] : 0;
  const count = (list: number[]) => below(list, start) - below(list, para);
  return count(m.open) > count(m.close) || count(m.straight) % 2 === 1;
}

const ev = (documentId: string, quote: string, start = 0) => ({ documentId, quote, start, end: start + quote.length });
const EX_DOC = 'ex-doc';

export const FEATURE_FAMILIES: FeatureFamily[] = [
  {
    id: 'type',
    pattern: 'the event type (call, meeting, statement, visit, agreement)',
    example: { event: { type: 'visit' } },
    exampleFeature: 'type:visit',
    emit: (e) => [`type:${e.type}`],
  },
  {
    id: 'status',
    pattern: 'the status (happened, ongoing, planned, cancelled, denied)',
    example: { event: { status: 'planned' } },
    exampleFeature: 'status:planned',
    emit: (e) => [`status:${e.status}`],
  },
  {
    id: 'type-status',
    pattern: 'type and status together (a planned visit differs from a planned statement)',
    example: { event: { type: 'agreement', status: 'planned' } },
    exampleFeature: 'type-status:agreement-planned',
    emit: (e) => [`type-status:${e.type}-${e.status}`],
  },
  {
    id: 'rule',
    pattern: 'each rule that fired for the event, by stage (rules seen in fewer than 3 sets of the pool count as "rule-other:<stage>")',
    example: { event: { rules: [{ stage: 'trigger', rule: 'meeting-met' }] } },
    exampleFeature: 'rule:trigger:meeting-met',
    emit: (e) => [...new Set((e.rules ?? []).map((r) => `rule:${r.stage}:${r.rule}`))],
  },
  {
    id: 'docs',
    pattern: 'how many documents report the event (1, 2, 3-4, 5+)',
    example: { event: { evidence: [ev(EX_DOC, 'Alder met Birch.'), ev('ex-doc-2', 'Alder met Birch.')] } },
    exampleFeature: 'docs:2',
    emit: (e, ctx) => [`docs:${bucket(docsOf(e, ctx).length, [[1, '1'], [2, '2'], [4, '3-4'], [Infinity, '5+']])}`],
  },
  {
    id: 'outlets',
    pattern: 'how many distinct outlets report the event (1, 2, 3+)',
    example: { event: { evidence: [ev(EX_DOC, 'Alder met Birch.'), ev('ex-doc-2', 'Alder met Birch.')] } },
    exampleFeature: 'outlets:2',
    emit: (e, ctx) => [`outlets:${bucket(new Set(docsOf(e, ctx).map((d) => d.outlet)).size, [[1, '1'], [2, '2'], [Infinity, '3+']])}`],
  },
  {
    id: 'evidence',
    pattern: 'how many evidence quotes the event has (1, 2, 3-4, 5+)',
    example: { event: { evidence: [ev(EX_DOC, 'Alder met Birch.'), ev(EX_DOC, 'The two leaders met.', 20), ev(EX_DOC, 'They met.', 45)] } },
    exampleFeature: 'evidence:3-4',
    emit: (e) => [`evidence:${bucket(e.evidence.length, [[1, '1'], [2, '2'], [4, '3-4'], [Infinity, '5+']])}`],
  },
  {
    id: 'participants',
    pattern: 'how many participants the event has (0, 1, 2, 3+)',
    example: { event: { participants: ['alder', 'birch', 'cedar'] } },
    exampleFeature: 'participants:3+',
    emit: (e) => [`participants:${bucket(e.participants.length, [[0, '0'], [1, '1'], [2, '2'], [Infinity, '3+']])}`],
  },
  {
    id: 'participant-kind',
    pattern: 'the kinds among its participants (person, country, organization, group), each once',
    example: { event: { participants: ['nordvik'] } },
    exampleFeature: 'participant-kind:country',
    emit: (e, ctx) => [...new Set(e.participants.map((p) => `participant-kind:${ctx.actor(p)?.kind ?? 'unknown'}`))],
  },
  {
    id: 'participant-source',
    pattern: 'whether its participants are all in the data file, all discovered in the text, or mixed',
    example: { event: { participants: ['alder', 'birch'] } },
    exampleFeature: 'participant-source:mixed',
    emit: (e, ctx) => {
      if (!e.participants.length) return [];
      const disc = e.participants.filter((p) => ctx.actor(p)?.discovered).length;
      return [`participant-source:${disc === 0 ? 'data-file' : disc === e.participants.length ? 'discovered' : 'mixed'}`];
    },
  },
  {
    id: 'date-precision',
    pattern: 'how precise its date is (day, week, month, year, none)',
    example: { event: { date: '2031-05', dateInfo: { expression: 'in May', reference: null, precision: 'month', range: null } } },
    exampleFeature: 'date-precision:month',
    emit: (e) => [`date-precision:${e.date == null ? 'none' : (e.dateInfo?.precision ?? (e.date.length === 10 ? 'day' : e.date.length === 7 ? 'month' : 'year'))}`],
  },
  {
    id: 'date-lag',
    pattern: 'days from the event to its first reporting document (same-day, 1-3, 4-14, 15+, after-publication; coarse-* for a month or year)',
    example: { event: { date: '2031-05-02' }, published: '2031-05-10' },
    exampleFeature: 'date-lag:4-14',
    emit: (e, ctx) => {
      const d = firstDoc(e, ctx);
      if (e.date == null || !d) return ['date-lag:none'];
      if (e.date.length < 10) return [`date-lag:${e.date > d.published.slice(0, e.date.length) ? 'coarse-after' : 'coarse'}`];
      const lag = dayNo(d.published) - dayNo(e.date);
      return [`date-lag:${lag < 0 ? 'after-publication' : bucket(lag, [[0, 'same-day'], [3, '1-3'], [14, '4-14'], [Infinity, '15+']])}`];
    },
  },
  {
    id: 'position',
    pattern: 'where its earliest evidence sits in the running text of its document (first-paragraph, first-fifth, later)',
    example: { event: { evidence: [ev(EX_DOC, 'Alder met Birch.', 60)] }, text:
        'Nordvik and Avalon held talks on trade at the coast today.\n\nAlder met Birch. The talks went on for hours.\n\n' +
        'Trade between the two countries has grown for a decade, and both sides want more of it, officials said.\n\n' +
        'A second round is planned for the autumn, when the ministers of both countries are due to meet again in the capital.',
    },
    exampleFeature: 'position:first-fifth',
    emit: (e, ctx) => {
      const order = ['first-paragraph', 'first-fifth', 'later'];
      let best = 'later';
      for (const x of e.evidence) {
        const d = ctx.docs.get(x.documentId);
        if (!d) continue;
        const p = positionOf(d, x.start, ctx);
        if (order.indexOf(p) < order.indexOf(best)) best = p;
      }
      return [`position:${best}`];
    },
  },
  {
    id: 'in-quotation',
    pattern: 'whether all, some or none of its evidence starts inside quotation marks (someone quoted telling it)',
    example: { event: { evidence: [ev(EX_DOC, 'Alder met Birch last week.', 23)] }, text: 'Cedar told reporters: “Alder met Birch last week. It went well.”' },
    exampleFeature: 'in-quotation:all',
    emit: (e, ctx) => {
      let n = 0;
      for (const x of e.evidence) {
        const d = ctx.docs.get(x.documentId);
        if (d && insideQuotation(d, x.start, ctx)) n++;
      }
      return [`in-quotation:${n === 0 ? 'none' : n === e.evidence.length ? 'all' : 'some'}`];
    },
  },
  {
    id: 'quote-marks',
    pattern: 'whether an evidence quote itself holds quotation marks (a quoted remark in the sentence)',
    example: { event: { evidence: [ev(EX_DOC, 'Alder said the talks were “useful”.')] } },
    exampleFeature: 'quote-marks:yes',
    emit: (e) => [`quote-marks:${e.evidence.some((x) => /[“”"]/.test(x.quote)) ? 'yes' : 'no'}`],
  },
  {
    id: 'document-kind',
    pattern: 'whether its reporting documents are articles, transcripts or both',
    example: { event: {}, kind: 'transcript' },
    exampleFeature: 'document-kind:transcript',
    emit: (e, ctx) => {
      const kinds = new Set(docsOf(e, ctx).map((d) => d.kind));
      return [`document-kind:${kinds.size > 1 ? 'both' : kinds.has('transcript') ? 'transcript' : 'article'}`];
    },
  },
  {
    id: 'location',
    pattern: 'whether the event has a location',
    example: { event: { location: 'Avalon' } },
    exampleFeature: 'location:yes',
    emit: (e) => [`location:${e.location ? 'yes' : 'no'}`],
  },
  {
    id: 'responds',
    pattern: 'whether a statement answers someone (respondsTo)',
    example: { event: { type: 'statement', respondsTo: ['nordvik'] } },
    exampleFeature: 'responds:yes',
    emit: (e) => (e.respondsTo?.length ? ['responds:yes'] : []),
  },
  {
    id: 'confidence',
    pattern: "the compiler's own confidence (<0.5, 0.5-0.7, 0.7-0.85, 0.85+)",
    example: { event: { confidence: 0.6 } },
    exampleFeature: 'confidence:0.5-0.7',
    emit: (e) => [`confidence:${e.confidence < 0.5 ? '<0.5' : e.confidence < 0.7 ? '0.5-0.7' : e.confidence < 0.85 ? '0.7-0.85' : '0.85+'}`],
  },
];

/** every feature id of one event, sorted, each once (the bias is the model's) */
export function featuresOf(e: KeepEvent, ctx: KeepContext): string[] {
  const out = new Set<string>();
  for (const f of FEATURE_FAMILIES) for (const id of f.emit(e, ctx)) out.add(id);
  return [...out].sort();
}

/** An invented event (and its one or two documents) from a family's example: for tests and docs. */
export function exampleOf(f: FeatureFamily): { event: KeepEvent; ctx: KeepContext } {
  const text = f.example.text ?? 'Alder met Birch. The two leaders met. They met.';
  const doc: KeepDoc = { id: EX_DOC, published: f.example.published ?? '2031-05-10', kind: f.example.kind ?? 'article', outlet: 'Ex Daily', text, kept: [{ start: 0, end: text.length }] };
  const doc2: KeepDoc = { ...doc, id: 'ex-doc-2', outlet: 'Ex Herald' };
  const actors: Record<string, KeepActor> = { alder: { kind: 'person', discovered: false }, birch: { kind: 'person', discovered: true }, cedar: { kind: 'person', discovered: false }, nordvik: { kind: 'country', discovered: false } };
  const event: KeepEvent = {
    id: 'meeting-2031-05-09-alder-birch',
    type: 'meeting',
    status: 'happened',
    date: '2031-05-09',
    participants: ['alder', 'cedar'],
    evidence: [ev(EX_DOC, 'Alder met Birch.')],
    location: null,
    respondsTo: [],
    confidence: 0.9,
    dateInfo: { expression: null, reference: null, precision: 'day', range: null },
    rules: [],
    ...f.example.event,
  };
  return { event, ctx: { docs: new Map([doc, doc2].map((d) => [d.id, d])), actor: (id) => actors[id] } };
}
