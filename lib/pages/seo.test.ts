import { describe, expect, it } from 'vitest';
import type { DatasetActor, DatasetDocument, DatasetEvent } from '../schema';
import { absoluteUrl, actorJsonLd, dateResolution, eventJsonLd, jsonLdString } from './seo';

const env = { SITE_URL: 'https://example.org/', NEXT_PUBLIC_BASE_PATH: '/parley' };
const actor = (id: string, name: string, kind: DatasetActor['kind'] = 'person'): DatasetActor => ({
  id, name, kind, affiliation: 'United States', aliases: ['Marco'], role: 'Secretary of State', discovered: false, surfaceForms: ['Rubio'], eventCount: 1,
});
const doc = { id: 'd1', title: 'Talks', outlet: 'Wire', url: 'javascript:alert(1)', published: '2025-02-18', kind: 'article', text: '', kept: [] } as DatasetDocument;
const event = {
  id: 'meeting-x', type: 'meeting', title: 'Rubio meets Lavrov', date: '2025-02-18', location: 'Riyadh', participants: ['marco-rubio'],
  evidence: [{ documentId: 'd1', quote: 'Rubio met Lavrov.', start: 0, end: 17 }], confidence: 0.9, status: 'happened',
  dateInfo: { expression: 'Tuesday', reference: 'published 2025-02-18', precision: 'day', range: null }, respondsTo: [], disagreements: [], edited: null,
} as DatasetEvent;

describe('seo', () => {
  it('builds absolute addresses with the base path', () => {
    expect(absoluteUrl('/events/x/', env)).toBe('https://example.org/parley/events/x/');
    expect(absoluteUrl('/', { SITE_URL: 'javascript:x' })).toBe('http://localhost:3000/');
    expect(absoluteUrl('/x/', { SITE_URL: 'https://a.org', BASE_PATH: 'parley/' })).toBe('https://a.org/parley/x/');
  });
  it('describes an event as a schema.org Event with startDate, location and attendees; unsafe links are not passed on', () => {
    const ld = eventJsonLd(event, new Map([['marco-rubio', actor('marco-rubio', 'Marco Rubio')]]), new Map([['d1', doc]]), env);
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2025-02-18',
      location: { '@type': 'Place', name: 'Riyadh' },
      attendee: [{ '@type': 'Person', name: 'Marco Rubio', url: 'https://example.org/parley/actors/marco-rubio/' }],
    });
    expect(JSON.stringify(ld)).not.toContain('javascript:');
  });
  it('describes people as Person, others as Organization or Country', () => {
    expect(actorJsonLd(actor('a', 'A'), env)).toMatchObject({ '@type': 'Person', jobTitle: 'Secretary of State', alternateName: ['Marco', 'Rubio'] });
    expect(actorJsonLd(actor('b', 'B', 'organization'), env)['@type']).toBe('Organization');
  });
  it('never lets text close the script element', () => {
    expect(jsonLdString({ name: '</script><script>alert(1)</script>' })).not.toMatch(/<\/script/i);
  });
  it('says how a date was resolved', () => {
    expect(dateResolution({ expression: 'last week', reference: 'published 2025-02-18', precision: 'week', range: null }, (d) => `D${d}`)).toBe(
      '‘last week’ in a text of D2025-02-18',
    );
    expect(dateResolution({ expression: null, reference: null, precision: null, range: null }, String)).toBeNull();
  });
});
