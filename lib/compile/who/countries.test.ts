import { describe, expect, it } from 'vitest';
import { ALT_SPELLING_CLOSES_NAME, COUNTRY_AS_PLACE_ONLY, COUNTRY_AS_TOPIC_ONLY, countryHits, countryMatches, countryOnlyAsPlace, countryRegex, dropPlaceOnlyCountries, gazetteerCountries, placeOnlyCountryMentions, gazetteerCountriesFrom } from './countries';
import { makeDocCtx } from './context';
import { randomTexts, realLines } from '../text/fuzz-texts';
import { makeDoc, person } from './test-helpers';

describe('gazetteer countries (gazetteer-country)', () => {
  it('a UN member state named in two sentences becomes a country actor; one named in passing does not', () => {
    const docs = [makeDoc(['Thailand and Cambodia agreed to a ceasefire.', 'Thailand said the truce would hold.', 'Cambodia agreed.', 'A reporter from Peru was there.'])];
    const got = gazetteerCountries(docs, []);
    expect(got.map((a) => [a.id, a.kind, a.affiliation])).toEqual([
      ['cambodia', 'country', 'KH'],
      ['thailand', 'country', 'TH'],
    ]);
  });
  it('leaves states the data file lists, and spells an abbreviated common name out; a name inside a longer one is not found', () => {
    const docs = [makeDoc(['The Democratic Republic of the Congo signed.', 'DR Congo and Rwanda met.', 'Rwanda agreed.'])];
    const listed = [{ ...person('rw', 'Rwanda'), kind: 'country' as const, affiliation: 'RW' }];
    const got = gazetteerCountries(docs, listed);
    expect(got.map((a) => a.id)).toEqual(['democratic-republic-of-the-congo']);
    expect(got[0].aliases).toContain('DR Congo');
  });
  it(`${ALT_SPELLING_CLOSES_NAME.id}: a one-word alternative spelling closing a longer name names no state`, () => {
    const docs = [makeDoc([ALT_SPELLING_CLOSES_NAME.example, 'Boats left Birch Island at dawn.', 'Tomas Holland spoke.', 'Later Tomas Holland left.'])];
    expect(gazetteerCountries(docs, []).map((a) => a.id)).toEqual([]);
    // the alternative spelling alone, or a common name after a capitalised word, is still read
    const alone = [makeDoc(['Holland agreed.', 'Talks with Holland went on.', 'Minister Vell of Cambodia spoke.', 'On Monday Cambodia agreed.'])];
    expect(gazetteerCountries(alone, []).map((a) => a.id)).toEqual(['cambodia', 'netherlands']);
  });
  it('per document (countryHits, cacheable) then aggregated: the same countries in any document order', () => {
    const docs = [
      makeDoc(['Thailand and Cambodia agreed to a ceasefire.', 'Cambodia agreed.'], { id: 'a' }),
      makeDoc(['Thailand said the truce would hold.', 'DR Congo and Rwanda met.'], { id: 'b' }),
      makeDoc(['The Democratic Republic of the Congo signed.', 'Peru was not there.'], { id: 'c' }),
    ];
    const whole = gazetteerCountries(docs, []);
    expect(whole.map((a) => a.id)).toEqual(['democratic-republic-of-the-congo', 'cambodia', 'thailand']);
    expect(countryHits(docs[1])).toEqual([
      ['Thailand', 0],
      ['DR Congo', 1],
      ['Rwanda', 1],
    ]);
    const parts = docs.map((d) => ({ id: d.id, hits: structuredClone(countryHits(d)) }));
    expect(gazetteerCountriesFrom([...parts].reverse(), [])).toEqual(whole);
    expect(gazetteerCountriesFrom([parts[1], parts[0], parts[2]], [])).toEqual(whole);
  });
});

