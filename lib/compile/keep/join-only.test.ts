import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../schema';
import type { KeepDoc } from './features';
import { dropJoinOnly, JOIN_ONLY_ROWS, joinOnly } from './join-only';
import { keepEvent } from './test-kit';

const lines = [
  'Mara Quist, Tomas Vell and Ida Rook all attended.',
  'Alder was joined by his trade minister Tomas Vell and her deputy.',
  'Alder met Birch in Avalon, and Tomas Vell also attended.',
  'Cedar hosted the summit in Avalon.',
];
const text = lines.join('\n\n');
const doc: KeepDoc = { id: 'doc-1', published: '2031-04-03', kind: 'article', outlet: 'Ex Daily', text, kept: [{ start: 0, end: text.length }] };
const rules = (...triggers: string[]) => [...triggers.map((rule) => ({ stage: 'trigger', rule })), { stage: 'participants', rule: 'join-subject-object' }];
const ev = (id: string, line: number, triggers: string[], over: Partial<DatasetEvent> = {}) => keepEvent(doc, id, 'meeting', lines[line], '2031-04-01', { rules: rules(...triggers), ...over });

describe('keep/join-only', () => {
  it('reads a meeting made by joining triggers only', () => {
    expect(joinOnly(ev('a', 0, ['join-attended']))).toBe(true);
    expect(joinOnly(ev('b', 1, ['join-joined', 'join-attended']))).toBe(true);
    expect(joinOnly(ev('c', 3, ['join-hosted-happening']))).toBe(true);
  });

  it('leaves a meeting any report tells by an event trigger, and every other type', () => {
    expect(joinOnly(ev('a', 2, ['meeting-met', 'join-attended']))).toBe(false);
    expect(joinOnly(ev('b', 0, ['join-attended'], { type: 'visit' }))).toBe(false);
    expect(joinOnly(ev('c', 0, [], { rules: [{ stage: 'participants', rule: 'join-subject-object' }] }))).toBe(false); // no trigger recorded
    expect(joinOnly(ev('d', 0, [], { rules: undefined }))).toBe(false);
  });

  it('drops join-only meetings, records the rule, keeps the rest in order and what the corrections name', () => {
    const events = [ev('m-1', 0, ['join-attended']), ev('m-2', 2, ['meeting-met', 'join-attended']), ev('m-3', 1, ['join-joined'])];
    const prior = { events, dropped: [{ eventId: 'm-0', title: 'm-0', score: 0, threshold: 0, against: [], rule: 'stale-plan' }] };
    const r = dropJoinOnly(prior, new Set(['m-3']));
    expect(r.events.map((e) => e.id)).toEqual(['m-2', 'm-3']);
    expect(r.dropped.map((d) => [d.eventId, d.rule])).toEqual([
      ['m-0', 'stale-plan'],
      ['m-1', JOIN_ONLY_ROWS.drop.id],
    ]);
  });

  it('hands back the very input when it drops nothing', () => {
    const prior = { events: [ev('m-2', 2, ['meeting-met', 'join-attended'])], dropped: [] };
    expect(dropJoinOnly(prior, new Set())).toBe(prior);
  });

  it('its row carries an id and an invented example', () => {
    expect(JOIN_ONLY_ROWS.drop.id).toBe('join-only');
    expect(JOIN_ONLY_ROWS.drop.example).toContain('attended');
  });
});
