import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { BARE_ROLE_APPOSITION, CREDIT_WORD_IN_PROSE, DEMONYM_NEVER_A_NAME, HEADLINE_VERB, QUOTED_NICKNAME, ROLE_OF_BEFORE, SLASH_CREDIT, SPEAKER_AFTER_VERB, TRAILING_COMMON } from './discover';
import { MEDIA_RULES } from './media';
import { makeDoc } from './test-helpers';

const lexicon: Lexicon = { outlets: [], notPeople: [] };
const people = (sentences: string[]) =>
  findMentions([makeDoc(sentences)], [], [], lexicon).actors.filter((a) => a.discovered).map((a) => [a.name, a.role]);
const names = (sentences: string[]) => people(sentences).map((p) => p[0]);

describe(BARE_ROLE_APPOSITION.id, () => {
  it('finds the person in its example, with the apposition as role (none for a generic word)', () => {
    expect(people([BARE_ROLE_APPOSITION.example])).toEqual([['Abebe Tola', null]]);
    expect(people(['The plan came from Abebe Tola, deputy chairman of the Cedar Front.'])).toEqual([['Abebe Tola', 'deputy chairman']]);
  });
  it('takes modifiers into the match and needs a role word before the preposition', () => {
    expect(names(['The deal was signed by Abebe Tola, former chairman of the Cedar Front.'])).toEqual(['Abebe Tola']);
    expect(names(['The convoy reached Avalon Heights, north of the river.'])).toEqual([]);
  });
});

describe(ROLE_OF_BEFORE.id, () => {
  it('finds the person named after an office and its "of" phrase (the example), with the office as role', () => {
    expect(people([ROLE_OF_BEFORE.example])).toContainEqual(['Abebe Tola', 'chairman of the Cedar Energy Corporation']);
  });
  it('needs a role word: a place or a thing before the comma is no cue', () => {
    expect(names(['They drove to the north of the Cedar Valley, Ilsa Birch Road.'])).toEqual([]);
    expect(names(['He spoke of the future of the Cedar Energy Corporation, Abebe Tola Holdings.'])).toEqual([]);
  });
});

describe(SPEAKER_AFTER_VERB.id, () => {
  it('finds the speaker named after the verb of a quote', () => {
    expect(names([SPEAKER_AFTER_VERB.example])).toEqual(['Olusego Tamberi']);
  });
  it('never takes ordinary capitalised words after the verb for a name', () => {
    expect(names(['"We are ready," said Foreign Ministry sources on Tuesday.'])).toEqual([]);
    expect(names(['"We are ready," said Nordvik Radio.'])).toEqual([]);
  });
});

describe('a title right before a two-word run (title-before-run)', () => {
  it('reads a capitalised common word as a family name and a two-letter given name', () => {
    expect(names(['Kovac met with Nordvik’s top foreign affairs official, Wang Lo, who urged restraint.'])).toContain('Wang Lo');
    expect(names(['The minister shook hands with the most senior diplomat Wang Lo in the capital.'])).toContain('Wang Lo');
  });
  it('keeps a bare generic role word ("leader") out of the role', () => {
    expect(people(['The talks were joined by Nordvik leader Hun Tamas.'])).toEqual([['Hun Tamas', null]]);
  });
  it('never makes a name of a particle after the first word', () => {
    expect(names(['The statement of the top official De La came later.'])).toEqual([]);
  });
});

describe('photo-credit', () => {
  const rule = MEDIA_RULES.find((r) => r.id === 'photo-credit')!;
  it('keeps the photographer of a credit in parentheses out of the actors, in either order', () => {
    expect(names([rule.example])).toEqual(['Ana Kovac']);
    expect(names(['Foreign Minister Ana Kovac speaks in the capital. (Mila Tovar/Birchwire via Cedar Images)'])).toEqual(['Ana Kovac']);
  });
});

describe('media-role-title', () => {
  it('keeps a correspondent named by role alone out of the actors, in every mention', () => {
    expect(names(['From Avalon, foreign affairs correspondent Jane Roe begins our coverage.', 'Jane Roe said the talks ran late.', 'Foreign Minister Ana Kovac spoke first.'])).toEqual(['Ana Kovac']);
  });
  it('never takes a summit host for media', () => {
    expect(names(['The summit host Ana Kovac welcomed the delegations.'])).toContain('Ana Kovac');
  });
});

describe('the-role-reference (lang/en-who.ts, read by who/coref.ts)', () => {
  it('"the Taoiseach" later names the one Taoiseach named before', () => {
    const r = findMentions(
      [makeDoc(['The prime minister met Taoiseach Leo Tamberi at the assembly.', 'Speaking to reporters, the Taoiseach described the meeting as good.'])],
      [],
      [],
      lexicon,
    );
    expect(r.mentions.filter((m) => m.via === 'role').map((m) => [m.surface, m.actorId])).toEqual([['the Taoiseach', 'leo-tamberi']]);
  });
});

