import { describe, expect, it } from 'vitest';
import { OTHER_PARTIES_OTHER_DAY, otherPartiesOtherDay, type PartyDayItem } from './other-parties';

const item = (docId: string, date: string | null, persons: string[], dateSource = 'explicit', stated = true, type = 'meeting'): PartyDayItem => ({
  e: { type, date, docId, dateSource },
  persons,
  personKey: [...new Set(persons)].sort().join('|'),
  stated,
});

describe('other-parties-other-day', () => {
  const bilateral = item('d1', '2024-05-26', ['mara-quist', 'tomas-vell']);
  const summit = item('d2', '2024-05-27', ['mara-quist', 'tomas-vell', 'alder-birch'], 'anchored');
  it('keeps a bilateral of one stated day apart from a summit of more parties on another', () => {
    expect(otherPartiesOtherDay(bilateral, summit)).toBe(true);
    expect(otherPartiesOtherDay(summit, bilateral)).toBe(true);
  });
  it('leaves the same day, the same persons, and one document to the other rules', () => {
    expect(otherPartiesOtherDay(bilateral, { ...summit, e: { ...summit.e, date: '2024-05-26' } })).toBe(false);
    expect(otherPartiesOtherDay(bilateral, item('d2', '2024-05-27', ['tomas-vell', 'mara-quist']))).toBe(false);
    expect(otherPartiesOtherDay(bilateral, { ...summit, e: { ...summit.e, docId: 'd1' } })).toBe(false);
  });
  it('lets a day estimated from publication or a bilateral dated by another happening join (one meeting told a day off)', () => {
    expect(otherPartiesOtherDay(bilateral, { ...summit, stated: false })).toBe(false);
    expect(otherPartiesOtherDay(item('d1', '2024-05-26', ['mara-quist', 'tomas-vell'], 'anchored'), summit)).toBe(false);
  });
  it('needs a bilateral whose two persons the other meeting holds, and meetings only', () => {
    expect(otherPartiesOtherDay(bilateral, item('d2', '2024-05-27', ['mara-quist', 'alder-birch', 'cedar-holm']))).toBe(false);
    expect(otherPartiesOtherDay(item('d1', '2024-05-26', ['mara-quist']), summit)).toBe(false);
    expect(otherPartiesOtherDay(item('d1', '2024-05-26', ['mara-quist', 'tomas-vell'], 'explicit', true, 'call'), { ...summit, e: { ...summit.e, type: 'call' } })).toBe(false);
  });
  it('is a rule row', () => {
    expect(OTHER_PARTIES_OTHER_DAY.id).toBe('other-parties-other-day');
  });
});
