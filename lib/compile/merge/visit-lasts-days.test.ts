import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events';
import { mergeEvents } from '../merge';
import { actorMap, input, makeDoc } from '../what/test-helpers';
import type { PlaceEntry } from '../../schema';
import type { SentencedDoc } from '../types';
import { sameVisitor, visitMergeRules, visitorOf, VISIT_DAYS, VISIT_LASTS_DAYS } from './visit-lasts-days';

const PLACES: PlaceEntry[] = [
  { name: 'Avalon', kind: 'city', country: 'FD', aliases: [] },
  { name: 'Freedonia', kind: 'country', country: 'FD', aliases: [] },
  { name: 'Nordvik', kind: 'city', country: 'NV', aliases: [] },
];
const ACTORS = actorMap([
  ['mara-quist', 'Mara Quist', 'person', 'EL'],
  ['tomas-vell', 'Tomas Vell', 'person', 'EL'],
  ['ida-cedar', 'Ida Cedar', 'person', 'NV'],
]);
const FORMS = { 'Mara Quist': 'mara-quist', Quist: 'mara-quist', 'Tomas Vell': 'tomas-vell', Vell: 'tomas-vell', 'Ida Cedar': 'ida-cedar', Cedar: 'ida-cedar' };
const PLACE_FORMS = {
  Avalon: { place: 'Avalon', kind: 'city' as const },
  Nordvik: { place: 'Nordvik', kind: 'city' as const },
};
const MONDAY = { 'on Monday': { value: '2025-03-03' } };
const TUESDAY = { 'on Tuesday': { value: '2025-03-04' } };
const THURSDAY = { 'on Thursday': { value: '2025-03-06' } };
const SATURDAY = { 'on Saturday': { value: '2025-03-08' } };

function compiled(docs: { doc: SentencedDoc; dates: Record<string, { value: string }> }[], type: string) {
  const evs = docs.flatMap(({ doc, dates }) => extractEvents(input(doc, ACTORS, FORMS, dates, PLACE_FORMS)));
  return mergeEvents(evs, docs.map((d) => d.doc), { actors: ACTORS, places: PLACES }).events.filter((e) => e.type === type);
}

const item = (type: string, main: string[], persons: string[] = main, cls = 'real') => ({ e: { type, mainParticipants: main, participants: main }, persons, cls });

describe('visit-lasts-days: one visit told on several days, or with a companion', () => {
  it('the rule row has an id, a pattern, an effect and an invented example', () => {
    expect(VISIT_LASTS_DAYS.id).toBe('visit-lasts-days');
    expect(VISIT_LASTS_DAYS.example).toMatch(/Quist/);
    expect(VISIT_DAYS).toBe(3);
  });

  it('visitorOf: the first main participant when a person', () => {
    expect(visitorOf(item('visit', ['mara-quist', 'freedonia'], ['mara-quist']))).toBe('mara-quist');
    expect(visitorOf(item('visit', ['freedonia'], []))).toBe(null);
  });

  it('sameVisitor: the visitor alone and with a companion, either order; not another visitor, status or type', () => {
    const alone = item('visit', ['mara-quist']);
    expect(sameVisitor(alone, item('visit', ['mara-quist', 'tomas-vell']))).toBe(true);
    expect(sameVisitor(item('visit', ['tomas-vell', 'mara-quist']), alone)).toBe(true);
    expect(sameVisitor(alone, item('visit', ['ida-cedar', 'tomas-vell']))).toBe(false);
    expect(sameVisitor(alone, item('visit', ['mara-quist'], ['mara-quist'], 'plan'))).toBe(false);
    expect(sameVisitor(item('meeting', ['mara-quist', 'tomas-vell']), item('meeting', ['mara-quist', 'tomas-vell']))).toBe(false);
  });

  it('merge: one document telling a visit on its arrival day and on the next day is one visit', () => {
    const one = makeDoc('v-one', 'Mara Quist arrived in Avalon on Monday. Quist visited Avalon on Tuesday.', '2025-03-04');
    const v = compiled([{ doc: one, dates: { ...MONDAY, ...TUESDAY } }], 'visit');
    expect(v).toHaveLength(1);
  });
  it('merge: two outlets dating one visit by the arrival and by its last day, three days on: one visit', () => {
    const one = makeDoc('w-one', 'Mara Quist arrived in Avalon on Monday.', '2025-03-03');
    const two = makeDoc('w-two', 'Quist visited Avalon on Thursday.', '2025-03-06');
    expect(compiled([{ doc: one, dates: MONDAY }, { doc: two, dates: THURSDAY }], 'visit')).toHaveLength(1);
  });
  it('merge: a visit five days later, or in another country, stays apart; two days of talks stay two meetings', () => {
    const one = makeDoc('x-one', 'Mara Quist arrived in Avalon on Monday.', '2025-03-03');
    const later = makeDoc('x-two', 'Quist visited Avalon on Saturday.', '2025-03-08');
    expect(compiled([{ doc: one, dates: MONDAY }, { doc: later, dates: SATURDAY }], 'visit')).toHaveLength(2);
    const away = makeDoc('x-three', 'Quist visited Nordvik on Tuesday.', '2025-03-04');
    expect(compiled([{ doc: one, dates: MONDAY }, { doc: away, dates: TUESDAY }], 'visit')).toHaveLength(2);
    const talks = makeDoc('x-four', 'Mara Quist met Tomas Vell on Monday. Quist met Vell again on Tuesday, officials said.', '2025-03-04');
    expect(compiled([{ doc: talks, dates: { ...MONDAY, ...TUESDAY } }], 'meeting')).toHaveLength(2);
  });

  it('visitMergeRules names the rule for a visit joined across days or companions, nothing for one day and pair', () => {
    const at = (date: string, main: string[]) => ({ e: { type: 'visit', date, mainParticipants: main, participants: main }, persons: main, cls: 'real' });
    expect(visitMergeRules([at('2025-03-03', ['mara-quist']), at('2025-03-04', ['mara-quist'])])).toEqual(['visit-lasts-days']);
    expect(visitMergeRules([at('2025-03-03', ['mara-quist']), at('2025-03-03', ['mara-quist', 'tomas-vell'])])).toEqual(['visit-lasts-days']);
    expect(visitMergeRules([at('2025-03-03', ['mara-quist']), at('2025-03-03', ['mara-quist'])])).toEqual([]);
  });
});
