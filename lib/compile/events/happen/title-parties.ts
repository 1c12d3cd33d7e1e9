/**
 * title-parties: a transcript of remarks made after (or before, or at) talks often tells their deal in the first person
 * ("we concluded a historic deal", "We've reached an agreement") without telling the talks in its own body: the talks
 * and their other side are named only in the document's title — "Remarks by President Alder on His Meetings in
 * Freedonia", "Remarks Following a Meeting With President Birch of Nordvik", "Statement by Prime Minister Alder at his
 * Meeting with Prime Minister Birch", "Press statement by Alder after his meeting with Birch". Such an agreement (one that
 * first-person-deal found no talks for) is the speaker's with the title's other side: the person the title names before
 * the talks' noun (else the person the transcript's "I" stands for), and the person — else the country — named after it.
 */
import type { ActorInfo, SentencedDoc } from '../../types';
import type { LangRule } from '../../lang/en';
import { escapeRegExp } from '../../text/norm';
import { PERSONISH } from '../../what/participants';
import { uniq } from '../util';
import { firstPersonSpoken } from './agreement';
import { fired, type ClauseEnv, type Draft } from './types';

const row = (id: string, pattern: RegExp, effect: string, example: string): LangRule => ({ id, pattern, effect, example });

export const TITLE_ROWS = {
  titleTalks: row(
    'transcript-title-parties',
    /\b(?:after|following|prior\s+to|before|at|on|from)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:meetings?|talks|discussions|summit|consultations)\s+(?:with|in)\s+/iu,
    'the title of a transcript of remarks that names talks ("Remarks Following a Meeting With President Birch", "Remarks by Alder on His Meetings in Freedonia") names their sides: the one speaking before the talks\' noun, the other side after it; a deal the speaker tells in the first person with no talks told in the body is theirs',
    'Remarks by President Alder on His Meetings in Freedonia',
  ),
} as const;

/** every written form of an actor: its name, aliases and the forms found in the text */
const formsOf = (a: ActorInfo) => [a.name, ...a.aliases, ...a.surfaceForms].filter((f) => f.length >= 3);

/** the persons, else the countries, whose written form is in `text` (case as written, whole words) */
function named(text: string, actors: Map<string, ActorInfo>): string[] {
  const found = (kinds: string[]) => [...actors.values()].filter((a) => kinds.includes(a.kind) && formsOf(a).some((f) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f)}(?![\\p{L}])`, 'u').test(text))).map((a) => a.id);
  const persons = found(['person']);
  return persons.length ? persons : found(['country']);
}

const CACHE = new WeakMap<SentencedDoc, { speaker: string | null; others: string[] }>();

/** the sides of the talks a transcript's title names: the speaker (before the talks' noun) and the other side (after it) */
export function titleSides(doc: SentencedDoc, actors: Map<string, ActorInfo>): { speaker: string | null; others: string[] } {
  const done = CACHE.get(doc);
  if (done) return done;
  let out: { speaker: string | null; others: string[] } = { speaker: null, others: [] };
  const title = doc.meta.title ?? '';
  const m = doc.meta.kind === 'transcript' ? TITLE_ROWS.titleTalks.pattern.exec(title) : null;
  if (m) {
    const before = named(title.slice(0, m.index), actors).filter((id) => actors.get(id)?.kind === 'person');
    const others = named(title.slice(m.index + m[0].length), actors);
    out = { speaker: before.length === 1 ? before[0] : null, others: others.filter((id) => !before.includes(id)) };
  }
  CACHE.set(doc, out);
  return out;
}

/** titleParties (after first-person-deal): a first-person deal of a transcript with no talks told is the speaker's with the title's other side */
export function titleParties(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  const { doc, actors, kindOf, mentionsBySentence } = e.ctx;
  if (h.type !== 'agreement' || h.role !== 'event' || h.rule.refOnly || doc.meta.kind !== 'transcript') return;
  const personish = (id: string) => PERSONISH.includes(kindOf(id) ?? 'country');
  if (d.part.ids.filter(personish).length >= 2 || !firstPersonSpoken(d, e)) return;
  const sides = titleSides(doc, actors);
  if (!sides.others.length) return;
  // the speaker: the one the title names, else the person the turn's "I" stands for (the latest before this sentence)
  let speaker = sides.speaker;
  for (let k = e.view.s.index; !speaker && k >= 0; k--) {
    const i = (mentionsBySentence.get(k) ?? []).filter((x) => x.via === 'pronoun' && x.surface === 'I' && kindOf(x.actorId) === 'person').pop();
    if (i) speaker = i.actorId;
  }
  if (!speaker) return;
  d.part = fired(d.why, 'participants', TITLE_ROWS.titleTalks.id, { ids: uniq([speaker, ...sides.others]), certainty: 0.6 });
}
