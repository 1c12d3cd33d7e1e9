/** background-happening: a happening dated more than a year before publication is no event of the document. */
import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { actorMap } from '../../what/test-helpers';
import { lastDayOf } from './background';
import { trace } from './test-kit';

const ACT = actorMap([
  ['boris-birch', 'Boris Birch', 'person', 'NV'],
  ['anna-alder', 'Anna Alder', 'person', 'FD'],
  ['avalon', 'Avalon', 'country', 'AV'],
]);
const FORMS = { 'Boris Birch': 'boris-birch', Birch: 'boris-birch', 'Anna Alder': 'anna-alder', Avalon: 'avalon' };

describe('background-happening', () => {
  it('the row’s example, years before publication, is dropped', () => {
    expect(EN.backgroundHappening.pattern.test(EN.backgroundHappening.example)).toBe(true);
    const t = trace(EN.backgroundHappening.example, { actors: ACT, forms: FORMS, published: '2019-06-12', dates: { 'in 2015': { value: '2015', precision: 'year' } } }).find((x) => x.hit === 'agreement-reached')!;
    expect(t.dropped).toBe('background-happening');
    expect(t.rules).toContain('status:background-happening');
  });
  it('the same happening within the year is kept', () => {
    const t = trace('Birch reached a landmark deal with Avalon in 2019.', { actors: ACT, forms: FORMS, published: '2019-06-12', dates: { 'in 2019': { value: '2019', precision: 'year' } } }).find((x) => x.hit === 'agreement-reached')!;
    expect(t.dropped).toBeNull();
  });
  it('a meeting on a day two years back is dropped; one last month is kept', () => {
    const old = trace('Anna Alder met Boris Birch on 3 March 2017.', { actors: ACT, forms: FORMS, published: '2019-06-12', dates: { 'on 3 March 2017': { value: '2017-03-03', precision: 'day' } } }).find((x) => x.hit === 'meeting-met')!;
    expect(old.dropped).toBe('background-happening');
    const recent = trace('Anna Alder met Boris Birch on 3 May 2019.', { actors: ACT, forms: FORMS, published: '2019-06-12', dates: { 'on 3 May 2019': { value: '2019-05-03', precision: 'day' } } }).find((x) => x.hit === 'meeting-met')!;
    expect(recent.dropped).toBeNull();
  });
  it('a plan is never background', () => {
    const t = trace('Anna Alder will meet Boris Birch in 2017.', { actors: ACT, forms: FORMS, published: '2019-06-12', dates: { 'in 2017': { value: '2017', precision: 'year' } } }).find((x) => x.hit === 'meeting-met')!;
    expect(t.dropped).not.toBe('background-happening');
  });
  it('lastDayOf: year, month, day', () => {
    expect(lastDayOf('2015')).toBe('2015-12-31');
    expect(lastDayOf('2016-02')).toBe('2016-02-29');
    expect(lastDayOf('2016-02-03')).toBe('2016-02-03');
  });
});
