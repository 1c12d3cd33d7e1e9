/**
 * readout-not-statement: "The Nordvik foreign ministry said in a statement that Mara Quist and Tomas Vell discussed
 * the border": a body (not a person) reporting, in the same sentence, a meeting or call of named others gives that
 * happening's readout. The happening is kept; the body's "statement" is not one of its own (annotators record the
 * meeting or call, not a remark of the office that reported it). A body that DENIES or disputes ("denied that Quist
 * had met Vell") speaks for itself and is kept, as is a person who reports, a speaker who took part, and a report of
 * a planned happening (an announcement).
 */
import { EN } from '../../lang/en';
import type { Cand } from '../cand';
import type { Ctx } from '../context';

/** true when the statement candidate is the readout of one of the sentence's told meetings or calls */
export function isReadout(st: Cand, sentenceCands: Cand[], kindOf: Ctx['kindOf'], sentence = ''): boolean {
  if (st.role !== 'statement' || !st.speaker) return false;
  // readout-announcement: a happening still to come, confirmed or announced, is the body's own statement
  if (EN.readoutAnnouncement.pattern.test(sentence)) return false;
  const kind = kindOf(st.speaker);
  if (!kind || kind === 'person') return false;
  if (!EN.readoutNotStatement.pattern.test(st.trigger.trim())) return false;
  return sentenceCands.some(
    (c) =>
      c.role === 'event' &&
      (c.type === 'meeting' || c.type === 'call') &&
      c.status === 'happened' &&
      c.participants.some((id) => kindOf(id) === 'person') &&
      !c.participants.includes(st.speaker!),
  );
}

/** drops, from the candidates of one sentence (ctx.cands from index `from`), the statements that are readouts */
export function dropReadouts(ctx: Ctx, from: number): void {
  const own = ctx.cands.slice(from);
  if (!own.some((c) => c.role === 'statement') || !own.some((c) => c.role === 'event')) return;
  const sentence = (own[0] && ctx.doc.sentences[own[0].sentence]?.text) ?? '';
  const drop = new Set(own.filter((c) => isReadout(c, own, ctx.kindOf, sentence)));
  if (!drop.size) return;
  const kept = own.filter((c) => !drop.has(c));
  ctx.cands.length = from;
  ctx.cands.push(...kept);
}
