import { describe, expect, it } from 'vitest';
import { HEADLINE_TRIM_RULES, trimHeadline } from './headline-trim';

const trim = (text: string, name: string) => {
  const d = { start: text.indexOf(name), end: text.indexOf(name) + name.length, name };
  return trimHeadline(text, d) ? d.name : null;
};

describe('headline trims', () => {
  it(HEADLINE_TRIM_RULES[0].id, () => {
    expect(trim('Prime Minister Mara Quist Deliver Remarks in Alder', 'Mara Quist Deliver Remarks')).toBe('Mara Quist');
    expect(trim('Tomas Vell Begin Media Event', 'Tomas Vell Begin Media Event')).toBe('Tomas Vell');
    expect(trim('Anna Maria Rivers met him', 'Anna Maria Rivers')).toBe('Anna Maria Rivers');
    expect(trim('Quist Deliver Remarks in Alder', 'Quist Deliver Remarks')).toBe(null);
  });
  it(HEADLINE_TRIM_RULES[1].id, () => {
    expect(trim('the governor of Nordvik Territory Tomas Vell said', 'Nordvik Territory Tomas Vell')).toBe('Tomas Vell');
  });
  it('leaves surnames that are ordinary words, and particles', () => {
    expect(trim('Ivo Gates said', 'Ivo Gates')).toBe('Ivo Gates');
    expect(trim('Mara Long said', 'Mara Long')).toBe('Mara Long');
    expect(trim('Tran Van Long met her', 'Tran Van Long')).toBe('Tran Van Long');
  });
});
