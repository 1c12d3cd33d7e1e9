/**
 * For the passes' unit tests: runs a short document through the event passes
 * exactly as extract.ts does, and records for every trigger hit its final
 * draft and the pass that dropped it (null when it was emitted).
 */
import type { ActorInfo, Mention } from '../../types';
import { input, makeDoc, type DateSpec } from '../../what/test-helpers';
import { viewSentence } from '../context';
import { makeCtx } from '../extract';
import { ACTORS, FORMS, PLACES } from '../fixtures';
import { findStatements } from '../statements';
import { updateNarrative } from '../narrative';
import { eachDraft, PASSES } from './index';
import type { Draft } from './types';

export interface Traced {
  sentence: number;
  hit: string;
  trigger: string;
  /** the pass that dropped the hit, or null when it became a candidate */
  dropped: string | null;
  d: Draft;
  /** the rule ids recorded, "stage:rule" */
  rules: string[];
}

export interface TraceOptions {
  dates?: Record<string, DateSpec>;
  published?: string;
  actors?: Map<string, ActorInfo>;
  forms?: Record<string, string>;
  places?: Record<string, { place: string; kind: 'city' | 'venue' | 'country' | 'region' }>;
  /** mentions as the people stage would give them, by surface (first occurrence from `from`), e.g. "I" resolved to a speaker */
  extra?: { surface: string; actorId: string; via?: Mention['via']; score?: number; from?: number }[];
  /** the document's kind and title (an article titled by its id unless told) */
  kind?: 'article' | 'transcript';
  title?: string;
}

export function trace(text: string, o: TraceOptions = {}): Traced[] {
  const doc = makeDoc('t', text, o.published ?? '2025-02-19', o.kind);
  if (o.title) doc.meta.title = o.title;
  const inp = input(doc, o.actors ?? ACTORS, o.forms ?? FORMS, o.dates ?? {}, o.places ?? PLACES);
  for (const x of o.extra ?? []) {
    const at = text.indexOf(x.surface, x.from ?? 0);
    if (at < 0) throw new Error(`no "${x.surface}" in the text`);
    const s = doc.sentences.find((y) => at >= y.start && at < y.end)!;
    inp.mentions.push({ docId: doc.id, sentence: s.index, start: at, end: at + x.surface.length, surface: x.surface, actorId: x.actorId, via: x.via ?? 'pronoun', score: x.score ?? 0.8 });
  }
  inp.mentions.sort((a, b) => a.start - b.start);
  const ctx = makeCtx(inp);
  const out: Traced[] = [];
  for (const s of doc.sentences) {
    const view = viewSentence(ctx, s);
    if (!view) continue;
    eachDraft(ctx, view, (d, e) => {
      let dropped: string | null = null;
      for (const p of PASSES)
        if (p.run(d, e) === false) {
          dropped = p.id;
          break;
        }
      out.push({ sentence: s.index, hit: d.h.rule.id, trigger: d.h.text, dropped, d, rules: d.why.map((w) => `${w.stage}:${w.rule}`) });
    });
    findStatements(ctx, view);
    updateNarrative(ctx, view);
  }
  return out;
}

/** the one traced hit of a trigger rule (throws when there is none) */
export function hitOf(t: Traced[], rule: string, sentence?: number): Traced {
  const x = t.find((y) => y.hit === rule && (sentence === undefined || y.sentence === sentence));
  if (!x) throw new Error(`no hit of ${rule}; hits: ${t.map((y) => `${y.sentence}:${y.hit}`).join(', ')}`);
  return x;
}
