import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../../schema';
import { EN_ORG } from '../lang/en-who';
import { TITLE_OF_BODY, namedBody, organisationHits, organisationsFrom } from './organisations';
import { makeDoc } from './test-helpers';

const orgs = (sentences: string[][], places: PlaceEntry[] = []) =>
  organisationsFrom(
    sentences.map((s, i) => {
      const d = makeDoc(s, { id: `d${i}` });
      return { id: d.id, hits: organisationHits(d) };
    }),
    [{ id: 'nordvik-union', name: 'Nordvik Union', kind: 'organization', aliases: ['NU'], titles: [] }],
    places,
  );

describe('organisations found by the shape of their names (org-head-noun, org-acronym-in-brackets)', () => {
  it('the head-noun row matches its example name', () => {
    expect(EN_ORG.headNoun.pattern.test('Nordvik Liberation Front')).toBe(true);
    expect(EN_ORG.acronym.pattern.exec(' (ASF) and the army')?.[1]).toBe('ASF');
  });

  it('a name ending in a head noun, with its acronym in brackets: one group actor with the acronym as alias', () => {
    const out = orgs([['The Avalon Support Forces (ASF) said on Friday it would send negotiators.', 'The ASF later denied it.']]);
    expect(out).toEqual([expect.objectContaining({ id: 'avalon-support-forces', kind: 'group', aliases: ['ASF'] })]);
  });

  it('a nation word in the name gives the country', () => {
    const out = orgs([['The Croatian Armed Forces (CAF) met the envoys.']]);
    expect(out[0]).toMatchObject({ id: 'croatian-armed-forces', affiliation: 'HR', aliases: ['CAF'] });
  });

  it('two coordinated names are two bodies; "Council Summit" names a summit, not the council', () => {
    const hits = organisationHits(makeDoc(['The Alder Forces and the Birch Liberation Front signed the accord at the Cedar Council Summit.']));
    expect(hits.map((h) => h.form)).toEqual(['Alder Forces', 'Birch Liberation Front']);
  });

  it('named in one sentence only, with no acronym: in passing, no actor', () => {
    expect(orgs([['The Birch Movement was mentioned once.']])).toEqual([]);
    expect(orgs([['The Birch Movement was mentioned.'], ['The Birch Movement again.']]).map((o) => o.id)).toEqual(['birch-movement']);
  });

  it('a portfolio with no nation ("the Foreign Ministry", "Armed Forces") or a title\'s office is nobody\'s in particular', () => {
    expect(namedBody('Foreign Ministry', '', 0)).toBeNull();
    expect(namedBody('Prime Minister\'s Office', '', 0)).toBeNull();
    expect(namedBody('Birch People\'s Liberation Front', '', 0)?.form).toBe('Birch People\'s Liberation Front');
  });

  it('a name the data file lists is left to it', () => {
    expect(orgs([['The Nordvik Union said so.', 'The Nordvik Union said it again.']])).toEqual([]);
  });
});

describe('org-nation-ministry', () => {
  it('the row matches its example', () => {
    EN_ORG.nationMinistry.pattern.lastIndex = 0;
    expect(EN_ORG.nationMinistry.pattern.test(EN_ORG.nationMinistry.example)).toBe(true);
  });
  it('a nation word or possessive before a ministry: one "<Demonym> Foreign Ministry" whatever the wording', () => {
    const out = orgs([["Croatia's Ministry of Foreign Affairs said it agreed."], ['The Croatian foreign ministry said so.']]);
    expect(out).toEqual([expect.objectContaining({ id: 'croatian-foreign-ministry', affiliation: 'HR', kind: 'organization' })]);
    expect(out[0].aliases).toEqual(expect.arrayContaining(["Croatia's Ministry of Foreign Affairs", 'Croatian foreign ministry']));
  });
});

describe('institution-seat-speaker', () => {
  const palace: PlaceEntry = { name: 'Avalon Palace', kind: 'venue', country: 'FR', aliases: ['the Avalon Palace'] } as PlaceEntry;
  it('the row matches what follows the seat in its example', () => {
    expect(EN_ORG.seatSpeaker.pattern.test(' said on Monday that the visit would go ahead')).toBe(true);
  });
  it('a venue of the places file as the subject of a statement verb speaks as its institution', () => {
    const out = orgs([['The Avalon Palace said on Monday that the visit would go ahead.']], [palace]);
    expect(out).toEqual([expect.objectContaining({ id: 'avalon-palace', kind: 'organization', affiliation: 'FR' })]);
  });
  it('a venue named only as a place makes no actor', () => {
    expect(orgs([['They met at the Avalon Palace.', 'The Avalon Palace was lit.']], [palace])).toEqual([]);
  });
});

describe('bodies of listed organisations and names in passing', () => {
  it('a body named after a listed organisation ("NU Commission") is left to the data file', () => {
    expect(orgs([['The NU Commission said so.'], ['The NU Commission said it again.']])).toEqual([]);
  });
  it('a name of its own shape named by one document only is in passing', () => {
    expect(orgs([['The Birch Movement said so.', 'The Birch Movement said it again.']])).toEqual([]);
  });
});

describe(TITLE_OF_BODY.id, () => {
  it('a title before "of" in a capitalised name makes it a person\'s office, no body (its example)', () => {
    expect(namedBody(TITLE_OF_BODY.example, '', 0)).toBeNull();
    expect(namedBody('President of the Nordvik Council', '', 0)).toBeNull();
    expect(orgs([[`The ${TITLE_OF_BODY.example} arrived.`], [`The ${TITLE_OF_BODY.example} left.`]])).toEqual([]);
  });
  it('a body with "of" and no title before it is still a body', () => {
    expect(namedBody('Court of Justice of the Avalon Union', '', 0)).toMatchObject({ form: 'Court of Justice of the Avalon Union' });
    expect(namedBody('Nordvik Council of Elders', '', 0)).toMatchObject({ form: 'Nordvik Council of Elders' });
  });
});
