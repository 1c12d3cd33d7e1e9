import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../../schema';
import { outletRule, withoutOutlets } from './org-outlets';

const org = (name: string, aliases: string[] = []): ActorEntry => ({ id: name.toLowerCase().replace(/\s+/g, '-'), name, kind: 'organization', aliases, titles: [] });

describe('org-outlets', () => {
  it('org-news-agency: a news or press agency or service is no actor', () => {
    expect(outletRule(org('Nordvik News Agency'), new Set())).toBe('org-news-agency');
    expect(outletRule(org('Alder Press Service'), new Set())).toBe('org-news-agency');
  });
  it('org-is-outlet: a name the outlets list', () => {
    expect(outletRule(org('Birchwire Agency'), new Set(['birchwire agency']))).toBe('org-is-outlet');
  });
  it('keeps other bodies', () => {
    const kept = withoutOutlets([org('Nordvik Space Agency'), org('Alder Border Committee'), org('Cedar News Agency')], new Set());
    expect(kept.map((a) => a.name)).toEqual(['Nordvik Space Agency', 'Alder Border Committee']);
  });
});
