/**
 * reception-visitor: "Alder received Birch in Avalon, the first such visit there by any Nordic leader",
 * "Alder will host Birch on a working visit in Avalon": a visit noun told in a clause whose verb receives a guest
 * is the guest's visit. Its visitor is the first person named after the receiving verb (not the host, the clause's subject,
 * nor a country inside the noun's description), and it is as far ahead as that verb ("will host" — planned).
 */
import { modalityOf } from '../../what/modality';
import { PERSONISH, type LocalMention } from '../../what/participants';
import { EN } from '../../lang/en';
import { fired, type ClauseEnv, type Draft } from './types';

const VISIT_NOUN = /^(?:visit|visits|trip|state\s+visit)\b/i;
const GUEST_GAP = /^\s*(?:(?:[A-Z][\w.’'-]*|the|his|her|their|its|visiting|president|prime|minister|chancellor|premier|king|queen|crown|prince|princess|emir|sheikh|leader|counterpart|secretary|foreign|envoy|of)[\s,]+)*$/;
const VERB = /\b(?:received|receives|receive|receiving|hosted|hosts|host|hosting|welcomed|welcomes|welcome|welcoming|greeted|greets)\b/gi;

/** the receiving verb before the visit noun in its clause, and its guest (the first person after it, before the noun) */
export function receptionOf(d: Draft, e: ClauseEnv): { verb: { start: number; end: number }; guest: LocalMention } | null {
  const { h } = d;
  if (h.type !== 'visit' || !VISIT_NOUN.test(h.text)) return null;
  const { text, local, quotes } = e.view;
  const span = text.slice(e.clause.start, h.start);
  let found: { start: number; end: number } | null = null;
  for (const m of span.matchAll(VERB)) found = { start: e.clause.start + m.index, end: e.clause.start + m.index + m[0].length };
  if (!found || !EN.receptionVisitor.pattern.test(text.slice(found.start, found.end) + ' ')) return null;
  if (quotes.some((q) => found!.start > q.start && found!.start < q.end)) return null;
  const verb = found;
  const guest = local.filter((m) => PERSONISH.includes(m.kind) && m.start >= verb.end && m.end <= h.start && m.start - verb.end <= 60).sort((a, b) => a.start - b.start)[0];
  // the guest is the verb's object: only titles and names between ("received German Chancellor B"), not "welcomed the
  // achievements made through B's visit" (an approval of a thing)
  if (!guest || !GUEST_GAP.test(text.slice(verb.end, guest.start))) return null;
  return { verb, guest };
}

/** participants stage: the guest is the visitor */
export function receptionVisitor(d: Draft, e: ClauseEnv): void {
  const r = receptionOf(d, e);
  if (!r) return;
  d.part = fired(d.why, 'participants', EN.receptionVisitor.id, { ids: [r.guest.actorId], certainty: r.guest.score });
}

/** status stage (after the clause's modality): the visit is as far ahead as the receiving verb */
export function receptionVisitorModality(d: Draft, e: ClauseEnv): void {
  if (!d.why.some((w) => w.rule === EN.receptionVisitor.id) || d.modality !== 'happened') return;
  const r = receptionOf(d, e);
  if (!r) return;
  const { lower } = e.view;
  const m = modalityOf(lower.slice(e.clause.start, r.verb.start), lower.slice(r.verb.start, r.verb.end), lower.slice(r.verb.end, e.clause.end));
  if (m === 'planned') d.modality = fired(d.why, 'status', EN.receptionVisitor.id, 'planned');
}
