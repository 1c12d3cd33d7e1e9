import { describe, expect, it } from 'vitest';
import { placeBook } from '../what/places';
import { TEST_PLACES } from '../what/test-helpers';
import { ACTORS, FORMS, PLACES } from '../events/fixtures';
import { extractEvents } from '../events';
import { input, makeDoc } from '../what/test-helpers';
import { describedCountry, homeVisitors, HOME_VISITOR_RULE, placeCountry } from './home';

const book = placeBook(TEST_PLACES);

describe('home (the country of a place; people at home there)', () => {
  it('placeCountry: the data file’s place and what it lies within, a country’s name, a capital from the gazetteer', () => {
    expect(placeCountry(book, 'Glass Palace, Avalon')).toBe('FD');
    expect(placeCountry(book, 'Nordvik')).toBe('NV');
    expect(placeCountry(book, 'Freedonia')).toBe('FD');
    expect(placeCountry(book, 'Japan')).toBe('JP');
    expect(placeCountry(book, 'Paris')).toBe('FR');
    expect(placeCountry(book, 'Nowhere Creek')).toBeNull();
  });
  it('homeVisitors: the people whose affiliation is the place’s country', () => {
    expect(homeVisitors(book, 'Avalon', ['anna-alder', 'boris-birch'], ACTORS)).toEqual(['anna-alder']);
    expect(homeVisitors(book, 'Nordvik', ['anna-alder', 'boris-birch'], ACTORS)).toEqual([]);
    expect(homeVisitors(book, null, ['anna-alder'], ACTORS)).toEqual([]);
  });
  it(`${HOME_VISITOR_RULE.id}: the host of a foreign guest's visit is no visitor; a visit with only the host is none`, () => {
    const evs = extractEvents(input(makeDoc('d', HOME_VISITOR_RULE.example.replace('Avalon’s president ', ''), '2025-03-04'), ACTORS, FORMS, {}, PLACES));
    const v = evs.filter((e) => e.type === 'visit');
    expect(v.map((e) => e.participants)).toEqual([['boris-birch']]);
    const home = extractEvents(input(makeDoc('h', 'Anna Alder visited Avalon on Monday.', '2025-03-04'), ACTORS, FORMS, {}, PLACES));
    expect(home.filter((e) => e.type === 'visit')).toEqual([]);
    const away = extractEvents(input(makeDoc('a', 'Boris Birch visited Avalon on Monday.', '2025-03-04'), ACTORS, FORMS, {}, PLACES));
    expect(away.filter((e) => e.type === 'visit').map((e) => e.participants)).toEqual([['boris-birch']]);
  });
  it('describedCountry: a demonym or "<Country>’s" opening the title before a name, or an apposition after it; never a bare country name', () => {
    const at = (body: string, name: string) => [{ start: body.indexOf(name), end: body.indexOf(name) + name.length, actorId: 'x' }];
    expect(describedCountry('Talks with Japanese Prime Minister Anna Alder began.', at('Talks with Japanese Prime Minister Anna Alder began.', 'Anna Alder'), 'x')).toBe('JP');
    expect(describedCountry('later Brazil’s President Anna Alder said', at('later Brazil’s President Anna Alder said', 'Anna Alder'), 'x')).toBe('BR');
    expect(describedCountry('ANNA ALDER, FRENCH PRIME MINISTER (through translator): …', at('ANNA ALDER, FRENCH PRIME MINISTER (through translator): …', 'ANNA ALDER'), 'x')).toBe('FR');
    expect(describedCountry('the US envoy to China Anna Alder arrived', at('the US envoy to China Anna Alder arrived', 'Anna Alder'), 'x')).toBeNull();
    expect(describedCountry('Anna Alder, Japan and Peru agreed', at('Anna Alder, Japan and Peru agreed', 'Anna Alder'), 'x')).toBeNull();
  });
});
