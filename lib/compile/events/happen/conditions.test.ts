/** Happenings told as conditions, as later parts of a future sentence, or as someone else's happening (rows conditional-clause, future-when-clause, event-of-others). */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { FORMS } from '../fixtures';
import { hitOf, trace } from './test-kit';

const NATIONS = actorMap([
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['boris-birch', 'Boris Birch', 'person', 'EL'],
  ['carla-cedar', 'Carla Cedar', 'person', 'FD'],
  ['dana-dogwood', 'Dana Dogwood', 'person', 'NV'],
  ['freedonia', 'Freedonia', 'country', 'FD'],
  ['eastland', 'Eastland', 'country', 'EL'],
]);
const forms = { ...FORMS, Freedonia: 'freedonia', Eastland: 'eastland' };

describe('conditional-clause', () => {
  it('a meeting inside a sentence-opening "If …" is hypothetical and dropped', () => {
    const t = hitOf(trace('If Anna Alder and Boris Birch sit down face-to-face and talk frankly, they could reach a deal, Carla Cedar said.'), 'meeting-face-to-face');
    expect(t.dropped).toBe('modality');
    expect(t.rules).toContain(`status:${EN.conditionalClause.id}`);
  });
  it('a meeting after the condition’s comma is not', () => {
    const t = hitOf(trace('If the weather holds, Anna Alder met Boris Birch in Avalon on Monday.'), 'meeting-met');
    expect(t.dropped).toBeNull();
  });
});

describe('future-when-clause', () => {
  it('"will be met when Birch meets Cedar" is a planned meeting', () => {
    const t = hitOf(trace('The first test will be met when Boris Birch meets Carla Cedar in Avalon on Friday.'), 'meeting-met', 0);
    const meets = trace('The first test will be met when Boris Birch meets Carla Cedar in Avalon on Friday.').find((x) => x.trigger === 'meets')!;
    expect(t).toBeTruthy();
    expect(meets.d.status).toBe('planned');
    expect(meets.rules).toContain(`status:${EN.futureWhenClause.id}`);
  });
  it('a past "when" clause stays what happened', () => {
    const meets = trace('The mood changed when Boris Birch met Carla Cedar in Avalon on Friday.').find((x) => x.trigger === 'met')!;
    expect(meets.d.status).toBe('happened');
  });
});

describe('event-of-others', () => {
  it('"a call ahead of the summit between A and B": the callers are not the summit’s parties', () => {
    const t = trace('Anna Alder and Boris Birch on Monday held a phone conversation ahead of the summit between Freedonia and Eastland.', { actors: NATIONS, forms });
    const summit = hitOf(t, 'meeting-summit');
    expect(summit.d.part.ids).not.toContain('anna-alder');
    expect(summit.rules).toContain(`participants:${EN.eventOfOthers.id}`);
    expect(hitOf(t, 'call-phone-noun').d.part.ids.sort()).toEqual(['anna-alder', 'boris-birch']);
  });
});
