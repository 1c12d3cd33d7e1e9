import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import type { KeepContext, KeepDoc } from './features';
import { namesEachOther, oneSide, SAME_SIDE_ROWS, sameSideMeetings, withOthers, dropSameSide, type SideActor } from './same-side';
import { keepEvent } from './test-kit';

const lines = [
  'Nordvik’s foreign minister Mara Quist and its trade minister Tomas Vell also joined the talks in Avalon.',
  'Mara Quist, Tomas Vell and Ida Rook all attended.',
  'Consultations between Quist and trade minister Tomas Vell continued on Monday.',
  'Quist met Trade Minister Tomas Vell in Avalon on Tuesday.',
  'Quist and Vell met on Tuesday to settle the budget.',
  'Quist and Vell met with Avalon’s envoys on Tuesday.',
  'Rook called off a planned meeting between Quist and officials of Avalon.',
  'Quist was expected at a meeting in Alder on Friday with envoys of Birch and Cedar.',
  'He met Vell at the ministry on Tuesday.',
  'Quist and Vell held talks in Avalon.',
  'Quist and Vell will travel to Avalon to take part in the talks.',
];
const text = lines.join('\n\n');
const doc: KeepDoc = { id: 'doc-1', published: '2031-04-03', kind: 'article', outlet: 'Ex Daily', text, kept: [{ start: 0, end: text.length }] };
const actors: Record<string, SideActor> = {
  quist: { kind: 'person', affiliation: 'NV', name: 'Mara Quist', aliases: ['Quist'] },
  vell: { kind: 'person', affiliation: 'NV', name: 'Tomas Vell', aliases: [] },
  rook: { kind: 'person', affiliation: 'NV', name: 'Ida Rook', aliases: [] },
  birch: { kind: 'person', affiliation: 'AV', name: 'Lena Birch', aliases: [] },
  nordvik: { kind: 'country', affiliation: 'NV', name: 'Nordvik', aliases: [] },
};
const ctx: KeepContext = { docs: new Map([[doc.id, doc]]), actor: (id) => (actors[id] ? { discovered: false, ...actors[id] } : undefined) };
const names = (...ids: string[]) => new Map(ids.map((id) => [id, [actors[id].name!, actors[id].name!.split(' ').pop()!, ...(actors[id].aliases ?? [])]]));
const meeting = (id: string, line: number, participants = ['quist', 'vell'], over: Partial<DatasetEvent> = {}) =>
  keepEvent(doc, id, 'meeting', lines[line], '2031-04-01', { participants, ...over });

