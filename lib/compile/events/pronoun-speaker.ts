/**
 * The "he"/"she" speakers the statements pass supplies itself, when coreference (who/coref.ts) left the pronoun open:
 * the last speaker, or the subject the story follows. Two checks keep them to what the text can mean:
 *  - gender (EN.pronounGenderAgrees): the person must agree with the pronoun as the document shows that person's gender
 *    (who/gender.ts: titles, role nouns, the document's own "his"/"her", given names), the test coreference applies to
 *    its own antecedents. A person of the other gender is never the speaker: the one person of the pronoun's gender named
 *    just before (this sentence and the two before) is, else no one. Unknown gender: the fallback stands.
 *  - an unnamed speaker in between (EN.unnamedSpeakerBefore): when the sentence before has a statement verb whose subject
 *    is a description that no mention resolves ("…,” the bloc’s foreign policy chief said"), the pronoun refers to that
 *    speaker, whom the text does not name: no speaker (never a person named before it).
 */
import { documentGenders, type Gender } from '../who/gender';
import type { DocCtx } from '../who/context';
import { matchText } from '../who/text';
import { EN } from '../lang/en';
import type { Ctx, Narrative } from './context';

type DocView = Pick<Ctx, 'doc' | 'actors' | 'mentionsBySentence'>;

const genders = new WeakMap<object, Map<string, Gender>>();

/** the genders of the document's people (who/gender.ts over the mentions the events stage reads), once per document */
export function genderMap(ctx: DocView): Map<string, Gender> {
  const hit = genders.get(ctx.mentionsBySentence);
  if (hit) return hit;
  const dc = {
    doc: ctx.doc,
    transcript: false,
    day: '',
    sents: ctx.doc.sentences.map((s) => ({ s, text: matchText(s.norm && s.norm.length === s.text.length ? s.norm : s.text), tokens: [], occupied: [], titleHits: [] })),
    mentions: [...ctx.mentionsBySentence.values()].flat(),
  } as unknown as DocCtx;
  const out = documentGenders(dc, (id) => ctx.actors.get(id), (id) => ctx.actors.get(id)?.kind === 'person');
  genders.set(ctx.mentionsBySentence, out);
  return out;
}

/** the gender of the last "he"/"she" of the text before the verb, or null */
export function pronounBefore(lead: string): Gender | null {
  const m = EN.pronounGenderAgrees.pattern.exec(lead);
  if (!m) return null;
  return /^she$/i.test(m[1]) ? 'f' : 'm';
}

/**
 * The speaker a fallback may give a pronoun of gender `want` (at `at`, sentence-relative, in sentence `sentence`):
 * `id` when its gender agrees or is unknown (or it is no person); otherwise the one person of that gender named before
 * the pronoun in this sentence or the two before (nearest sentence first); null when none or two.
 */
export function agreeingSpeaker(ctx: DocView, sentence: number, at: number, want: Gender, id: string): string | null {
  if (ctx.actors.get(id)?.kind !== 'person') return id;
  const map = genderMap(ctx);
  const g = map.get(id);
  if (!g || g === want) return id;
  for (let k = sentence; k >= Math.max(0, sentence - 2); k--) {
    const start = ctx.doc.sentences.find((x) => x.index === k)?.start ?? 0;
    const ids = new Set<string>();
    for (const m of ctx.mentionsBySentence.get(k) ?? []) {
      if (k === sentence && m.start - start >= at) continue;
      if (m.via === 'pronoun' || ctx.actors.get(m.actorId)?.kind !== 'person') continue;
      if (map.get(m.actorId) === want) ids.add(m.actorId);
    }
    if (ids.size === 1) return [...ids][0];
    if (ids.size > 1) return null;
  }
  return null;
}

/** the sentence of the last statement verb whose subject was an unresolved description, per document (its narrative) */
const unnamed = new WeakMap<Narrative, number>();

/** Note a statement verb left without a speaker: when its subject is an unresolved description, remember the sentence. */
export function noteUnnamedSpeaker(nar: Narrative, sentence: number, before: string): void {
  if (EN.unnamedSpeakerBefore.pattern.test(before)) unnamed.set(nar, sentence);
}

/** the surname of the unresolved name noted as a speaker (unresolved-name.ts), per document, with its sentence */
const unresolved = new WeakMap<Narrative, { sentence: number; surname: string }>();

/** Note a statement verb whose subject is a name no mention resolves ("“…,” Kovac said"): its surname and sentence. */
export function noteUnresolvedName(nar: Narrative, sentence: number, surname: string): void {
  unnamed.set(nar, sentence);
  unresolved.set(nar, { sentence, surname });
}

/**
 * True when a pronoun of sentence `sentence` that the fallback would give to the person last seen in `from` refers
 * instead to an unnamed speaker: one noted in the sentence right before, no earlier than `from` — unless that unnamed
 * speaker was an unresolved name that the fallback's person (`names`: name and aliases) bears as a surname.
 */
export function pronounOfUnnamedSpeaker(nar: Narrative, sentence: number, from: number, names: string[] = []): boolean {
  const at = unnamed.get(nar);
  if (!(at !== undefined && at === sentence - 1 && at >= from)) return false;
  const u = unresolved.get(nar);
  if (u && u.sentence === at && names.some((n) => n.split(/\s+/).pop()?.toLowerCase() === u.surname.toLowerCase())) return false;
  return true;
}

/** A pronoun found to be the unnamed speaker of the sentence before: that speaker is still the one speaking here (the chain goes on). */
export function carryUnnamedSpeaker(nar: Narrative, sentence: number): void {
  const at = unnamed.get(nar);
  if (at === undefined) return;
  unnamed.set(nar, sentence);
  const u = unresolved.get(nar);
  if (u && u.sentence === at) unresolved.set(nar, { sentence, surname: u.surname });
}
