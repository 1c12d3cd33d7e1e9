import { describe, expect, it } from 'vitest';
import { gazetteerCountries } from './countries';
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
});