describe('keep/same-side', () => {
  it('reads a side only off meetings and calls of two or more people of one affiliation', () => {
    const a = (id: string) => actors[id];
    expect(oneSide({ type: 'meeting', participants: ['quist', 'vell'] }, a)).toBe('NV');
    expect(oneSide({ type: 'call', participants: ['quist', 'vell', 'rook'] }, a)).toBe('NV');
    expect(oneSide({ type: 'meeting', participants: ['quist', 'birch'] }, a)).toBeNull();
    expect(oneSide({ type: 'meeting', participants: ['quist', 'nordvik'] }, a)).toBeNull(); // a country is not a person
    expect(oneSide({ type: 'visit', participants: ['quist', 'vell'] }, a)).toBeNull();
    expect(oneSide({ type: 'meeting', participants: ['quist'] }, a)).toBeNull();
  });

  it('finds two parties named as meeting each other, by the sentence’s structure', () => {
    const n = names('quist', 'vell');
    expect(namesEachOther(lines[2], n)).toBe(true); // between A and B
    expect(namesEachOther(lines[3], n)).toBe(true); // A met B
    expect(namesEachOther(lines[4], n)).toBe(true); // A and B met
    expect(namesEachOther(lines[9], n)).toBe(true); // A and B held talks
    expect(namesEachOther(lines[8], n)).toBe(true); // a subject pronoun for the party not named
    expect(namesEachOther('Quist and Vell met with each other twice.', n)).toBe(true);
    expect(namesEachOther(lines[0], n)).toBe(false); // also joined the talks
    expect(namesEachOther(lines[1], names('quist', 'vell', 'rook'))).toBe(false); // all attended
    expect(namesEachOther(lines[5], n)).toBe(false); // met with someone else
    expect(namesEachOther(lines[6], names('rook', 'quist'))).toBe(false); // the one who cancels a meeting between others
    expect(namesEachOther(lines[10], n)).toBe(false);
  });

  it('finds a meeting told with a partner who is none of its parties', () => {
    expect(withOthers(lines[7], names('quist', 'vell'))).toBe(true);
    expect(withOthers(lines[5], names('quist', 'vell'))).toBe(true);
    expect(withOthers(lines[0], names('quist', 'vell'))).toBe(false);
    expect(withOthers('Quist and Vell met with each other twice.', names('quist', 'vell'))).toBe(false);
  });

  it('drops the same-side meetings no quote names as meeting each other, records the rule, keeps the rest', () => {
    const joined = meeting('meeting-joined', 0);
    const attended = meeting('meeting-attended', 1, ['quist', 'vell', 'rook']);
    const between = meeting('meeting-between', 2);
    const cancelled = meeting('meeting-cancelled', 6, ['quist', 'rook'], { status: 'cancelled' });
    const withEnvoys = meeting('meeting-with-envoys', 7);
    const crossSide = meeting('meeting-cross', 0, ['quist', 'birch']);
    const r = sameSideMeetings([attended, between, cancelled, crossSide, joined, withEnvoys], ctx);
    expect(r.events.map((e) => e.id)).toEqual(['meeting-between', 'meeting-cross', 'meeting-with-envoys']);
    expect(r.dropped.map((d) => [d.eventId, d.rule])).toEqual([
      ['meeting-attended', SAME_SIDE_ROWS.drop.id],
      ['meeting-cancelled', SAME_SIDE_ROWS.drop.id],
      ['meeting-joined', SAME_SIDE_ROWS.drop.id],
    ]);
    // one quote naming them as meeting each other is enough
    const two = meeting('meeting-two', 0, ['quist', 'vell'], { evidence: [...joined.evidence, ...between.evidence] });
    expect(sameSideMeetings([two], ctx).dropped).toEqual([]);
  });

  it('leaves an event an editor named alone, and the very list when nothing is dropped', () => {
    const joined = meeting('meeting-joined', 0);
    const list = [joined];
    expect(sameSideMeetings(list, ctx, new Set(['meeting-joined'])).events).toBe(list);
    const kept = [meeting('meeting-between', 2)];
    expect(sameSideMeetings(kept, ctx).events).toBe(kept);
  });

  it('adds its drops to the stale rules’ drops, sorted by event id', () => {
    const prior = { events: [meeting('meeting-joined', 0)], dropped: [{ eventId: 'visit-x', title: 'x', score: 0, threshold: 0, against: [] }, { eventId: 'agreement-y', title: 'y', score: 0, threshold: 0, against: [] }].sort((a, b) => (a.eventId < b.eventId ? -1 : 1)) };
    const r = dropSameSide(prior, ctx, new Set(), true);
    expect(r.events).toEqual([]);
    expect(r.dropped.map((d) => d.eventId)).toEqual(['agreement-y', 'meeting-joined', 'visit-x']);
    const none = { events: [meeting('meeting-between', 2)], dropped: [] };
    expect(dropSameSide(none, ctx, new Set(), true)).toBe(none);
    // off (DROP_SAME_SIDE false): the very input
    expect(dropSameSide(prior, ctx, new Set(), false)).toBe(prior);
  });

  it('its example drops what the row says', () => {
    const ex = SAME_SIDE_ROWS.drop.example.split(' (')[0];
    expect(namesEachOther(ex, names('quist', 'vell'))).toBe(false);
    expect(withOthers(ex, names('quist', 'vell'))).toBe(false);
  });
});
