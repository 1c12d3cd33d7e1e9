import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../../schema';
import { EN_RESPOND } from '../lang/en-who';
import type { LocalMention } from '../what/participants';
import { addressedTarget, disputedTarget, movedTarget } from './respond';
import { EN } from '../lang/en';

/** local mentions of the given surfaces (first occurrence of each) */
const mentionsOf = (text: string, forms: Record<string, [string, ActorKind]>): LocalMention[] =>
  Object.entries(forms).map(([surface, [actorId, kind]]) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`no ${surface}`);
    return { actorId, kind, start, end: start + surface.length, score: 1, via: 'name', surface };
  });
const all = () => true;

describe(EN_RESPOND.disputedWordsOf.id, () => {
  it('its rows match their own examples', () => {
    const ex = EN_RESPOND.disputedWordsOf.example;
    expect(EN_RESPOND.disputedWordsOf.pattern.test(ex.slice(0, ex.indexOf('Birch')))).toBe(true);
    expect(EN_RESPOND.wordsAnswered.pattern.test(EN_RESPOND.wordsAnswered.example)).toBe(true);
  });

  it('a remark disputing someone’s account answers them, also behind a title', () => {
    const t = 'Alder said at the briefing, disputing Nordvik President Boris Birch’s account of why the talks ended.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], 'Boris Birch': ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, all)).toBe('boris-birch');
  });

  it('needs the answered one’s words after the name', () => {
    const t = 'Alder said on Monday that she had rejected Birch as a mediator.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, all)).toBeNull();
  });

  it('needs an answering verb before the name', () => {
    const t = 'Alder said she had read Birch’s account of the talks.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, all)).toBeNull();
  });

  it('skips actors the caller rules out (the speaker, own country)', () => {
    const t = 'Alder said, denying Birch’s claims.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(disputedTarget(t, ms, t.indexOf('said') + 4, t.length, (id) => id !== 'boris-birch')).toBeNull();
  });
});

describe(EN_RESPOND.othersOfSpeaker.id, () => {
  it('matches its example and the words of others close to the named one, not the named one’s own words', () => {
    const re = EN_RESPOND.othersOfSpeaker.pattern;
    expect(re.test(EN_RESPOND.othersOfSpeaker.example)).toBe(true);
    expect(re.test('’s lawyers ')).toBe(true);
    expect(re.test('’s own party ')).toBe(true);
    expect(re.test(' ')).toBe(false);
    expect(re.test('’s spokesman ')).toBe(false);
  });
});

describe(`${EN_RESPOND.welcomedMoveOf.id} / ${EN_RESPOND.moveOfNamed.id}`, () => {
  it('its rows match their own examples', () => {
    expect(EN_RESPOND.welcomedMoveOf.pattern.test(EN_RESPOND.welcomedMoveOf.example)).toBe(true);
    expect(EN_RESPOND.moveOfNamed.pattern.test(EN_RESPOND.moveOfNamed.example)).toBe(true);
  });
  it('"welcomes the decision by his counterpart Birch to …" answers Birch', () => {
    const t = 'Alder said on Monday that he welcomes the decision by his Nordvik counterpart Boris Birch to move the bid forward.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], 'Boris Birch': ['boris-birch', 'person'] });
    expect(movedTarget(t, ms, t.indexOf('said'), t.length, all)).toBe('boris-birch');
  });
  it('"welcomed Birch’s surprise visit" answers Birch', () => {
    const t = 'Chief Minister Alder welcomed Birch’s surprise visit to Avalon, saying it is a step in the right direction.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(movedTarget(t, ms, t.indexOf('welcomed'), t.length, all)).toBe('boris-birch');
  });
  it('no move of the one named: "welcomed Birch to the palace", "praised the weather in Birch’s town"', () => {
    const t1 = 'Alder welcomed Boris Birch to the palace on Monday.';
    expect(movedTarget(t1, mentionsOf(t1, { 'Boris Birch': ['boris-birch', 'person'] }), 0, t1.length, all)).toBeNull();
    const t2 = 'Alder said the talks went well and praised the weather near the home of Boris Birch’s family.';
    expect(movedTarget(t2, mentionsOf(t2, { 'Boris Birch': ['boris-birch', 'person'] }), 0, t2.length, all)).toBeNull();
  });
});

describe(EN.messageTo.id, () => {
  it('its rows match their own examples', () => {
    const m = EN.messageTo.example;
    expect(EN.messageTo.pattern.test(m.slice(0, m.indexOf('Birch')))).toBe(true);
  });

  it('a remark said in a message to someone answers them', () => {
    const t = '“Respect our people,” said Alder in a message to President Boris Birch.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], 'Boris Birch': ['boris-birch', 'person'] });
    expect(addressedTarget(t, ms, t.indexOf('said') + 4, t.length, (id) => id !== 'anna-alder')).toEqual({ id: 'boris-birch', rule: EN.messageTo.id });
  });

  it('a name merely told in a remark, or one of the speaker’s own side, is no answer', () => {
    const t = 'Alder said Birch’s visit will strengthen ties.';
    const ms = mentionsOf(t, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(addressedTarget(t, ms, t.indexOf('said') + 4, t.length, (id) => id !== 'anna-alder')).toBeNull();
    const u = '“Respect our people,” said Alder in a message to President Birch.';
    const mu = mentionsOf(u, { Alder: ['anna-alder', 'person'], Birch: ['boris-birch', 'person'] });
    expect(addressedTarget(u, mu, u.indexOf('said') + 4, u.length, () => false)).toBeNull();
  });
});

describe(EN.notAnsweredObject.id, () => {
  it('its row matches its own example', () => {
    const ex = EN.notAnsweredObject.example;
    expect(EN.notAnsweredObject.pattern.test(ex.slice(ex.indexOf('responded') + 9, ex.indexOf('Birch')))).toBe(true);
  });

  it('the object of an answering verb is answered, also behind a determiner, a title or "the … of"', () => {
    for (const gap of [' ', ' President ', ' the claims of ', ' the will of ', ' Nordvik leader ', ' on Friday that ']) expect(EN.notAnsweredObject.pattern.test(gap)).toBe(false);
  });

  it('a name behind a preposition, punctuation or a clause of its own is not the object', () => {
    for (const gap of [' by saying she would talk with ', ', alluding to ', ': “We thank ', ' the war launched by ', ' with a speech criticising ']) expect(EN.notAnsweredObject.pattern.test(gap)).toBe(true);
  });
});

describe(EN.judgedNotAnswered.id, () => {
  it('its row matches its own example', () => {
    const ex = EN.judgedNotAnswered.example;
    expect(EN.judgedNotAnswered.pattern.test(ex.split(' ')[1])).toBe(true);
  });

  it('verbs that judge their object are not answers; verbs of answering and warning back are', () => {
    for (const v of ['criticised', 'accused', 'condemned', 'denounced', 'slammed']) expect(EN.judgedNotAnswered.pattern.test(v)).toBe(true);
    for (const v of ['rejected', 'dismissed', 'questioned', 'warned', 'responded', 'hit back']) expect(EN.judgedNotAnswered.pattern.test(v)).toBe(false);
  });
});
