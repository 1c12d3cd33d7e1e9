import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import type { ActorInfo, Mention } from '../types';
import { findMentions } from '../mentions';
import { FAMILY_NAME_FIRST_RULE, sameSurnameForm } from './family';
import { GLUED_PARTICLE_RULE, isParticleSurname } from './text';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const discovered = (docs: ReturnType<typeof makeDoc>[]) => findMentions(docs, [], [], lexicon).actors.filter((a) => a.discovered);

describe(FAMILY_NAME_FIRST_RULE.id, () => {
  it('joins "President Choi" to "Choi Seung Hwan" named in the same document (one actor)', () => {
    const doc = makeDoc([
      'President Choi Seung Hwan and Japanese Prime Minister Taro Hoshino announced a joint declaration on Saturday.',
      'The first summit was held in Canada two weeks after President Choi took office.',
    ]);
    const people = discovered([doc]);
    expect(people.map((a) => a.name).sort()).toEqual(['Choi Seung Hwan', 'Taro Hoshino']);
    const r = findMentions([doc], [], [], lexicon);
    expect(r.mentions.filter((m) => m.actorId === 'choi-seung-hwan').map((m) => m.surface)).toEqual(['Choi Seung Hwan', 'Choi']);
  });

  it('leaves a one-word name alone when the full name is in no shared document', () => {
    const a = makeDoc(['President Choi Seung Hwan met the envoy on Monday.'], { id: 'a' });
    const b = makeDoc(['The first summit was held two weeks after President Choi took office.'], { id: 'b' });
    expect(discovered([a, b]).map((x) => x.name).sort()).toEqual(['Choi', 'Choi Seung Hwan']);
  });

  it('joins it to the one full name of its documents when another of that first word is named only elsewhere', () => {
    const a = makeDoc(
      ['President Choi Seung-hwan met the envoy of Nordvik on Monday.', 'Later President Choi spoke to reporters in Avalon.'],
      { id: 'a' },
    );
    const b = makeDoc(['Prime Minister Choi Min-ho of Avalon arrived in Nordvik on Tuesday.'], { id: 'b' });
    expect(discovered([a, b]).map((x) => x.name).sort()).toEqual(['Choi Min-ho', 'Choi Seung-hwan']);
  });

  it('leaves a given name alone when another full name opening on it is named in another document', async () => {
    const { familyNameOwner } = await import('./family');
    const info = (id: string, name: string): ActorInfo => ({ id, name, kind: 'person', affiliation: null, aliases: [], role: null, discovered: true, surfaceForms: [] });
    const m = (actorId: string, docId: string): Mention => ({ docId, sentence: 0, start: 0, end: 1, surface: '', actorId, via: 'discovered', score: 0.8 });
    const people = [info('mara', 'Mara'), info('mara-quist', 'Mara Quist'), info('mara-vell', 'Mara Vell'), info('han', 'Han'), info('han-seo-yun', 'Han Seo-yun'), info('han-min-ho', 'Han Min-ho')];
    const discovered = new Map(people.map((p) => [p.id, p]));
    const mentions = [m('mara', 'a'), m('mara-quist', 'a'), m('mara-vell', 'b'), m('han', 'a'), m('han-seo-yun', 'a'), m('han-min-ho', 'b')];
    expect(familyNameOwner(people[0], discovered, mentions)).toBeUndefined();
    expect(familyNameOwner(people[3], discovered, mentions)?.id).toBe('han-seo-yun');
  });

  it('leaves it alone when two full names of that first word are named in its document', () => {
    const doc = makeDoc([
      'President Choi Seung Hwan met Prime Minister Choi Min Ho in Avalon on Monday.',
      'Later Choi spoke to reporters in Nordvik.',
    ]);
    const r = findMentions([doc], [], [], lexicon);
    const bare = r.mentions.filter((m) => m.surface === 'Choi').map((m) => m.actorId);
    expect(bare.filter((id) => id === 'choi-seung-hwan' || id === 'choi-min-ho')).toEqual([]);
  });
});

describe(GLUED_PARTICLE_RULE.id, () => {
  it('reads assimilated articles glued to a surname, not ordinary hyphenated words', () => {
    expect(isParticleSurname('a-Assad')).toBe(true);
    expect(isParticleSurname('ash-Sharaa')).toBe(true);
    expect(isParticleSurname('al-Nasiri')).toBe(true);
    expect(isParticleSurname('ex-President')).toBe(false);
    expect(isParticleSurname('a-')).toBe(false);
  });

  it('discovers the whole name, never the first name alone', () => {
    const doc = makeDoc(['Relations thawed after the fall of former President Omar a-Haddad last year.']);
    expect(discovered([doc]).map((a) => a.name)).toEqual(['Omar a-Haddad']);
  });
});

