/**
 * A small hand-made dataset for unit tests of the UI adapters: fictional
 * actors and places, a day event, a month-precision event, an undated one,
 * a statement answering someone, and a title with HTML in it.
 */
import type { Dataset } from '../schema';
import { toIndex } from '../data/split';

const text1 =
  'Foreign Minister Anna Berg met her counterpart Ivan Petrov in Valmora on Tuesday. Berg had called Petrov last week. Petrov later rejected the proposal.';
const text2 = 'Officials said Berg and Petrov met in Valmora. A deal is expected in March, an aide said.';

function ev(doc: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  return { documentId: doc, quote, start, end: start + quote.length };
}

export const FIXTURE: Dataset = {
  schemaVersion: 1,
  documents: [
    {
      id: 'doc-one',
      title: 'Talks in Valmora',
      outlet: 'Example News',
      url: 'https://example.org/talks',
      published: '2025-03-05',
      kind: 'article',
      text: text1,
      kept: [[0, text1.length]],
    },
    {
      id: 'doc-two',
      title: 'Transcript: the Valmora talks',
      outlet: 'Example TV',
      url: null,
      published: '2025-03-06',
      kind: 'transcript',
      text: text2,
      kept: [[0, text2.length]],
    },
  ],
  actors: [
    {
      id: 'anna-berg',
      name: 'Anna Berg',
      kind: 'person',
      affiliation: 'NL',
      aliases: ['Berg'],
      role: 'Foreign Minister',
      discovered: false,
      surfaceForms: ['Anna Berg', 'Berg'],
      eventCount: 4,
    },
    {
      id: 'ivan-petrov',
      name: 'Ivan Petrov',
      kind: 'person',
      affiliation: 'XR',
      aliases: ['Petrov'],
      role: null,
      discovered: true,
      surfaceForms: ['Ivan Petrov', 'Petrov'],
      eventCount: 4,
    },
    {
      id: 'northland',
      name: 'Northland',
      kind: 'country',
      affiliation: 'NL',
      aliases: [],
      role: null,
      discovered: false,
      surfaceForms: [],
      eventCount: 0,
    },
    {
      id: 'trade-bloc',
      name: 'Trade Bloc',
      kind: 'organization',
      affiliation: null,
      aliases: [],
      role: null,
      discovered: false,
      surfaceForms: ['Trade Bloc'],
      eventCount: 1,
    },
  ],
  events: [
    {
      id: 'meeting-2025-03-04-anna-berg-ivan-petrov',
      type: 'meeting',
      title: 'Anna Berg meets Ivan Petrov in Valmora',
      date: '2025-03-04',
      location: 'Valmora',
      participants: ['anna-berg', 'ivan-petrov'],
      evidence: [
        ev('doc-one', text1, 'Foreign Minister Anna Berg met her counterpart Ivan Petrov in Valmora on Tuesday.'),
        ev('doc-two', text2, 'Officials said Berg and Petrov met in Valmora.'),
      ],
      confidence: 0.9,
      status: 'happened',
      dateInfo: { expression: 'Tuesday', reference: 'published 2025-03-05', precision: 'day' },
      respondsTo: [],
      disagreements: [],
      edited: null,
    },
    {
      id: 'call-2025-02-anna-berg-ivan-petrov',
      type: 'call',
      title: 'Berg calls Petrov <img src=x onerror=alert(1)>',
      date: '2025-02',
      location: null,
      participants: ['anna-berg', 'ivan-petrov'],
      evidence: [ev('doc-one', text1, 'Berg had called Petrov last week.')],
      confidence: 0.7,
      status: 'happened',
      dateInfo: { expression: 'last week', reference: 'published 2025-03-05', precision: 'month' },
      respondsTo: [],
      disagreements: [
        {
          field: 'date',
          values: [
            { value: '2025-02', documentIds: ['doc-one'] },
            { value: null, documentIds: ['doc-two'] },
          ],
        },
      ],
      edited: null,
    },
    {
      id: 'statement-ivan-petrov-rejects',
      type: 'statement',
      title: 'Petrov rejects the proposal',
      date: null,
      location: null,
      participants: ['ivan-petrov'],
      evidence: [ev('doc-one', text1, 'Petrov later rejected the proposal.')],
      confidence: 0.6,
      status: 'happened',
      dateInfo: { expression: null, reference: null, precision: null },
      respondsTo: ['anna-berg'],
      disagreements: [],
      edited: { notes: ['participants checked by an editor'], machine: { participants: [] } },
    },
    {
      id: 'agreement-2025-anna-berg-trade-bloc',
      type: 'agreement',
      title: 'A deal is expected',
      date: '2025',
      location: null,
      participants: ['anna-berg', 'ivan-petrov', 'trade-bloc'],
      evidence: [ev('doc-two', text2, 'A deal is expected in March, an aide said.')],
      confidence: 0.5,
      status: 'planned',
      dateInfo: { expression: 'in March', reference: 'published 2025-03-06', precision: 'year' },
      respondsTo: [],
      disagreements: [],
      edited: null,
    },
  ],
  edges: [
    { source: 'anna-berg', target: 'ivan-petrov', kind: 'met', eventIds: ['meeting-2025-03-04-anna-berg-ivan-petrov'] },
    { source: 'anna-berg', target: 'ivan-petrov', kind: 'called', eventIds: ['call-2025-02-anna-berg-ivan-petrov'] },
    { source: 'ivan-petrov', target: 'anna-berg', kind: 'responded_to', eventIds: ['statement-ivan-petrov-rejects'] },
  ],
};

/** The same fixture as the explorer reads it (index.json: no texts, no quotes; no positions). */
export const FIXTURE_INDEX = toIndex(FIXTURE, {});
