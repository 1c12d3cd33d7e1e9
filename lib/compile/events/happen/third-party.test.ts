/** Agreements reported by a third party (fix a): rows nation-leaders, reported-on-day; cluster rule country-beside-people. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../events';
import { EN } from '../../lang/en';
import { actorMap, input, makeDoc } from '../../what/test-helpers';
import { hitOf, trace } from './test-kit';

const ACT = actorMap([
  ['france', 'France', 'country', 'FR'],
  ['egypt', 'Egypt', 'country', 'EG'],
  ['anna-alder', 'Anna Alder', 'person', 'EG'],
  ['boris-birch', 'Boris Birch', 'person', 'FR'],
  ['carla-cedar', 'Carla Cedar', 'person', 'NV'],
]);
const FORMS = { France: 'france', Egypt: 'egypt', 'Anna Alder': 'anna-alder', 'Boris Birch': 'boris-birch', 'Carla Cedar': 'carla-cedar' };

describe('agreements reported by a third party', () => {
  it('nation-leaders: the row’s example names two countries as the parties', () => {
    const t = hitOf(trace(EN.nationLeaders.example + ', Carla Cedar said.', { actors: ACT, forms: FORMS }), 'agreement-agreed');
    expect(t.d.part.ids.sort()).toEqual(['egypt', 'france']);
    expect(t.rules).toContain('participants:nation-leaders');
  });
  it('nation-leaders does not replace two people named as the parties', () => {
    const t = hitOf(trace('Anna Alder and Boris Birch have agreed to a ceasefire.', { actors: ACT, forms: FORMS }), 'agreement-agreed');
    expect(t.rules).not.toContain('participants:nation-leaders');
  });
  it('reported-on-day: the row’s example is dated by the day of the report', () => {
    const t = hitOf(trace(EN.reportedOnDay.example, { actors: ACT, forms: FORMS, dates: { 'on Sunday': { value: '2025-02-16' } } }), 'agreement-agreed');
    expect(t.d.date.value).toBe('2025-02-16');
    expect(t.rules).toContain('date:reported-on-day');
  });
  it('reported-on-day: a day of what was agreed, or one ahead, is not taken', () => {
    const t = hitOf(trace('France and Egypt have agreed to a ceasefire and to start talks under the mediation of the Arab League (AL), the minister will announce on Sunday.', { actors: ACT, forms: FORMS, dates: { 'on Sunday': { value: '2025-02-23', future: true } } }), 'agreement-agreed');
    expect(t.d.date.value).toBeNull();
  });
  it('country-beside-people: the agreement keeps the country no person of the document speaks for', () => {
    const text =
      'France and Egypt have agreed to a ceasefire, the minister announced on Sunday. Carla Cedar welcomed the news. Anna Alder said on Sunday her country agreed to an immediate ceasefire.';
    const doc = makeDoc('d', text, '2025-02-17');
    const evs = extractEvents(input(doc, ACT, { ...FORMS, 'her country': 'egypt' }, { 'on Sunday': { value: '2025-02-16' } }));
    const ag = evs.filter((e) => e.type === 'agreement');
    expect(ag).toHaveLength(1);
    expect(ag[0].participants.sort()).toEqual(['anna-alder', 'france']);
    expect(ag[0].rules).toContainEqual({ stage: 'cluster', rule: 'country-beside-people' });
  });
});
