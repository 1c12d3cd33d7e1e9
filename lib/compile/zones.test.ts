import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../schema';
import { load, parseDocumentFile } from './load';
import { compile } from './index';
import { parse } from 'yaml';
import { countryZones, documentZone, domainCountry, offsetOn, parseZone, parseZonesFile, placeZone, zoneNamedFor, ZONES_FILE, type Zone } from './zones';

const TABLE = new Map<string, Zone>([
  ['JP', { iana: 'Asia/Tokyo' }],
  ['GB', { iana: 'Europe/London' }],
  ['US', { iana: 'America/New_York' }],
]);

describe('parseZone and offsetOn', () => {
  it('reads IANA names and UTC offsets', () => {
    expect(parseZone('Asia/Tokyo')).toEqual({ iana: 'Asia/Tokyo' });
    expect(parseZone('UTC+09:00')).toEqual({ minutes: 540 });
    expect(parseZone('-05:30')).toEqual({ minutes: -330 });
    expect(parseZone('GMT+1')).toEqual({ minutes: 60 });
    expect(parseZone('UTC')).toEqual({ minutes: 0 });
    expect(parseZone('Mars/Olympus')).toBeNull();
    expect(parseZone('UTC+25')).toBeNull();
    expect(parseZone('Tokyo')).toBeNull();
  });
  it('an IANA zone\'s offset is the one of the day (summer time counted)', () => {
    expect(offsetOn({ iana: 'America/New_York' }, '2025-01-15')).toBe(-300);
    expect(offsetOn({ iana: 'America/New_York' }, '2025-07-15')).toBe(-240);
    expect(offsetOn({ iana: 'Asia/Kolkata' }, '2025-07-15')).toBe(330);
    expect(offsetOn({ minutes: 540 }, '2025-07-15')).toBe(540);
  });
});

describe('data/zones.yaml', () => {
  it('the shipped table parses, and every row is a zone of the runtime', () => {
    const t = parseZonesFile(readFileSync(ZONES_FILE, 'utf8'));
    expect(t.size).toBeGreaterThan(150);
    for (const z of t.values()) expect(() => offsetOn(z, '2025-01-01')).not.toThrow();
    expect(countryZones().size).toBe(0); // no table given: no country zones
    const rows = parse(readFileSync(ZONES_FILE, 'utf8')) as Record<string, string>;
    expect(countryZones(rows)).toEqual(t);
    expect(countryZones(rows)).toBe(countryZones(rows)); // parsed once per table
  });
  it('a bad row is an error with its file and line', () => {
    expect(() => parseZonesFile('JP: Asia/Tokyo\nXX: Nowhere/Else\n', 'data/zones.yaml')).toThrow(/^data\/zones\.yaml:2: .*IANA time zone/);
    expect(() => parseZonesFile('jp: Asia/Tokyo\n', 'data/zones.yaml')).toThrow(/data\/zones\.yaml:1: .*two-letter code/);
  });
});

describe('the zone of a place', () => {
  it('a place the editors put in a country takes the country\'s row', () => {
    expect(placeZone('Nordvik', (l) => (l === 'Nordvik' ? 'JP' : null), TABLE)).toEqual({ iana: 'Asia/Tokyo' });
    expect(placeZone('Glass Palace, Nordvik', () => 'GB', TABLE)).toEqual({ iana: 'Europe/London' });
  });
  it('an unknown place has no zone', () => {
    expect(placeZone('Avalon', () => null, TABLE)).toBeNull();
  });
  it('a city named by an IANA zone is read in its own zone', () => {
    expect(zoneNamedFor('reykjavik')).toBe('Atlantic/Reykjavik');
    expect(zoneNamedFor('Avalon')).toBeNull();
    expect(placeZone('Reykjavik', () => 'JP', TABLE)).toEqual({ iana: 'Atlantic/Reykjavik' });
  });
});

