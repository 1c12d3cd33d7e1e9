import { describe, expect, it } from 'vitest';
import { firstNamesAgree, shortSurnameVariant, SHORT_SURNAME_RULE, skeleton, SurnameIndex, surnamesMatch, TRANSLITERATION_RULE } from './namekeys';

describe('name keys', () => {
  it('reduces hyphens, spaces, accents and doubled letters', () => {
    expect(skeleton('Ko-Zanboov')).toBe('kozanbov');
    expect(skeleton('Kovač')).toBe('kovac');
    expect(skeleton('Paton Walsh')).toBe('patonwalsh');
  });

  it('matches spelling variants of one surname, not other people', () => {
    expect(surnamesMatch('Marbadzeov', 'Marbadzeeov')).toBe(true); // doubled letter
    expect(surnamesMatch('Ko-Zanboov', 'Kozanboov')).toBe(true); // hyphen
    expect(surnamesMatch('Lendzeski', 'Lenzeski')).toBe(true); // dropped letter
    expect(surnamesMatch('Petrov', 'Petrova')).toBe(false); // feminine form
    expect(surnamesMatch('Kim', 'Kin')).toBe(false); // too short to guess
    expect(surnamesMatch('Horvat', 'Novak')).toBe(false);
  });

  it('finds candidates by keys, without scanning everyone', () => {
    const idx = new SurnameIndex<string>();
    for (const [s, id] of [['Marbadzeov', 'a'], ['Horvat', 'b'], ['Kozanboov', 'c']]) idx.add(s, id);
    expect(idx.near('Marbadzeeov').map((x) => x.item)).toContain('a');
    expect(idx.near('Ko-Zanbov').map((x) => x.item)).toContain('c');
    expect(idx.near('Horvath').map((x) => x.item)).toContain('b');
    expect(idx.near('Smith').map((x) => x.item)).toEqual([]);
  });

  it('agrees on first names and initials', () => {
    expect(firstNamesAgree('Ana', 'ana')).toBe(true);
    expect(firstNamesAgree('A.', 'Ana')).toBe(true);
    expect(firstNamesAgree('Ana', 'Ivo')).toBe(false);
    expect(firstNamesAgree('Sergei', 'Sergey')).toBe(true);
    expect(firstNamesAgree('Dmitri', 'Dmitry')).toBe(true);
    expect(firstNamesAgree('Mark', 'Mary')).toBe(false);
  });

  it(`${TRANSLITERATION_RULE.id}: one sound in two transliterations, not two people`, () => {
    expect(surnamesMatch('Araghchi', 'Araqchi')).toBe(true); // gh / q
    expect(surnamesMatch('Kazemi', 'Kadhimi')).toBe(false); // other sounds
    expect(surnamesMatch('Peskov', 'Petrov')).toBe(false);
    expect(surnamesMatch('Horvat', 'Hovart')).toBe(false);
    const idx = new SurnameIndex<string>();
    idx.add('Araghchi', 'a');
    expect(idx.near('Araqchi').map((x) => x.item)).toContain('a');
  });

  it(`${SHORT_SURNAME_RULE.id}: a short surname spelt two ways under the same first name`, () => {
    expect(shortSurnameVariant('Irfaan', 'Irfaan', 'Ali', 'Ally')).toBe(true);
    expect(shortSurnameVariant('Irfaan', 'Ishan', 'Ali', 'Ali')).toBe(false); // other first name
    expect(shortSurnameVariant('Ana', 'Ana', 'Kim', 'Kin')).toBe(false); // first name too short to vouch
    expect(shortSurnameVariant('Hamid', 'Hamid', 'Ali', 'Abe')).toBe(false);
  });
});


describe('first-name-spelling-budget', () => {
  it('short first names get one edit or one swap, longer ones two edits', async () => {
    const { firstNameSpellingsAgree, FIRST_NAME_BUDGET_RULE } = await import('./namekeys');
    expect(FIRST_NAME_BUDGET_RULE.id).toBe('first-name-spelling-budget');
    expect(firstNameSpellingsAgree('Mao', 'Moa')).toBe(true);
    expect(firstNameSpellingsAgree('Ana', 'Ali')).toBe(false);
    expect(firstNameSpellingsAgree('Ivo', 'Iva')).toBe(true);
    expect(firstNameSpellingsAgree('Irfaan', 'Irfan')).toBe(true);
    expect(firstNameSpellingsAgree('Nicolas', 'Nicolaz')).toBe(true);
    expect(firstNameSpellingsAgree('Ana', 'Bna')).toBe(false);
    expect(firstNameSpellingsAgree('A.', 'Ana')).toBe(true);
  });
});
