import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { INITIAL_JOINS, INITIAL_NEVER_ENDS, LINE_BREAK_ENDS_NAME, QUOTED_TITLE } from './discover';
import { clean } from '../clean';
import { splitSentences } from '../sentences';
import { parseDocumentFile } from '../load';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const names = (sentences: string[]) => findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);

describe(INITIAL_JOINS.id, () => {
  it("reads initials after a given name and a surname after an apostrophe as one name (its example)", () => {
    expect(names([INITIAL_JOINS.example])).toEqual(expect.arrayContaining(["Mara O'quist"]));
    expect(names(["Prime Minister Mara O'Quist held bilateral meetings."])).toEqual(["Mara O'Quist"]);
  });
  it('never joins the initials of a title or initials opening a run', () => {
    expect(names(['The delegation of H.E. Tomas Vell arrived. President Vell landed later.'])).not.toContain('H.E. Tomas Vell');
    expect(names(['He drove to ex-Prime Minister A.B. Vell’s residence.'])).toEqual([]);
  });
});

describe(INITIAL_NEVER_ENDS.id, () => {
  it('discovers no name cut at an initial (its example keeps the whole name or nothing)', () => {
    expect(names([INITIAL_NEVER_ENDS.example]).filter((n) => /\s\p{Lu}\.?$/u.test(n))).toEqual([]);
    expect(names(['• Tomas J.K. Vell - Mr. Vell honored the guests.']).filter((n) => /\s\p{Lu}\.?$/u.test(n))).toEqual([]);
  });
});

describe(LINE_BREAK_ENDS_NAME.id, () => {
  it('a signature line does not run on into the dateline under it (its example)', () => {
    const raw = `---\ntitle: "Closing statement"\noutlet: "Avalon Archive"\npublished: 2005-07-08\nkind: transcript\n---\n${LINE_BREAK_ENDS_NAME.example}\n`;
    const doc = splitSentences(clean(parseDocumentFile(raw, 'a.md', 'a', [])!));
    const found = findMentions([doc], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => a.name);
    expect(found.filter((n) => /Alderglen/.test(n))).toEqual([]);
  });
});

describe(QUOTED_TITLE.id, () => {
  it('a name filling a quotation is an event\'s title (its example); a possessive after a quote is no closing mark', () => {
    expect(names([QUOTED_TITLE.example]).filter((n) => /Ola/.test(n))).toEqual([]);
    expect(QUOTED_TITLE.test("at 'Namaste Tomas' in", 4, 17)).toBe(true);
    expect(QUOTED_TITLE.test("the 'Tomas Vell's visit", 5, 15)).toBe(false);
    expect(QUOTED_TITLE.test("'Tomas' said", 1, 6)).toBe(false);
  });
});
