import { describe, expect, it } from 'vitest';
import { mayHoldTokens, mediaKeysChanged, mediaKeysJson } from './mentions';
import { tokenize } from './who/text';

describe('mayHoldTokens: a superset test of a token fold in a text', () => {
  it('holds every token of the text, whatever its case, marks, hyphens or sigma', () => {
    const texts = ['Kovač met ANNA Müller-Lüdenscheidt.', 'ΟΔΥΣΣΕΑΣ είπε', 'Jean–Paul O’Brien and İlhan said', 'plain words here'];
    for (const t of texts) for (const tok of tokenize(t)) expect(mayHoldTokens(t, [tok.low]), `${t}: ${tok.low}`).toBe(true);
  });
  it('is false for a key the text cannot hold, and for no keys', () => {
    expect(mayHoldTokens('Anna Roe reported.', ['lundqvist'])).toBe(false);
    expect(mayHoldTokens('Anna Roe reported.', [])).toBe(false);
    expect(mayHoldTokens('Anna Roe reported.', ['lundqvist', 'roe'])).toBe(true);
    // an ASCII body (searched as it is) and a body with other letters (folded) give the same answers
    expect(mayHoldTokens('ANNA ROE-SMITH, “anchor”', ['roe-smith'])).toBe(true);
    expect(mayHoldTokens('ANNA ROE-SMITH, “anchor”', ['kovac'])).toBe(false);
    expect(mayHoldTokens('Kovač and Roe', ['kovac', 'x'])).toBe(true);
    expect(mayHoldTokens('Kovač and Roe', ['smith'])).toBe(false);
  });
});

describe('mediaKeysChanged', () => {
  it('names the keys whose shared part changed and the documents whose own entry did', () => {
    const p = (name: string, docId: string, role: 'host' | 'reporter' = 'host') => ({ words: name.toLowerCase().split(' '), name, role, docId });
    const a = mediaKeysJson([p('Jane Roe', 'a'), p('Mia Lund', 'b')]);
    // Jane Roe named again by c (the shared part the same: a's entry is the first), Mia Lund gone, Ole Berg new
    const b = mediaKeysJson([p('Jane Roe', 'a'), p('Jane Roe', 'c'), p('Ole Berg', 'd')]);
    const d = mediaKeysChanged(a, b);
    expect(d.keys.sort()).toEqual(['berg', 'lund']);
    expect([...d.docs].sort()).toEqual(['b', 'c', 'd']);
    // the first to name Jane Roe deleted: the shared part is c's entry now (another role)
    const c = mediaKeysJson([p('Jane Roe', 'c', 'reporter')]);
    expect(mediaKeysChanged(b, c).keys.sort()).toEqual(['berg', 'roe']);
    expect(mediaKeysChanged(a, a)).toEqual({ keys: [], docs: new Set() });
  });
});
