import { describe, expect, it } from 'vitest';
import { normalizeText } from './norm';

describe('normalizeText', () => {
  it.each([
    ['Essentially,, it is', 'Essentially,  it is'],
    ['conflict in Ukraine?? Is it', 'conflict in Ukraine?  Is it'],
    ['relations.. Yeah,,', 'relations.  Yeah, '],
    ['Tuesday\u2019s \u201cserious process\u201d', 'Tuesday\'s "serious process"'],
    ['U.S.\u2013Russian', 'U.S.-Russian'],
    ['between\u00a0the\nUnited\tStates', 'between the United States'],
  ])('%j → %j', (text, norm) => {
    expect(normalizeText(text)).toBe(norm);
    expect(normalizeText(text).length).toBe(text.length);
  });
});
