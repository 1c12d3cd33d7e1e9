import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { WORD_PIECE_RULE, isWordPiece } from './word-piece';
import { makeDoc } from './test-helpers';

describe(WORD_PIECE_RULE.id, () => {
  it('a piece before an apostrophe and lower-case letters', () => {
    expect(isWordPiece("Minister Ka'ari Lund spoke", 11)).toBe(true);
    expect(isWordPiece('Minister Ka’ari Lund spoke', 11)).toBe(true);
  });
  it('not a possessive', () => {
    expect(isWordPiece("Mara Quist's visit", 10)).toBe(false);
    expect(isWordPiece('Mara Quist said', 10)).toBe(false);
  });
  it('is not discovered as a person', () => {
    const doc = makeDoc(["Housing Minister Ka'ari Lund interpreted for President Mara Quist on Monday."]);
    const lexicon: Lexicon = { outlets: [], notPeople: [] };
    const people = findMentions([doc], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);
    expect(people).not.toContain('Ka');
    expect(people).toContain('Mara Quist');
  });
});
