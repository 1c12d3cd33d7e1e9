import { describe, expect, it } from 'vitest';
import { PLACE_SHAPE_RULES, placeShape } from './place-shaped';

const at = (text: string, name: string) => placeShape(text, text.indexOf(name), name);

describe('place-shaped names', () => {
  it(PLACE_SHAPE_RULES[0].id, () => {
    expect(at('the archbishop of San Tomas de Birch said', 'Tomas de Birch')).toBe('place-prefix-before-name');
    expect(at('the riders reached the Col du Velland at noon', 'Velland')).toBe('place-prefix-before-name');
    expect(at('a ship left St. Alder Harbour', 'Alder Harbour')).toBe('place-prefix-before-name');
  });
  it(PLACE_SHAPE_RULES[1].id, () => {
    expect(at('the street ends at the Imam Tomas Shrine', 'Tomas Shrine')).toBe('place-head-closes-name');
  });
  it(PLACE_SHAPE_RULES[2].id, () => {
    expect(at(PLACE_SHAPE_RULES[2].example, 'Abu Dhabi')).toBe('capital-city-name');
    // one word is left to the other rules (a capital's one-word name may be a surname); a person's two words are no capital
    expect(at('the capital Dhabi', 'Dhabi')).toBe(null);
    expect(at('Mara Quist said', 'Mara Quist')).toBe(null);
  });
  it('never a person after a title, nor a name ending in Hall or Park', () => {
    expect(at('Col Tomas Vell led the unit', 'Tomas Vell')).toBe(null);
    expect(at('President Mara Quist met Tomas Hall', 'Tomas Hall')).toBe(null);
    expect(at('Mara Park said', 'Mara Park')).toBe(null);
    expect(at('Aung Mara Quist said', 'Mara Quist')).toBe(null);
  });
});
