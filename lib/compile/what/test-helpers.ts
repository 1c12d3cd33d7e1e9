/**
 * Builders for the "what" stages' unit tests: a SentencedDoc from plain text,
 * mentions / places / dates found by their words, and an actor map — so the
 * tests do not depend on the other stages.
 */
import type { ActorKind, PlaceEntry } from '../../schema';
import type { ActorInfo, DateExpr, Mention, PlaceMention, Sentence, SentencedDoc } from '../types';
import type { ExtractInput } from '../events';

export function makeDoc(id: string, body: string, published = '2025-02-18', kind: 'article' | 'transcript' = 'article', outlet = `Outlet ${id}`): SentencedDoc {
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const t = m[0].trim();
    if (!t) continue;
    const start = m.index + m[0].indexOf(t);
    sentences.push({ docId: id, index: sentences.length, start, end: start + t.length, text: t, norm: t });
  }
  return {
    id,
    file: `data/documents/${id}.md`,
    meta: { title: id, outlet, url: null, published, kind },
    body,
    bodyLine: 1,
    kept: [{ start: 0, end: body.length }],
    removed: [],
    sentences,
  };
}

function sentenceAt(doc: SentencedDoc, at: number): number {
  const s = doc.sentences.find((x) => at >= x.start && at < x.end);
  return s ? s.index : -1;
}

/** Every occurrence of each surface form → a mention of its actor (longest forms first, no overlaps). */
export function findMentionsBy(doc: SentencedDoc, forms: Record<string, string>, via: Mention['via'] = 'name', score = 1): Mention[] {
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  for (const form of Object.keys(forms).sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.body))) {
      const start = m.index;
      const end = start + form.length;
      if (taken.some(([a, b]) => a < end && start < b)) continue;
      taken.push([start, end]);
      out.push({ docId: doc.id, sentence: sentenceAt(doc, start), start, end, surface: form, actorId: forms[form], via, score });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findPlacesBy(doc: SentencedDoc, forms: Record<string, { place: string; kind: PlaceMention['kind'] }>): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const form of Object.keys(forms)) {
    let i = doc.body.indexOf(form);
    while (i >= 0) {
      out.push({ docId: doc.id, sentence: sentenceAt(doc, i), start: i, end: i + form.length, surface: form, place: forms[form].place, kind: forms[form].kind });
      i = doc.body.indexOf(form, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export type DateSpec = Partial<Pick<DateExpr, 'value' | 'precision' | 'anchor' | 'future' | 'range'>>;

/** The first occurrence of each phrase becomes a DateExpr with the given resolution. */
export function findDatesBy(doc: SentencedDoc, specs: Record<string, DateSpec>): DateExpr[] {
  const out: DateExpr[] = [];
  for (const [text, spec] of Object.entries(specs)) {
    const i = doc.body.indexOf(text);
    if (i < 0) continue;
    out.push({
      docId: doc.id,
      sentence: sentenceAt(doc, i),
      start: i,
      end: i + text.length,
      text,
      value: spec.value ?? null,
      precision: spec.precision ?? (spec.value ? (spec.value.length === 10 ? 'day' : spec.value.length === 7 ? 'month' : 'year') : null),
      reference: `published ${doc.meta.published}`,
      ...(spec.anchor ? { anchor: spec.anchor } : {}),
      ...(spec.future ? { future: true } : {}),
      ...(spec.range ? { range: spec.range } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function actorMap(list: [id: string, name: string, kind: ActorKind, affiliation?: string][]): Map<string, ActorInfo> {
  return new Map(
    list.map(([id, name, kind, affiliation]) => [id, { id, name, kind, affiliation: affiliation ?? null, aliases: [], role: null, discovered: false, surfaceForms: [] }]),
  );
}

export const TEST_PLACES: PlaceEntry[] = [
  { name: 'Avalon', kind: 'city', country: 'FD', aliases: [] },
  { name: 'Glass Palace', kind: 'venue', country: 'FD', within: 'Avalon', aliases: [] },
  { name: 'Freedonia', kind: 'country', country: 'FD', aliases: [] },
  { name: 'Nordvik', kind: 'city', country: 'NV', aliases: [] },
  { name: 'Eastport', kind: 'city', country: 'EP', aliases: [] },
];

/** An ExtractInput from a doc and word lists. */
export function input(
  doc: SentencedDoc,
  actors: Map<string, ActorInfo>,
  forms: Record<string, string>,
  dates: Record<string, DateSpec> = {},
  places: Record<string, { place: string; kind: PlaceMention['kind'] }> = {},
): ExtractInput {
  return {
    doc,
    mentions: findMentionsBy(doc, forms),
    places: findPlacesBy(doc, places),
    dates: findDatesBy(doc, dates),
    actors,
    placeEntries: TEST_PLACES,
  };
}
