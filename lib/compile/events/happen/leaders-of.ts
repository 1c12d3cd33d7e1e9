/**
 * leaders-of-countries: "the leaders of Avalon and Nordvik held a summit", "gathered the leaders of Avalon and Nordvik to
 * sign a deal": the parties are the leaders, not the countries. Each country named after the row's phrase stands for the
 * one person of that nation the document names most (a leader's role first); a country whose leader the document does
 * not name stays. Only when the hit has fewer than two people of its own.
 */
import type { ActorInfo, Mention } from '../../types';
import { PERSONISH } from '../../what/participants';
import { EN } from '../../lang/en';
import { uniq } from '../util';
import { fired, type ClauseEnv, type Draft } from './types';

const LEADER_ROLE = /\b(?:president|prime\s+minister|premier|king|queen|emir|sultan|chancellor|leader|taoiseach|crown\s+prince|head\s+of\s+state)\b/i;
const NOT_LEADER_ROLE = /\b(?:vice|deputy|foreign|former|minister\s+of|secretary|spokes\w*|first\s+lady)\b/i;

/** the person of a nation the document names most, a leader's role first; null when it names none */
export function leaderOf(code: string, bySentence: Map<number, Mention[]>, actors: Map<string, ActorInfo>): string | null {
  const count = new Map<string, number>();
  for (const ms of bySentence.values())
    for (const m of ms) {
      const a = actors.get(m.actorId);
      if (a && a.kind === 'person' && a.affiliation === code) count.set(a.id, (count.get(a.id) ?? 0) + 1);
    }
  const rank = (id: string) => {
    const role = actors.get(id)?.role ?? '';
    return LEADER_ROLE.test(role) && !NOT_LEADER_ROLE.test(role) ? 1 : NOT_LEADER_ROLE.test(role) ? -1 : 0;
  };
  const best = [...count.keys()].sort((a, b) => rank(b) - rank(a) || count.get(b)! - count.get(a)! || (a < b ? -1 : 1))[0];
  return best && rank(best) >= 0 ? best : null;
}

export function leadersOfCountries(d: Draft, e: ClauseEnv): void {
  const { h } = d;
  if (h.role !== 'event' || (h.type !== 'meeting' && h.type !== 'agreement' && h.type !== 'call')) return;
  const { kindOf, actors, mentionsBySentence } = e.ctx;
  if (d.part.ids.filter((id) => PERSONISH.includes(kindOf(id) ?? 'country')).length >= 2) return;
  const { text, local } = e.view;
  const countries = local.filter((m) => m.kind === 'country' && m.start >= e.clause.start && m.end <= e.clause.end).sort((a, b) => a.start - b.start);
  const first = countries.findIndex((m) => EN.leadersOfCountries.pattern.test(text.slice(Math.max(e.clause.start, m.start - 50), m.start)));
  if (first < 0) return;
  const group = [countries[first]];
  for (const m of countries.slice(first + 1)) {
    if (!/^\s*(?:,|,?\s*and|&)\s+(?:the\s+)?$/i.test(text.slice(group[group.length - 1].end, m.start))) break;
    group.push(m);
  }
  // the group and the trigger close together in the clause
  const gap = h.start >= group[group.length - 1].end ? h.start - group[group.length - 1].end : group[0].start - h.end;
  if (group.length < 2 || gap > 120 || gap < -1) return;
  const swap = new Map<string, string>();
  for (const m of group) {
    const code = actors.get(m.actorId)?.affiliation;
    const leader = code ? leaderOf(code, mentionsBySentence, actors) : null;
    if (leader) swap.set(m.actorId, leader);
  }
  if (swap.size < 2) return;
  const others = d.part.ids.filter((id) => !group.some((m) => m.actorId === id) && PERSONISH.includes(kindOf(id) ?? 'country'));
  d.nationParties = false;
  d.part = fired(d.why, 'participants', EN.leadersOfCountries.id, { ids: uniq([...others, ...group.map((m) => swap.get(m.actorId) ?? m.actorId)]), certainty: 0.6 });
}