describe(SLASH_CREDIT.id, () => {
  it('a name right after a slash is a picture credit', () => {
    expect(names([SLASH_CREDIT.example])).toEqual([]);
    expect(names(['Envoys arrive for the talks in the capital. AGENCY PHOTO / POOL / Jane Roe (Photo credit should read JANE ROE/AGENCY)'])).toEqual([]);
  });
  it('a name after other punctuation is still found', () => {
    expect(names(['President Ana Maria Kovac met the envoys on Monday.'])).toEqual(['Ana Maria Kovac']);
  });
});

describe(CREDIT_WORD_IN_PROSE.id, () => {
  it('a sentence opening with "Sources" and a verb is prose: its people are found (the example)', () => {
    expect(names([CREDIT_WORD_IN_PROSE.example])).toEqual(['Tomas Vell']);
    expect(names(['Sources close to the talks said Deputy Minister Mara Quist would attend.'])).toEqual(['Mara Quist']);
  });
  it('a credit stays a credit: "Photo by", "Photos courtesy of", "Photo:"', () => {
    expect(names(['Photo by Mara Quist of the Nordvik delegation.'])).toEqual([]);
    expect(names(['Photos courtesy of Mara Quist.'])).toEqual([]);
    expect(names(['Photo: Mara Quist/Avalon Agency'])).toEqual([]);
  });
});

describe(TRAILING_COMMON.id, () => {
  it('a title-case line does not run a name on into a participle or preposition', () => {
    expect(names([TRAILING_COMMON.example])).toEqual(['Ana Maria da Costa']);
  });
  it('ordinary words that end real names stay (three-word names ending with a common word)', () => {
    expect(names(['President Tran Van Long met the envoys on Monday.'])).toEqual(['Tran Van Long']);
  });
});

describe(HEADLINE_VERB.id, () => {
  it('a headline’s verb before the cut is no part of the name', () => {
    expect(names([HEADLINE_VERB.example])).toEqual(['Ana Maria Costa']);
  });
  it('a family name in -s stays when nothing cuts the line after it', () => {
    expect(names(['Minister Ana Maria Rivers met the envoys on Monday.'])).toEqual(['Ana Maria Rivers']);
  });
});

describe('clerical titles before a name', () => {
  it('are not part of the name', () => {
    expect(names(['Their senior negotiator, Mullah Abdul Karim Nadiri, signed the deal.'])).toContain('Abdul Karim Nadiri');
    expect(names(['The deal was hailed by Mullah Tomas Nadiri on Sunday.'])).toContain('Tomas Nadiri');
    expect(names(['Their senior negotiator, Mullah Abdul Karim Nadiri, signed the deal.'])).not.toContain('Mullah Abdul Karim Nadiri');
  });
});

describe(DEMONYM_NEVER_A_NAME.id, () => {
  it('discovers no person in a demonym or a country name of two words (its example)', () => {
    expect(names([DEMONYM_NEVER_A_NAME.example])).toEqual([]);
    expect(names(['It followed an invitation by Costa Rican President Tomas Vell last week.'])).toEqual(['Tomas Vell']);
  });
});

describe('an Indian honorific before the name', () => {
  it('is no name of its own (Shri, Smt)', () => {
    expect(names(['The board led by its Chancellor, Shri Tomas Vell, agreed to it.'])).toEqual(['Tomas Vell']);
    expect(names(['Finance Minister Smt. Mara Quist said the budget was ready.'])).toEqual(['Mara Quist']);
  });
});

describe(QUOTED_NICKNAME.id, () => {
  it('reads the name around a nickname in quotes (the example), never the nickname as a person of its own', () => {
    expect(names([QUOTED_NICKNAME.example])).toEqual(['Tomas Vell']);
    expect(names(["The envoys met President Tomas 'Tomi' Vell in Avalon."])).toEqual(['Tomas Vell']);
  });
  it('leaves a quoted word that opens no name alone', () => {
    expect(names(['He said "Yes" to Tomas Vell on Monday.'])).toEqual(['Tomas Vell']);
  });
});

describe('a portfolio word closes no name (not-person-tail: affairs, relations)', () => {
  it('reads "<Word> Affairs" of a minister\'s portfolio as no person', () => {
    const found = names(['Talks between the Minister of Trade and Interprovincial Affairs and President of the Council, Tomas Vell, and Mara Quist went on.', 'Tomas Vell said so.']);
    expect(found).not.toContain('Interprovincial Affairs');
    expect(found).toEqual(expect.arrayContaining(['Tomas Vell', 'Mara Quist']));
  });
});
