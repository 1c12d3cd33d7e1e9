import { describe, expect, it } from 'vitest';
import type { ActorEntry, Lexicon } from '../../schema';
import { findMentions } from '../mentions';
import { makeDoc, person } from './test-helpers';
import { PRONOUN_AFTER_LEAD_PHRASE, PRONOUN_CONTRACTION_SUBJECT, ROLE_SUBJECT_UNNAMED, SHE_PREFERS_A_WOMAN } from './coref';

const actors: ActorEntry[] = [
  person('ivo-maric', 'Ivo Maric', { affiliation: 'HR', aliases: ['Maric'], titles: [{ title: 'Croatian president' }] }),
  person('luka-horvat', 'Luka Horvat', { affiliation: 'RS', aliases: ['Horvat'], titles: [{ title: 'Serbian president' }] }),
  person('ana-kovac', 'Ana Kovac', { affiliation: 'SI', aliases: ['Kovac'] }),
  person('petar-bogdanovic', 'Petar Bogdanovic', { affiliation: 'HR', aliases: ['Bogdanovic'] }),
  person('oleg-sorin', 'Oleg Sorin', { affiliation: 'RU', aliases: ['Sorin'] }),
];
const lexicon: Lexicon = { outlets: [], notPeople: [] };
const run = (sentences: string[], kind: 'article' | 'transcript' = 'article') =>
  findMentions([makeDoc(sentences, { kind })], actors, [], lexicon).mentions;
const pronounsOf = (ms: ReturnType<typeof run>) => ms.filter((m) => m.via === 'pronoun').map((m) => [m.sentence, m.surface, m.actorId]);

describe('pronouns follow the acting subject', () => {
  it('skips a person named only after "alongside" or "with whom"', () => {
    const ms = run([
      'Maric said on Monday that the truce must hold.',
      'Speaking at a news conference alongside Serbian President Luka Horvat, with whom he held talks earlier in the day, Maric said peace was near.',
      'He suggested he might discuss the plan with Ana Kovac by phone.',
    ]);
    expect(pronounsOf(ms)).toContainEqual([2, 'He', 'ivo-maric']);
    expect(ms.some((m) => m.via === 'pronoun' && m.actorId === 'luka-horvat')).toBe(false);
  });

  it('looks one sentence further back when the previous one names people only as objects', () => {
    const ms = run(['Maric arrived in the capital on Monday.', 'The talks with Horvat lasted three hours.', 'He said they were useful.']);
    expect(pronounsOf(ms)).toEqual([[2, 'He', 'ivo-maric']]);
  });

  it('keeps a title with "of" as part of the subject ("President of Croatia Ivo Maric")', () => {
    const ms = run(['President of Croatia Ivo Maric spoke by phone to Luka Horvat.', 'He said the call went well.']);
    expect(pronounsOf(ms)).toEqual([[1, 'He', 'ivo-maric']]);
  });

  it('reads a line break inside a sentence as a sentence boundary', () => {
    const ms = run(['Maric met reporters in the capital and praised Horvat.\nBogdanovic met the press, he stated, on the steps of the palace.']);
    expect(ms.filter((m) => m.via === 'pronoun').map((m) => m.actorId)).toEqual(['ivo-maric']);
  });

  it('resolves to the last part of a transcript sentence run together with the next', () => {
    const ms = run(['ivo maric and luka horvat met on monday. ana kovac called the talks useful.', 'she was speaking in the capital.'], 'transcript');
    expect(pronounsOf(ms)).toEqual([[1, 'she', 'ana-kovac']]);
  });
});

describe('surnames split in two by speech recognition', () => {
  it('joins two words into a surname after the first name', () => {
    const ms = run(['the talks followed a call with oleg so rin on tuesday.'], 'transcript');
    expect(ms.map((m) => [m.surface, m.actorId])).toContainEqual(['oleg so rin', 'oleg-sorin']);
  });

  it('does not join ordinary words without the first name or a title', () => {
    const ms = run(['they said so rin the morning.'], 'transcript');
    expect(ms.some((m) => m.actorId === 'oleg-sorin')).toBe(false);
  });

  it('never joins words in an ordinary article', () => {
    const ms = run(['The talks followed a call with Oleg So Rin on Tuesday.']);
    expect(ms.some((m) => m.surface === 'Oleg So Rin')).toBe(false);
  });
});

