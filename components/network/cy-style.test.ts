import { describe, expect, it } from 'vitest';
import { CY_STYLE } from './cy-style';

describe('CY_STYLE', () => {
  it('draws haystack links (at scale) as solid lines: the rule comes after the kinds’ dashed and dotted ones', () => {
    const rules = CY_STYLE as { selector: string; style: Record<string, unknown> }[];
    const at = (selector: string) => rules.findIndex((r) => r.selector === selector && 'line-style' in r.style);
    const plain = at('edge[curve = "haystack"]');
    expect(plain).toBeGreaterThan(at('edge[kind = "called"]'));
    expect(plain).toBeGreaterThan(at('edge[kind = "responded_to"]'));
    expect(rules[plain].style['line-style']).toBe('solid');
  });
});
