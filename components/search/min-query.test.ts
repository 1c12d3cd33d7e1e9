import { describe, expect, it } from 'vitest';
import { MIN_QUERY } from './min-query';
import { MIN_QUERY as SEARCHED } from '@/lib/search/query';

describe("the search box's shortest query", () => {
  it('is the one the search runs with', () => {
    expect(MIN_QUERY).toBe(SEARCHED);
  });
});
