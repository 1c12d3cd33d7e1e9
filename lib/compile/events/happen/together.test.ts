import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../what/triggers';
import { trace } from './test-kit';

const joined = (s: string) => trace(s).filter((x) => x.hit === 'meeting-joined-person')[0];

describe('joined-person', () => {
  it('the trigger matches its example', () => {
    expect(findTriggers('Alder joined Prime Minister Birch at a rally in Avalon').map((h) => h.rule.id)).toContain('meeting-joined-person');
    expect(findTriggers('Freedonia joined the talks in Avalon').map((h) => h.rule.id)).not.toContain('meeting-joined-person');
    expect(findTriggers('Alder joined forces with Birch in Avalon').map((h) => h.rule.id)).not.toContain('meeting-joined-person');
  });
  it('joining a person somewhere is a meeting of the two', () => {
    const x = joined('On Sunday, Anna Alder joined Boris Birch at a rally in Avalon.');
    expect(x.dropped).toBeNull();
    expect(x.d.etype).toBe('meeting');
    expect(x.d.part.ids).toEqual(expect.arrayContaining(['anna-alder', 'boris-birch']));
    const y = joined('Anna Alder went to the memorial before joining Boris Birch at the palace in Avalon.');
    expect(y.dropped).toBeNull();
    expect(y.d.part.ids).toEqual(expect.arrayContaining(['anna-alder', 'boris-birch']));
  });
  it('joining no person (a body, a country, words before the person) is dropped', () => {
    const x = joined('Freedonia joined Eastland in April, Anna Alder said in Avalon.');
    expect(x?.dropped ?? 'joined-person').toBe('joined-person');
    const y = joined('Anna Alder joined protests against Boris Birch in Avalon.');
    expect(y?.dropped ?? 'joined-person').toBe('joined-person');
  });
});
