/**
 * An office as the subject ("The Chancellor said", "the King told", "The leftist president added"): the one person the
 * document titled so before — the office word right before a mention of them ("Chancellor Mara Quist", "King Tomas") —
 * or whose role (data file, discovery) holds it. Widens coref.ts's the-role-reference, which reads lower-case office
 * words only and the role only; run after it (a span it resolved is occupied). Row: EN_WHO.officeSubject.
 */
import type { Mention } from '../types';
import type { DocCtx, SentCtx } from './context';
import { isOccupied } from './context';
import { EN_WHO } from '../lang/en-who';

export const OFFICE_SUBJECT_RULE = EN_WHO.officeSubject;

export interface OfficeSubjectActor {
  kind: string;
  roleTexts: string[];
}

const DIRECT = new Set<Mention['via']>(['name', 'alias', 'fuzzy', 'title', 'discovered']);

/** an office word as a pattern matching its spellings ("prime minister" → /\bprime\s+minister\b/i) */
function officeRe(office: string): RegExp {
  return new RegExp(String.raw`\b${office.toLowerCase().replace(/\s+/g, String.raw`\s+`)}\b`, 'i');
}

/** roleMatches of coref.ts, for a role text: the office, never as "vice/deputy/former …" */
function roleHas(roleText: string, office: string): boolean {
  return new RegExp(String.raw`(?<!(?:vice|deputy|former|ex-|then-|assistant|under)\s?)\b${office.toLowerCase().replace(/\s+/g, String.raw`\s+`)}\b`, 'i').test(roleText);
}

/**
 * The office references of one sentence resolved: calls `add(start, end, id)` (sentence-relative) for each. `firstAt`
 * gives the earliest body offset of a direct mention of each actor of the document; `titled` is the per-document
 * memo (a Map, filled on first use).
 */
export function officeSubjects(
  dc: DocCtx,
  sc: SentCtx,
  firstAt: Map<string, number>,
  get: (id: string) => OfficeSubjectActor | undefined,
  titled: Map<string, Set<string>>,
  add: (start: number, end: number, id: string) => void,
): void {
  const re = OFFICE_SUBJECT_RULE.pattern;
  re.lastIndex = 0;
  for (const m of sc.text.matchAll(re)) {
    const office = m[2];
    // plain lower-case "the president" is the-role-reference's; this row adds the capitalised office and the adjective
    if (!m[1] && office === office.toLowerCase()) continue;
    const spanStart = m.index ?? 0;
    const end = spanStart + m[0].length;
    if (isOccupied(sc, spanStart, end)) continue;
    const after = sc.text.slice(end);
    if (/^\s+of\b/.test(after)) continue; // "the King of Avalon": a title
    if (/^[\s,]+\p{Lu}/u.test(after)) continue; // a title before a name
    if (/^['’]s\s+(?:\p{Lu}|office\b|spokes|press\b)/u.test(after)) continue; // "the Prime Minister's Office", "the President's office said": a place or a body
    if (!asSubject(sc.text, spanStart, after)) continue;
    const key = office.toLowerCase().replace(/\s+/g, ' ');
    const holders = titledSo(dc, titled, key);
    const bodyPos = sc.s.start + spanStart;
    const candidates = new Set<string>();
    for (const [id, at] of firstAt) {
      if (at >= bodyPos) continue;
      const a = get(id);
      if (!a || a.kind !== 'person') continue;
      if (holders.has(id) || a.roleTexts.some((r) => roleHas(r, key))) candidates.add(id);
    }
    if (candidates.size !== 1) continue;
    add(spanStart, end, [...candidates][0]);
  }
}

/**
 * The office stands as a subject: it opens the sentence (after "But"/"Both"/"And" or a lead phrase closed by a comma),
 * follows a quotation's closing comma ('," the President added'), or a verb follows it ("however, the King met"). An
 * object ("to brief the President on …", "gratitude to the Crown Prince") and a remark recalled in passing ("as the
 * President has said") are left alone.
 */
function asSubject(text: string, at: number, after: string): boolean {
  const before = text.slice(0, at);
  // "…, as the President has said, …": a remark told elsewhere, recalled in passing
  if (/\bas\s+$/i.test(before)) return false;
  if (/^\s*(?:(?:but|and|both|yet|so|then|later|earlier|meanwhile)\s+)?$/i.test(before)) return true;
  if (/^\s*[^"“”]{1,80},\s*$/.test(before) && !/\b(?:to|with|by|for|of|from|on|at|between)\s+[^,]*,\s*$/i.test(before)) return true;
  if (/[,.!?]\s*["”]\s*$/.test(before)) return true;
  return /^(?:['’]s\s+\p{Ll}+\s+)?\s*(?:also\s+|then\s+|later\s+|has\s+|had\s+|will\s+|would\s+)?(?:said|says|told|tells|added|adds|stated|warned|noted|explained|argued|wrote|insisted|stressed|replied|urged|met|meets|spoke|speaks|visited|visits|held|hosted|welcomed|thanked|called|announced|accepted|received|greeted|highlighted|expressed|reiterated|underlined|agreed|discussed|praised|signed|arrived|travelled|traveled|left|went|made|gave|took)\b/u.test(after);
}

/** the people of the document that a direct mention shows with the office word right before their name */
function titledSo(dc: DocCtx, memo: Map<string, Set<string>>, office: string): Set<string> {
  const hit = memo.get(office);
  if (hit) return hit;
  const out = new Set<string>();
  const re = officeRe(office);
  // the office word, then up to two capitalised words ("President Tomas Vell", "King Tomas III"), then the mention
  const rest = /^\.?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;
  const last = new RegExp(re.source, 'gi');
  const titledBefore = (before: string) => {
    let end = -1;
    for (const x of before.matchAll(last)) end = (x.index ?? 0) + x[0].length;
    return end >= 0 && rest.test(before.slice(end));
  };
  const opening = new RegExp(String.raw`^${re.source}\s`, 'i');
  const sentOf = new Map<number, SentCtx>();
  for (const sc of dc.sents) sentOf.set(sc.s.index, sc);
  for (const m of dc.mentions) {
    if (!DIRECT.has(m.via)) continue;
    const sc = sentOf.get(m.sentence);
    if (!sc) continue;
    const rel = m.start - sc.s.start;
    const before = sc.text.slice(Math.max(0, rel - 40), rel);
    if (titledBefore(before) || opening.test(m.surface)) out.add(m.actorId);
  }
  memo.set(office, out);
  return out;
}