describe('the zone of a document', () => {
  it('front matter first, then the wire dateline\'s city, then the address\'s country domain', () => {
    const countryOf = (l: string) => (l === 'Nordvik' ? 'JP' : null);
    expect(documentZone({ zone: 'UTC-05:00', url: 'https://news.example.co.uk/a' }, 'NORDVIK, March 11 (Wire) --', countryOf, TABLE)).toMatchObject({ source: 'front-matter', zone: { minutes: -300 } });
    expect(documentZone({ url: 'https://news.example.co.uk/a' }, 'NORDVIK, March 11 (Wire) --', countryOf, TABLE)).toMatchObject({ source: 'dateline', text: 'NORDVIK', zone: { iana: 'Asia/Tokyo' } });
    expect(documentZone({ url: 'https://news.example.co.uk/a' }, null, countryOf, TABLE)).toMatchObject({ source: 'domain', text: 'GB', zone: { iana: 'Europe/London' } });
    expect(documentZone({ url: 'https://news.example.com/a' }, null, countryOf, TABLE)).toBeNull();
  });
  it('generic country domains say nothing of the writer', () => {
    expect(domainCountry('https://example.io/x')).toBeNull();
    expect(domainCountry('https://example.tv/x')).toBeNull();
    expect(domainCountry('https://example.jp/x')).toBe('JP');
    expect(domainCountry(null)).toBeNull();
  });
});

describe('front matter `zone:`', () => {
  const doc = (zone: string) => ['---', 'title: "A meeting"', 'outlet: "Some News"', 'published: 2025-02-18', `zone: ${zone}`, '---', 'Officials met on Tuesday.', ''].join('\n');
  it('an IANA zone or an offset is accepted and kept in the document\'s meta', () => {
    for (const z of ['America/New_York', '"UTC+09:00"', '"-05:00"', 'UTC']) {
      const problems: Problem[] = [];
      const d = parseDocumentFile(doc(z), 'data/documents/d.md', 'd', problems);
      expect(problems, z).toEqual([]);
      expect(d?.meta.zone).toBe(z.replace(/"/g, ''));
    }
  });
  it('anything else is an error on its line', () => {
    const problems: Problem[] = [];
    parseDocumentFile(doc('Mars/Olympus'), 'data/documents/d.md', 'd', problems);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'data/documents/d.md', line: 5, field: 'zone' });
    expect(problems[0].message).toMatch(/IANA time zone/);
  });
});

describe('a document\'s zone through load() and compile()', () => {
  const withZone = (zone: string | null) => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-zone-'));
    mkdirSync(join(dir, 'documents'));
    writeFileSync(join(dir, 'actors.yaml'), '- { id: anna-alder, name: Anna Alder, kind: person }\n- { id: boris-birch, name: Boris Birch, kind: person }\n');
    writeFileSync(join(dir, 'places.yaml'), '- { name: Nordvik, kind: city, country: JP }\n');
    writeFileSync(join(dir, 'zones.yaml'), 'JP: Asia/Tokyo\n');
    const front = ['---', 'title: "Talks in Nordvik"', 'outlet: "Some News"', 'published: 2025-03-04', ...(zone ? [`zone: ${zone}`] : []), '---'];
    writeFileSync(join(dir, 'documents', 'talks.md'), [...front, 'Anna Alder and Boris Birch met in Nordvik late on Monday.', ''].join('\n'));
    try {
      const inputs = load(dir, dir);
      expect(inputs.problems.filter((p) => p.severity === 'error')).toEqual([]);
      return compile(inputs).dataset.events.find((e) => e.type === 'meeting');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('"late on Monday" written in New York of talks in a city of a country 14 hours ahead is Tuesday there', () => {
    const m = withZone('America/New_York');
    expect(m?.date).toBe('2025-03-04');
    expect(m?.rules).toContainEqual({ stage: 'date', rule: 'day-in-place-zone' });
  });
  it('without a zone the words keep their day', () => {
    expect(withZone(null)?.date).toBe('2025-03-03');
  });
});