describe('fuzzy matching scales to many actors without changing answers', () => {
  const filler: ActorEntry[] = Array.from({ length: 400 }, (_, i) =>
    person(`filler-${i}`, `Zed${String.fromCharCode(97 + (i % 26))} Quell${i}orn`, { aliases: [`Quell${i}orn`] }),
  );
  const docs = [
    makeDoc(['Ana Wovac met Ivo Marich on Monday.', 'Maricc said the talks were useful.'], { id: 'a' }),
    makeDoc(['luka horvath and petar bogdanovich met on monday..'], { id: 'b', kind: 'transcript' }),
  ];
  it('finds the same misspellings with 400 unrelated actors as with none', () => {
    const few = findMentions(docs, actors, [], lexicon).mentions;
    const many = findMentions(docs, [...actors, ...filler], [], lexicon).mentions;
    expect(many).toEqual(few);
    expect(few.map((m) => m.actorId)).toEqual(expect.arrayContaining(['ana-kovac', 'ivo-maric', 'luka-horvat', 'petar-bogdanovic']));
  });
});

describe('lower-cased sentence starts in damaged text', () => {
  it('reads a misspelt surname at a lower-cased sentence start before a speech verb', () => {
    const ms = run(['President Ivo Mariic spoke on Monday. marricc warned on Tuesday that the talks could fail.']);
    expect(ms.filter((m) => m.actorId === 'ivo-maric').map((m) => m.surface)).toEqual(['Ivo Mariic', 'marricc']);
  });

  it('reads an exact surname at a lower-cased sentence start, whatever follows', () => {
    const ms = run(['Ana Kovac arrived on Monday. kovac will meet the president.']);
    expect(ms.filter((m) => m.actorId === 'ana-kovac').map((m) => m.surface)).toEqual(['Ana Kovac', 'kovac']);
  });

  it('leaves a lower-case word alone without a speech verb after it', () => {
    const ms = run(['President Ivo Mariic spoke on Monday. marricc plans were discussed.']);
    expect(ms.filter((m) => m.actorId === 'ivo-maric').map((m) => m.surface)).toEqual(['Ivo Mariic']);
  });
});

describe('role nouns', () => {
  it('reads "the emir" as the one emir named earlier in the document', () => {
    const emirs: ActorEntry[] = [...actors, person('karim-al-sabri', 'Karim al-Sabri', { affiliation: 'QA', aliases: ['Emir Karim'], titles: [{ title: 'Qatari emir' }] })];
    const ms = findMentions([makeDoc(['Maric telephoned the Qatari emir, Karim al-Sabri, on Monday.', 'Horvat telephoned the emir on Tuesday.'])], emirs, [], lexicon).mentions;
    expect(ms.filter((m) => m.via === 'role').map((m) => [m.sentence, m.surface, m.actorId])).toEqual([[1, 'the emir', 'karim-al-sabri']]);
  });
});

describe('given names alone (given-name-alone)', () => {
  it('a lone first word of an earlier-named full name is that person; a common word or a longer name is not', () => {
    const ms = run(['Petar Bogdanovic arrived on Monday.', 'Later Petar met the envoy.']);
    const given = ms.filter((m) => m.surface === 'Petar' && m.actorId === 'petar-bogdanovic');
    expect(given.map((m) => m.sentence)).toEqual([1]);
    // two people of that first name: ambiguous, left alone
    const two = run(['Petar Bogdanovic arrived on Monday.', 'Petar Novak was there too.', 'Later Petar met the envoy.']);
    expect(two.filter((m) => m.surface === 'Petar')).toEqual([]);
  });
  it('is never used before the full name, nor inside a quotation', () => {
    const ms = run(['Petar was late.', 'Petar Bogdanovic arrived on Monday.', '"Petar will come," he said.']);
    expect(ms.filter((m) => m.surface === 'Petar').map((m) => m.sentence)).toEqual([]);
  });
  it('strips honorifics of other languages ("Datuk Seri") from a discovered name', () => {
    const ms = run(['Prime Minister Datuk Seri Rahim Osman said the talks would start.', 'Rahim spoke later.']);
    const ids = [...new Set(ms.filter((m) => /Rahim/.test(m.surface)).map((m) => m.actorId))];
    expect(ids).toEqual(['rahim-osman']);
  });
});

describe('the <nationality> leader (nation-role)', () => {
  it('is the only person of that nation named earlier; not before, not when two qualify', () => {
    const ms = run(['Oleg Sorin arrived on Monday.', 'Kovac said the Russian leader spoke with her.']);
    expect(ms.filter((m) => m.via === 'role').map((m) => [m.sentence, m.surface, m.actorId])).toEqual([[1, 'the Russian leader', 'oleg-sorin']]);
    const two = run(['Ivo Maric and Petar Bogdanovic arrived on Monday.', 'Kovac said the Croatian leader spoke with her.']);
    expect(two.filter((m) => m.via === 'role')).toEqual([]);
  });
  it('is left alone as the complement of a possessed noun ("his meeting with the … president")', () => {
    const ms = run(['Oleg Sorin arrived on Monday.', 'Maric said his meeting with the Russian president went well.']);
    expect(ms.filter((m) => m.via === 'role')).toEqual([]);
  });
});