describe('spelling variants of one discovered person', () => {
  it('joins two transliterations of one name across documents (one actor)', () => {
    const a = makeDoc(['The Iranian delegation, led by Foreign Minister Abbas Araqchi, arrived in Muscat.'], { id: 'a' });
    const b = makeDoc(['The top Iranian diplomat Abbas Araghchi headed the negotiating team.'], { id: 'b' });
    const people = discovered([a, b]);
    expect(people.length).toBe(1);
    expect([people[0].name, ...people[0].aliases].sort()).toEqual(['Abbas Araghchi', 'Abbas Araqchi']);
  });
});

describe('short surnames spelt two ways', () => {
  it('"President Irfaan Ali" and "President Irfaan Ally" are one actor', () => {
    const a = makeDoc(['Guyana’s President Irfaan Ali met his counterpart on Thursday.'], { id: 'a' });
    const b = makeDoc(['The face-to-face meeting between President Irfaan Ally and his counterpart was of great value.'], { id: 'b' });
    expect(discovered([a, b]).map((p) => p.name)).toEqual(['Irfaan Ali']);
  });
});

describe('canonical-spelling', () => {
  it('names a discovered person by the spelling most mentions use, not the first met', () => {
    const a = makeDoc(['President Tomaz Varela said he would meet his counterpart.'], { id: 'a', kind: 'transcript' });
    const b = makeDoc(['President Tomas Varela met the envoy.', 'Tomas Varela said the talks went well.'], { id: 'b' });
    const c = makeDoc(['Venezuelan President Tomas Varela arrived on Thursday.'], { id: 'c' });
    const people = discovered([a, b, c]);
    expect(people.map((p) => p.name)).toEqual(['Tomas Varela']);
    expect(people[0].aliases).toContain('Tomaz Varela');
  });
});

describe('middle-initial-dropped', () => {
  it('identifies "Anton J. Blinkov" as "Anton Blinkov", the written form an alias', async () => {
    const { withoutMiddleInitial } = await import('./family');
    expect(withoutMiddleInitial('Anton J. Blinkov')).toBe('Anton Blinkov');
    expect(withoutMiddleInitial('Tomas E Vell')).toBe('Tomas Vell');
    expect(withoutMiddleInitial('Han Seo Yun')).toBe('Han Seo Yun');
    const doc = makeDoc(['Secretary of State Anton J. Blinkov reiterated the position during a call.', 'Anton J. Blinkov said the border was settled.']);
    const p = discovered([doc]);
    expect(p.map((x) => [x.id, x.name, x.aliases])).toEqual([['anton-blinkov', 'Anton Blinkov', ['Anton J. Blinkov']]]);
  });
});

describe('two-letter-given-name-last', () => {
  it('reads the first word of "Wang Lo" as the family name, nothing else', async () => {
    const { familyNameFirst, GIVEN_NAME_LAST_RULE } = await import('./family');
    expect(GIVEN_NAME_LAST_RULE.id).toBe('two-letter-given-name-last');
    expect(familyNameFirst('Wang Lo')).toBe('Wang');
    expect(familyNameFirst('He Taolin')).toBeNull();
    expect(familyNameFirst('Ana Kovac')).toBeNull();
    expect(familyNameFirst('Abu Al')).toBeNull();
    expect(familyNameFirst('Pak Sun Ho')).toBeNull();
    expect(familyNameFirst('Han Seo-yun')).toBe('Han');
    expect(familyNameFirst('Ana Kovac-Horvat')).toBeNull();
    expect(familyNameFirst('Ivo Saint-Pierre')).toBeNull();
  });
});

describe('sameSurnameForm', () => {
  it('takes a form with the same last word as a spelling of the name, never one with a nickname in quotes inside', () => {
    expect(sameSurnameForm('Tomas J. Vell', 'Tomas Vell')).toBe(true);
    expect(sameSurnameForm('Tomas "Tomi" Vell', 'Tomas Vell')).toBe(false);
    expect(sameSurnameForm("Mara O'Vell", "Mara O'Vell")).toBe(true);
  });
});
