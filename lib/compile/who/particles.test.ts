import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { personKeys } from './context';
import { PARTICLE_CHAIN_RULE } from './fuzzy';
import { makeDoc, person } from './test-helpers';

// invented people with Arabic-style names (a father's name after "bin", a family name after "Al")
const actors: ActorEntry[] = [
  person('tariq-bin-hamdan-al-kabir', 'Tariq bin Hamdan Al Kabir', { affiliation: 'QA', aliases: ['Tariq bin Hamdan', 'Sheikh Tariq'] }),
  person('salem-bin-rashid-al-nuri', 'Salem bin Rashid Al Nuri', { affiliation: 'AE', aliases: ['Salem bin Rashid'] }),
];
const lexicon: Lexicon = { outlets: [], notPeople: [] };
const run = (sentences: string[]) => findMentions([makeDoc(sentences)], actors, [], lexicon);

describe('names joined by particles (bin, ibn, Al, van …)', () => {
  it('never takes the father’s name after "bin" as a surname key', () => {
    const keys = personKeys(actors);
    const sn = keys.find((k) => k.actorId === 'tariq-bin-hamdan-al-kabir')!.surnames;
    expect(sn).toContain('Kabir');
    expect(sn).not.toContain('Hamdan');
  });

  it(`${PARTICLE_CHAIN_RULE.id}: the father's name inside another person's name is not the known person`, () => {
    const r = run(['The talks were mediated by Omani Foreign Minister Hilal bin Hamdan Al Saqri on Saturday.']);
    expect(r.mentions.some((m) => m.actorId === 'tariq-bin-hamdan-al-kabir')).toBe(false);
    expect(r.actors.find((a) => a.discovered && a.name.includes('Saqri'))?.name).toBe('Hilal bin Hamdan Al Saqri');
  });

  it(`${PARTICLE_CHAIN_RULE.id}: a shared family name after another first name is another person`, () => {
    const r = run(['The delegation included Khalil bin Salem Al Nuri, crown prince of the emirate, and two ministers.']);
    expect(r.mentions.some((m) => m.actorId === 'salem-bin-rashid-al-nuri')).toBe(false);
  });

  it('still links a misspelt family name after the person’s own first name', () => {
    const r = run(['Sheikh Tariq arrived on Monday.', 'Later Tariq bin Hamdan Al Kabeer met the envoy.']);
    expect(r.mentions.filter((m) => m.actorId === 'tariq-bin-hamdan-al-kabir').length).toBeGreaterThanOrEqual(2);
  });

  it('a spelling of the first name still heads the person’s particle name, and the whole name is one mention', () => {
    const r = run(['The delegation was headed by Dr. Tarik bin Hamdan al-Kabir, Minister of State.']);
    expect(r.mentions.filter((m) => m.actorId === 'tariq-bin-hamdan-al-kabir').map((m) => m.surface)).toEqual(['Tarik bin Hamdan al-Kabir']);
    expect(r.actors.some((a) => a.discovered)).toBe(false);
  });
});
