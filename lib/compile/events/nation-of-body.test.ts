import { describe, expect, it } from 'vitest';
import { compiledStatements, person } from './test-kit';
import { NATION_OF_BODY, nationOfBody } from './nation-of-body';
import type { ActorInfo } from '../types';

const info = (id: string, kind: string, affiliation: string | null): ActorInfo => ({ id, name: id, kind, affiliation, aliases: [], role: null, discovered: false, surfaceForms: [] }) as unknown as ActorInfo;

describe('nation of a government body (nation-of-body)', () => {
  it('the row matches its example', () => {
    expect(NATION_OF_BODY.pattern.test(NATION_OF_BODY.example)).toBe(true);
  });
  const actors = new Map<string, ActorInfo>([
    ['nordvik', info('nordvik', 'country', 'NV')],
    ['alder-palace', info('alder-palace', 'organization', 'NV')],
    ['avalon-union', info('avalon-union', 'organization', 'AU')],
    ['nordvik-front', info('nordvik-front', 'group', 'NV')],
    ['mara-quist', info('mara-quist', 'person', 'NV')],
  ]);
  it("a nation's body speaks for that country", () => {
    expect(nationOfBody(actors, 'alder-palace')).toBe('nordvik');
  });
  it('a bloc, a group or a person names no country', () => {
    expect(nationOfBody(actors, 'avalon-union')).toBeNull();
    expect(nationOfBody(actors, 'nordvik-front')).toBeNull();
    expect(nationOfBody(actors, 'mara-quist')).toBeNull();
  });
  it('a statement of the body has the country beside it', () => {
    const s = compiledStatements('The Alder Palace said on Monday that the harbour talks with Avalonia would go on.', [
      { id: 'nordvik', name: 'Nordvik', kind: 'country', affiliation: 'NV', aliases: [], titles: [] },
      { id: 'alder-palace', name: 'Alder Palace', kind: 'organization', affiliation: 'NV', aliases: [], titles: [] },
      person('mara-quist', 'Mara Quist'),
    ]);
    expect(s.map((x) => x.participants)).toEqual([['alder-palace', 'nordvik']]);
    expect(s[0].rules).toContain('nation-of-body');
  });
});
