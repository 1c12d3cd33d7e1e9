import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import type { KeepDoc } from './features';
import { dropRedatedTwins, REDATED_TWIN_ROWS, toldInWordsAlike } from './redated-twin';
import { keepEvent } from './test-kit';

const doc = (id: string, published: string, text: string): KeepDoc => ({ id, published, kind: 'article', outlet: id, text, kept: [{ start: 0, end: text.length }] });
const a = doc('doc-a', '2031-04-02', 'Alder said on Tuesday the ferry deal with Nordvik was signed and the harbour would reopen.');
const b = doc('doc-b', '2031-04-02', 'They accepted the plan in Avalon on March 2. The ferry deal with Nordvik is signed and the harbour reopens, Alder said.');
const c = doc('doc-c', '2031-04-02', 'At the state dinner Alder praised the choir and the salmon of the northern coast.');
const late = doc('doc-d', '2031-04-09', 'They accepted the plan in Avalon on March 2. The ferry deal with Nordvik is signed and the harbour reopens, Alder said.');
const toastNext = doc('doc-e', '2031-04-03', 'At the state dinner Alder praised the choir and the salmon of the northern coast.');
const aired = { ...doc('doc-f', '2031-04-02', 'At the state dinner Alder praised the choir and the salmon of the northern coast.'), kind: 'transcript' as const };
const docs = new Map([a, b, c, late, toastNext, aired].map((d) => [d.id, d]));
const kind = (id: string) => docs.get(id)?.kind;
const published = (id: string) => docs.get(id)?.published;
const names = () => new Set(['alder']);

const REDATED = [{ stage: 'keep', rule: 'stale-remark-borrowed-day' }];
/** a statement of Alder quoting its document from the remark on ("The ferry …", or the whole text) */
const remark = (d: KeepDoc, id: string, over: Partial<DatasetEvent> = {}) =>
  keepEvent(d, id, 'statement', d.text.slice(Math.max(0, d.text.indexOf('The ferry'))), '2031-04-01', { participants: ['alder'], ...over });
const run = (events: DatasetEvent[], protect: ReadonlySet<string> = new Set()) => dropRedatedTwins({ events, dropped: [] }, published, protect, names, kind);

describe('keep/redated-twin', () => {
  it("drops a re-dated remark told in words alike beside the speaker's statement of that day", () => {
    const own = remark(a, 'own');
    const copy = remark(b, 'copy', { rules: REDATED });
    const r = run([own, copy]);
    expect(r.events.map((e) => e.id)).toEqual(['own']);
    expect(r.dropped).toEqual([expect.objectContaining({ eventId: 'copy', rule: REDATED_TWIN_ROWS.drop.id })]);
  });

  it('drops a re-dated remark in other words when both are told by articles of one day, no occasion told apart', () => {
    const own = remark(a, 'own');
    const toast = keepEvent(c, 'toast', 'statement', c.text, '2031-04-01', { participants: ['alder'], rules: REDATED });
    expect(run([own, toast]).events.map((e) => e.id)).toEqual(['own']);
    // … not by pages of other days, a broadcast, or occasions told apart
    expect(run([own, keepEvent(toastNext, 'next', 'statement', toastNext.text, '2031-04-01', { participants: ['alder'], rules: REDATED })]).events).toHaveLength(2);
    expect(run([own, keepEvent(aired, 'aired', 'statement', aired.text, '2031-04-01', { participants: ['alder'], rules: REDATED })]).events).toHaveLength(2);
    const press = [{ stage: 'occasion', rule: 'occasion-press' }];
    const written = [{ stage: 'occasion', rule: 'occasion-written' }];
    expect(run([remark(a, 'own', { rules: press }), keepEvent(c, 'toast', 'statement', c.text, '2031-04-01', { participants: ['alder'], rules: [...REDATED, ...written] })]).events).toHaveLength(2);
  });

  it('keeps a page published days later, another speaker or day, and a protected event', () => {
    const own = remark(a, 'own');
    expect(run([own, remark(late, 'late', { rules: REDATED })]).events).toHaveLength(2);
    expect(run([own, remark(b, 'other', { rules: REDATED, participants: ['birch'] })]).events).toHaveLength(2);
    expect(run([own, remark(b, 'day', { rules: REDATED, date: '2031-04-02' })]).events).toHaveLength(2);
    expect(run([own, remark(b, 'copy', { rules: REDATED })], new Set(['copy'])).events).toHaveLength(2);
    // two re-dated remarks are no twins of each other (neither day was the merge's)
    expect(run([remark(a, 'x', { rules: REDATED }), remark(b, 'y', { rules: REDATED })]).events).toHaveLength(2);
  });

  it('reads words alike without the speaker\'s name', () => {
    expect(toldInWordsAlike(remark(a, 'x'), remark(b, 'y'), names())).toBe(true);
    expect(toldInWordsAlike(remark(a, 'x'), keepEvent(c, 'z', 'statement', c.text, '2031-04-01'), names())).toBe(false);
  });

  it('returns the very input when nothing was re-dated', () => {
    const prior = { events: [remark(a, 'own')], dropped: [] };
    expect(dropRedatedTwins(prior, published, new Set(), names)).toBe(prior);
  });
  it("gives the last answer for the same objects and reads again what changed: a page's day, a candidate, the speaker's names", () => {
    const own = remark(a, 'own');
    const copy = remark(b, 'copy', { rules: REDATED });
    let calls = 0;
    const counted = () => (calls++, names());
    const again = (pub: (id: string) => string | undefined, list: DatasetEvent[], key = () => 'alder') =>
      dropRedatedTwins({ events: list, dropped: [] }, pub, new Set(), counted, kind, key).events.map((e) => e.id);
    expect(again(published, [own, copy])).toEqual(['own']);
    const first = calls;
    // the same objects, pages and names: the last answer, nothing tokenised again
    expect(again(published, [own, copy])).toEqual(['own']);
    expect(calls).toBe(first);
    // the copy's page now published a week later: read again, no longer a twin
    expect(again((id) => (id === 'doc-b' ? '2031-04-09' : published(id)), [own, copy])).toEqual(['own', 'copy']);
    // another candidate object of the same speaker and day (the edit rebuilt it): read again
    expect(again(published, [remark(a, 'own'), copy])).toEqual(['own']);
    // the speaker's names read otherwise: read again
    const before = calls;
    again(published, [own, copy], () => 'alder birch');
    expect(calls).toBeGreaterThan(before);
  });
});