describe('countryMatches: the names a regular expression of every name would find', () => {
  it('on the real documents and on random strings of names, hyphens, accents and word characters', () => {
    const re = countryRegex();
    const names = ['France', 'Democratic Republic of the Congo', 'Republic of the Congo', 'Congo', 'DR Congo', "Côte d'Ivoire", 'United States', 'United Kingdom', 'South Korea', 'Korea', 'Guinea-Bissau', 'Guinea', 'Papua New Guinea', 'Niger', 'Nigeria', 'Sudan', 'South Sudan'];
    const texts = [...realLines(process.cwd()), ...randomTexts(4000, 10, [...names, ' ', '-', 'x', 'é', '1', 'Anti-', 'ian', ',', 'É', '\ud835\udc00'])];
    let found = 0;
    for (const t of texts) {
      const want = [...t.matchAll(re)].map((m) => m[0]);
      found += want.length;
      expect(countryMatches(t)).toEqual(want);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe(COUNTRY_AS_PLACE_ONLY.id, () => {
  const at = (text: string, name: string, from = 0) => {
    const i = text.indexOf(name, from);
    return countryOnlyAsPlace(text, i, i + name.length);
  };
  it('the example: a place after a city and a comma, a modifier, a place after "in" are no actor; the subject is', () => {
    const t = COUNTRY_AS_PLACE_ONLY.example;
    expect(at(t, 'Freedonia')).toBe(true);
    expect(at(t, 'Sylvania')).toBe(true);
    expect(at(t, 'Ruritania')).toBe(true);
    expect(at(t, 'Freedonia', t.indexOf('and Freedonia'))).toBe(false);
  });
  it('inside a longer name, before a title, with a hyphenated modifier', () => {
    expect(at('Tankers were hit in the Gulf of Freedonia.', 'Freedonia')).toBe(true);
    expect(at('Talks on Northern Freedonia resumed.', 'Freedonia')).toBe(true);
    expect(at("Freedonia's crown prince arrived.", 'Freedonia')).toBe(true);
    expect(at('A Freedonia-backed militia attacked.', 'Freedonia')).toBe(true);
  });
  it('a subject, a list of countries, a lead adverb or a day before the name leave it an actor', () => {
    expect(at('Freedonia, Sylvania and Ruritania signed the accord.', 'Sylvania')).toBe(false);
    expect(at('Meanwhile, Freedonia said it would reply.', 'Freedonia')).toBe(false);
    expect(at('On Tuesday Freedonia said it would reply.', 'Freedonia')).toBe(false);
    expect(at('Alder met with Freedonia and Sylvania.', 'Freedonia')).toBe(false);
  });
  it(`${COUNTRY_AS_TOPIC_ONLY.id}: the country of a trouble and the examples of a kind of topic are no actor; the subject is`, () => {
    const t = COUNTRY_AS_TOPIC_ONLY.example;
    expect(at(t, 'Freedonia')).toBe(true);
    expect(at(t, 'Avalon')).toBe(true);
    expect(at(t, 'Nordvik')).toBe(true);
    expect(at(t, 'Ruritania')).toBe(false);
    expect(at("They discussed Avalon's long-running dispute.", 'Avalon')).toBe(true);
    expect(at('Problems such as Avalon, the Nordvik Republic or Alder were raised.', 'Alder')).toBe(true);
    // the country of a power that grows (country-topic-of-influence): what a policy is meant to counter, no party acting
    expect(at("The new policy is meant to counter Avalon's rising influence in the region.", 'Avalon')).toBe(true);
    expect(at("Nordvik's growing clout worries its neighbours.", 'Nordvik')).toBe(true);
  });
  it(`${COUNTRY_AS_TOPIC_ONLY.id}: a possessive before another noun, a list after a noun of parties, and a list with a verb inside stay actors`, () => {
    expect(at("Avalon's president and Avalon's army chief arrived.", 'Avalon', 20)).toBe(false);
    expect(at("Avalon's offer was rejected.", 'Avalon')).toBe(false);
    expect(at('Countries including Avalon and Nordvik signed the accord.', 'Nordvik')).toBe(false);
    expect(at('We raised the issues, like Avalon said we would, and Nordvik agreed.', 'Nordvik')).toBe(false);
  });
  it('dropPlaceOnlyCountries drops only country mentions named as places', () => {
    const dc = makeDocCtx(makeDoc(['The talks in Freedonia ended and Freedonia agreed.']));
    const text = dc.sents[0].text;
    const mk = (i: number, actorId: string) => ({ docId: 'doc', sentence: 0, start: i, end: i + 9, surface: 'Freedonia', actorId, via: 'name' as const, score: 1 });
    dc.mentions = [mk(text.indexOf('Freedonia'), 'fr'), mk(text.lastIndexOf('Freedonia'), 'fr')];
    dropPlaceOnlyCountries(dc, () => 'country');
    expect(dc.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('Freedonia')]);
  });
  it('placeOnlyCountryMentions names the same mentions and keeps them all (for the events stage), countries only', () => {
    const dc = makeDocCtx(makeDoc(['The talks in Freedonia ended and Freedonia agreed.']));
    const text = dc.sents[0].text;
    const mk = (i: number, actorId: string) => ({ docId: 'doc', sentence: 0, start: i, end: i + 9, surface: 'Freedonia', actorId, via: 'name' as const, score: 1 });
    dc.mentions = [mk(text.indexOf('Freedonia'), 'fr'), mk(text.lastIndexOf('Freedonia'), 'fr')];
    expect(placeOnlyCountryMentions(dc, () => 'country').map((m) => m.start)).toEqual([text.indexOf('Freedonia')]);
    expect(dc.mentions.length).toBe(2);
    expect(placeOnlyCountryMentions(dc, () => 'person')).toEqual([]);
  });
  it('placeOnlyCountryMentions also names a body\'s name used as a modifier (who/name-as-modifier.ts)', () => {
    const dc = makeDocCtx(makeDoc(['The Nordvik Union Council met, and the Nordvik Union agreed.']));
    const text = dc.sents[0].text;
    const mk = (i: number) => ({ docId: 'doc', sentence: 0, start: i, end: i + 13, surface: 'Nordvik Union', actorId: 'nu', via: 'name' as const, score: 1 });
    dc.mentions = [mk(text.indexOf('Nordvik Union')), mk(text.lastIndexOf('Nordvik Union'))];
    expect(placeOnlyCountryMentions(dc, () => 'organization').map((m) => m.start)).toEqual([text.indexOf('Nordvik Union')]);
  });
});
