import { describe, expect, it } from 'vitest';
import { EN } from '../../lang/en';
import { trace } from './test-kit';

const callOf = (s: string) => trace(s).find((x) => x.d.h.type === 'call' || x.d.h.type === 'meeting')!;

describe('couple-only', () => {
  it('the row matches its example glue', () => {
    expect(EN.coupleGlue.pattern.test(EN.coupleGlue.example)).toBe(true);
  });
  it('a person and the spouse coordinated with them are no pair of a call or meeting', () => {
    const x = callOf('Anna Alder and first lady Carla Cedar spoke by telephone on Tuesday.');
    expect(x.dropped).toBe('couple-only');
    expect(x.rules).toContain('participants:couple-only');
    expect(callOf('Anna Alder and his wife Carla Cedar met in Avalon on Monday.').dropped).toBe('couple-only');
  });
  it('a spouse met by someone else, or a couple with a third person: kept', () => {
    expect(callOf('Boris Birch met first lady Carla Cedar in Avalon on Monday.').dropped).toBeNull();
    expect(callOf('Boris Birch met Anna Alder and his wife Carla Cedar in Avalon on Monday.').dropped).toBeNull();
  });
});
