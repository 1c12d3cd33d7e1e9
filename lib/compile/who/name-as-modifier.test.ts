import { describe, expect, it } from 'vitest';
import { NAME_AS_MODIFIER_RULES, nameAsModifier } from './name-as-modifier';

const at = (text: string, name: string, kind = 'country', from = 0) => {
  const i = text.indexOf(name, from);
  return nameAsModifier(text, i, i + name.length, kind);
};

describe('name-as-modifier', () => {
  it('each row has an id, a pattern, an effect and an example', () => {
    for (const r of NAME_AS_MODIFIER_RULES) expect(r.id && r.pattern && r.effect && r.example && r.kinds.length).toBeTruthy();
  });
  it('the rows\' examples', () => {
    const t = NAME_AS_MODIFIER_RULES.find((r) => r.id === 'name-before-noun')!.example;
    expect(at(t, 'Avalon')).toBe('name-before-noun');
    expect(at(t, 'Nordvik', 'organization')).toBe('name-before-noun');
    expect(at('The Nordvik Security Council met; Georgia Alder spoke.', 'Nordvik', 'organization')).toBe('name-inside-longer-name');
    expect(at('The Nordvik Security Council met; Georgia Alder spoke.', 'Georgia')).toBe('name-inside-longer-name');
    expect(at("Avalon's Cultural Heritage was shown.", 'Avalon')).toBe('name-possessive-before-name');
    expect(at('Soldiers served in Alder and Avalon.', 'Avalon')).toBe('name-conjunct-of-place');
    expect(at('The stops include Alder, Birch and the Cedar Republic.', 'Cedar Republic')).toBe(null);
    expect(at('The trip includes stops in Alder, Birch and the Cedar Republic.', 'Cedar Republic')).toBe('name-conjunct-of-place');
    expect(at('The envoy then left for Avalon.', 'Avalon')).toBe('name-as-destination');
    expect(at('Mara Quist, president of the Nordvik Council, arrived.', 'Nordvik Council', 'organization')).toBe('body-complement-of-office');
    expect(at('Tomas Vell spoke at the Nordvik Union.', 'Nordvik Union', 'organization')).toBe('body-as-venue');
  });
  it('a plural noun counts only where the noun phrase plainly ends', () => {
    expect(at('The two Nordvik allies agreed to meet.', 'Nordvik', 'organization')).toBe('name-before-noun');
    expect(at('Avalon signs deal with Nordvik', 'Avalon')).toBe(null);
  });
  it('a party stays one: a subject, an object, a list, a day after the name, a title after a possessive', () => {
    expect(at('Avalon said it would reply.', 'Avalon')).toBe(null);
    expect(at('Avalon and Nordvik signed the accord.', 'Avalon')).toBe(null);
    expect(at('Mara Quist met Avalon on Monday.', 'Avalon')).toBe(null);
    expect(at('Talks with Avalon Monday were short.', 'Avalon')).toBe(null);
    expect(at("Avalon's President Mara Quist arrived.", 'Avalon')).toBe(null);
    expect(at('In Geneva, Avalon agreed to talks.', 'Avalon')).toBe(null);
    expect(at('Tomas Vell wrote to the Nordvik Union.', 'Nordvik Union', 'organization')).toBe(null);
    // a destination and a venue only for the kinds their rows name
    expect(at('The envoy then left for Avalon.', 'Avalon', 'organization')).toBe(null);
    expect(at('Tomas Vell spoke at Avalon.', 'Avalon', 'country')).toBe(null);
  });
});