describe('first person inside an attributed quotation', () => {
  it('"“I …,” X said" and "X said: “I …”" → X; an unattributed quotation → nobody', async () => {
    const { QUOTE_FIRST_PERSON_RULE } = await import('./coref');
    expect(QUOTE_FIRST_PERSON_RULE.id).toBe('quote-first-person');
    const ms = run([
      '"I just spoke with the prime minister," Ivo Maric said on Tuesday.',
      'Luka Horvat said: "I look forward to hosting the president."',
      '"I will never accept it."',
    ]);
    expect(ms.filter((m) => m.surface === 'I').map((m) => [m.sentence, m.actorId])).toEqual([
      [0, 'ivo-maric'],
      [1, 'luka-horvat'],
    ]);
  });
});

describe(PRONOUN_AFTER_LEAD_PHRASE.id, () => {
  it('a pronoun after a short lead phrase is the previous sentence’s acting subject, and a later "And he" follows it', () => {
    const ms = run([
      'After a brief greeting to President Luka Horvat, President Ivo Maric took the first question.',
      'At the podium, he came back to the harvest figures.',
      'And he asked what became of the missing ledgers.',
    ]);
    expect(pronounsOf(ms).filter((p) => p[1] === 'he')).toEqual([
      [1, 'he', 'ivo-maric'],
      [2, 'he', 'ivo-maric'],
    ]);
  });
  it('leaves a pronoun after a lead phrase that names someone to the other rules', () => {
    const ms = run(['Maric spoke first.', 'During his talks with Horvat, he raised the border.']);
    expect(pronounsOf(ms).filter((p) => p[1] === 'he' && p[0] === 1).map((p) => p[2])).not.toContain('ivo-maric');
  });
});

describe(ROLE_SUBJECT_UNNAMED.id, () => {
  const birch = person('ilsa-birch', 'Ilsa Birch', { aliases: ['Birch'] });
  const ms = (sentences: string[]) => findMentions([makeDoc(sentences)], [...actors, birch], [], lexicon).mentions;
  it('a pronoun after a sentence whose subject is an unnamed office is not the apposition\'s person (the example)', () => {
    const sentences = ROLE_SUBJECT_UNNAMED.example.split(/(?<=\.) /);
    expect(pronounsOf(ms(sentences))).toEqual([]);
  });
  it('a named subject still carries the pronoun, and an office followed by "of" is no subject', () => {
    expect(pronounsOf(ms(['On the first day, Maric attended the opening of the bank, led by Ilsa Birch.', 'He then visited a factory.']))).toEqual([[1, 'He', 'ivo-maric']]);
    expect(pronounsOf(ms(['The president of the bank, Ilsa Birch, opened the session.', 'She then visited a factory.']))).toEqual([[1, 'She', 'ilsa-birch']]);
  });
});

describe(SHE_PREFERS_A_WOMAN.id, () => {
  it('gives "she" to the one woman named just before, not to a subject of unknown gender', () => {
    const ms = run(['Queen Mara of Avalon arrived on Monday and was met by Petar Bogdanovic.', 'Bogdanovic welcomed the guests.', 'She thanked her hosts.']);
    expect(pronounsOf(ms).filter((p) => p[1] === 'She').map((p) => p[2])).not.toContain('petar-bogdanovic');
  });
  it('gives none when an office of a woman no mention resolves opens a sentence between ("the queen …")', () => {
    const ms = run(['Later the queen spoke at a dinner attended by Petar Bogdanovic.', 'However, she did not apologise.']);
    expect(pronounsOf(ms)).toEqual([]);
  });
  it('reads "she" right after a woman named in its own sentence as her', () => {
    const ms = run(['Maric met reporters in the capital and praised Horvat.\nKovac met the press, she stated, on the steps of the palace.']);
    expect(pronounsOf(ms).map((p) => p[2])).toEqual(['ana-kovac']);
  });
  it('leaves "he" with the subject of unknown gender', () => {
    const ms = run(['Bogdanovic welcomed the guests.', 'He thanked Ana Kovac.']);
    expect(pronounsOf(ms)).toContainEqual([1, 'He', 'petar-bogdanovic']);
  });
});

describe(PRONOUN_CONTRACTION_SUBJECT.id, () => {
  it('reads "She\'s …" as the subject a later "she" continues, not as a possessive', () => {
    const ms = run(['Ana Kovac was elected on Sunday.', "She's the first woman to lead the party.", 'And she and Horvat share some common ground.']);
    expect(pronounsOf(ms)).toEqual([
      [1, 'She', 'ana-kovac'],
      [2, 'she', 'ana-kovac'],
    ]);
  });
  it('still skips a name\'s possessive ("Kovac\'s aide")', () => {
    const ms = run(["Kovac's aide arrived on Sunday.", 'He said the talks went well.']);
    expect(pronounsOf(ms)).toEqual([]);
  });
});
