/**
 * A news agency is a source of reports, not an actor: organisations found by the shape of their names
 * (who/organisations.ts) that are outlets — a name the lexicon or a document's outlet gives, or a name whose head is
 * a news or press agency or service — are left out of the actors (their words stay reports of others).
 */
import type { ActorEntry } from '../../schema';
import { fold } from './text';

export const ORG_OUTLET_RULES = [
  {
    id: 'org-is-outlet',
    pattern: 'an organisation found by its name\'s shape whose name or acronym is an outlet\'s (lexicon outlets, documents\' outlets)',
    effect: 'no actor',
    example: '"the Birch Press Agency said …" with Birch Press Agency among the outlets',
  },
  {
    id: 'org-news-agency',
    pattern: 'an organisation found by its name\'s shape whose name ends in "News Agency", "Press Agency", "News Service" or "Press Service"',
    effect: 'no actor',
    example: '"according to the official Nordvik News Agency"',
  },
] as const;

const AGENCY_TAIL = /\b(?:news|press|telegraph|information)\s+(?:agency|service)$/i;

/** The rule that makes an organisation entry an outlet, or null. */
export function outletRule(a: Pick<ActorEntry, 'name' | 'aliases' | 'kind'>, outlets: Set<string>): (typeof ORG_OUTLET_RULES)[number]['id'] | null {
  if (a.kind === 'person' || a.kind === 'country') return null;
  const forms = [a.name, ...a.aliases].map((f) => fold(f).replace(/^the\s+/, ''));
  if (forms.some((f) => outlets.has(f))) return 'org-is-outlet';
  if (forms.some((f) => AGENCY_TAIL.test(f))) return 'org-news-agency';
  return null;
}

/** `found` (organisations found by shape) without the outlets. */
export function withoutOutlets<T extends Pick<ActorEntry, 'name' | 'aliases' | 'kind'>>(found: T[], outlets: Set<string>): T[] {
  return found.filter((a) => !outletRule(a, outlets));
}
