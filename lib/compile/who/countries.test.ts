import { describe, expect, it } from 'vitest';
import { countryHits, countryMatches, countryRegex, gazetteerCountries, gazetteerCountriesFrom } from './countries';
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
